package org.cxplanner.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** What the minutes say the same way in every format: the status line, the attendees, whether an action was done. */
final class ReviewMinutes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private ReviewMinutes() {
    }

    /** Closed minutes say whether an action was done when the review closed, not whether it is done now. */
    static boolean done(ReviewPage page, ActionRow action) {
        if (!page.isClosed()) {
            return action.done();
        }
        Optional<AgendaItem> frozen = page.agenda().of(AgendaSection.AGREED).stream()
                .filter(item -> Long.valueOf(action.id()).equals(item.actionId())).findFirst();
        return frozen.map(item -> item.tone() == Tone.DONE).orElse(action.done());
    }

    static String statusLine(ReviewPage page) {
        return page.isClosed() ? "Closed by " + page.closedByName() + " on " + when(page.closedAt()) + "."
                : "Open — the agenda as it stands on " + when(Instant.now()) + "; not yet closed.";
    }

    static String attendees(ReviewPage page) {
        return page.attendees().isEmpty() ? "nobody recorded" : String.join(", ", page.attendees());
    }

    static String when(Instant instant) {
        return WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }
}
