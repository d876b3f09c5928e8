package org.cxplanner.indicators;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How often an indicator is measured: one measurement per ISO week (its Monday) or per month (its first day). */
public enum Cadence {
    WEEKLY("Weekly"), MONTHLY("Monthly");

    private final String label;

    Cadence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public LocalDate periodStart(LocalDate day) {
        return this == WEEKLY ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    public String describe(LocalDate periodStart) {
        return this == WEEKLY ? "week of " + periodStart : periodStart.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH) + " " + periodStart.getYear();
    }
}
