package org.cxplanner.review;

import java.time.Instant;
import java.util.List;

/**
 * Everything the review screen and the minutes show for one week: its state, the agenda (live or frozen), the
 * notes, decisions and actions of the meeting, who attended, and what the caller may do.
 */
public record ReviewPage(ReviewWeek week, ReviewStatus status, int version, String closedByName, Instant closedAt,
                         String reopenedByName, Instant reopenedAt, String reopenReason, Agenda agenda,
                         List<ReviewNote> notes, List<Decision> decisions, List<ActionRow> actions, List<ActionRow> carried,
                         List<String> attendees, boolean mayParticipate, boolean mayClose, MeetingRating rating,
                         MeetingClock clock) {

    public boolean isClosed() {
        return status == ReviewStatus.CLOSED;
    }

    /** Whether the caller may add to this review right now (open, and a participant). */
    public boolean editable() {
        return !isClosed() && mayParticipate;
    }

    public List<ReviewNote> notes(AgendaSection section) {
        return notes.stream().filter(note -> note.section() == section).toList();
    }
}
