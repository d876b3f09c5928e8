package org.cxplanner.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the minutes say the same way in every format: the status line, the attendees, whether an action was done. */
final class ReviewMinutes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
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

    /** Each section the meeting ran: its name, when it started, how long it took (and how far over), its time. */
    static List<List<String>> sectionTimes(ReviewPage page) {
        MeetingClock clock = page.clock();
        return clock.sections().stream().map(s -> {
            long took = Math.round(s.took(clock.now()).toSeconds() / 60.0);
            return List.of(s.section().title(), TIME.format(s.startedAt().atZone(ZoneId.systemDefault())),
                    took + " min" + (took > s.budgetMinutes() ? " (" + (took - s.budgetMinutes()) + " over)" : "")
                            + (s.endedAt() == null ? ", running" : ""), s.budgetMinutes() + " min");
        }).toList();
    }

    /** "The meeting took 62 of 60 minutes, 10:00 to 11:02." */
    static String meetingTime(ReviewPage page) {
        MeetingClock clock = page.clock();
        if (!clock.started()) {
            return "The meeting's clock was not used.";
        }
        long took = Math.round(clock.elapsed().toSeconds() / 60.0);
        return "The meeting took " + took + " of " + clock.totalMinutes() + " minutes, from "
                + TIME.format(clock.startedAt().atZone(ZoneId.systemDefault()))
                + (clock.ended() ? " to " + TIME.format(clock.sections().getLast().endedAt().atZone(ZoneId.systemDefault())) : "")
                + (clock.ended() ? "." : "; it is still running.");
    }

    /** "Pins end date 12 Feb 2027 · now: Changed: 12 Feb 2027 → 26 Feb 2027". */
    static String pin(Decision decision) {
        return decision.pin() == null ? "" : "Pins " + decision.pin().pinned().toLowerCase(Locale.ENGLISH).charAt(0)
                + decision.pin().pinned().substring(1) + " · now: " + decision.pin().state();
    }

    static String attendees(ReviewPage page) {
        return page.attendees().isEmpty() ? "nobody recorded" : String.join(", ", page.attendees());
    }

    static String when(Instant instant) {
        return WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }
}
