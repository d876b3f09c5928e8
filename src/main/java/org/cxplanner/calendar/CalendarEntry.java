package org.cxplanner.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One event of a calendar feed: an all-day item (a due date, a milestone, a send date) or a weekly meeting. The UID
 * stays the same for the item's life; the sequence rises with every change, so calendar programs replace their copy.
 */
public record CalendarEntry(String uid, int sequence, String summary, String description, String route, LocalDate day,
                            ZonedDateTime start, Duration length, DayOfWeek weekly, boolean cancelled) {

    public static CalendarEntry allDay(String uid, int sequence, String summary, String description, String route, LocalDate day,
                                       boolean cancelled) {
        return new CalendarEntry(uid, sequence, summary, description, route, day, null, null, null, cancelled);
    }

    /** A meeting every week on {@code start}'s weekday and time, in {@code start}'s zone, from {@code start} on. */
    public static CalendarEntry weekly(String uid, int sequence, String summary, String description, String route,
                                       ZonedDateTime start, Duration length) {
        return new CalendarEntry(uid, sequence, summary, description, route, null, start, length, start.getDayOfWeek(), false);
    }

    /** A single meeting at a time. */
    public static CalendarEntry once(String uid, int sequence, String summary, String description, String route,
                                     ZonedDateTime start, Duration length) {
        return new CalendarEntry(uid, sequence, summary, description, route, null, start, length, null, false);
    }

    public boolean isAllDay() {
        return day != null;
    }
}
