package org.cxplanner.review;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** When the weekly review meets: a weekday, a start time and a length, in a time zone; set by the leads. */
public record ReviewSchedule(DayOfWeek weekday, LocalTime start, int minutes, ZoneId zone, int version) {

    /** This week's meeting (Monday to Sunday of {@code today}'s week), the first of the series in calendars. */
    public ZonedDateTime thisWeeks(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(weekday))
                .atTime(start).atZone(zone);
    }

    public Duration length() {
        return Duration.ofMinutes(minutes);
    }

    public String describe() {
        return weekday.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + "s at " + start + " for "
                + minutes + " minutes (" + zone.getId() + ")";
    }
}
