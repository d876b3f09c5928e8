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

    /** "Done", "Dropped" or "Open" as the minutes say it (closed minutes: as it was when the review closed, not as it is now), with "re-dated twice" when it was. */
    static String status(ReviewPage page, ActionRow action) {
        if (!page.isClosed()) {
            return (action.isDropped() ? "Dropped" : action.done() ? "Done" : "Open") + redated(action);
        }
        Optional<AgendaItem> frozen = page.agenda().of(AgendaSection.AGREED).stream()
                .filter(item -> Long.valueOf(action.id()).equals(item.actionId())).findFirst();
        return frozen.map(AgendaItem::group).orElse(action.isDropped() ? "Dropped" : action.done() ? "Done" : "Open") + redated(action);
    }

    private static String redated(ActionRow action) {
        return action.redated() == 0 ? "" : " (" + action.redatedText() + ")";
    }

    static String statusLine(ReviewPage page) {
        return page.isClosed() ? "Closed by " + page.closedByName() + " on " + when(page.closedAt()) + "."
                : "Open — the agenda as it stands on " + when(Instant.now()) + "; not yet closed.";
    }

    /** "Rated 8.3 by 4 of 5 attendees", with what those below 8 said. */
    static String rating(ReviewPage page) {
        MeetingRating rating = page.rating();
        return rating.summary() + (rating.lowNotes().isEmpty() ? "" : " (" + String.join("; ", rating.lowNotes()) + ")");
    }

    static String attendees(ReviewPage page) {
        return page.attendees().isEmpty() ? "nobody recorded" : String.join(", ", page.attendees());
    }

    static String when(Instant instant) {
        return WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }
}
