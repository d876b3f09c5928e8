package org.cxplanner.review;

import java.util.List;

/**
 * How the attendees rated a closed meeting: how many of how many, the average, what those below 8 said, and whether
 * the caller may still rate it.
 */
public record MeetingRating(int count, int attendees, Double average, List<String> lowNotes, boolean mayRate) {

    public static final MeetingRating NONE = new MeetingRating(0, 0, null, List.of(), false);

    /** "Rated 8.3 by 4 of 5 attendees", "Not rated yet". */
    public String summary() {
        if (count == 0) {
            return "Not rated yet";
        }
        return "Rated " + String.format(java.util.Locale.ENGLISH, "%.1f", average) + " by " + count + " of " + attendees
                + (attendees == 1 ? " attendee" : " attendees");
    }
}
