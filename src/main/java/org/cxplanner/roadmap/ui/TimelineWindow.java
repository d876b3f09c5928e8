package org.cxplanner.roadmap.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The months the timeline shows: a zoom (quarter, half year, year) from the first day of a month. */
record TimelineWindow(Zoom zoom, LocalDate from) {

    enum Zoom {
        QUARTER(3, "Quarter"), HALF(6, "Half year"), YEAR(12, "Year");

        final int months;
        final String label;

        Zoom(int months, String label) {
            this.months = months;
            this.label = label;
        }

        static Zoom parse(String value) {
            for (Zoom zoom : values()) {
                if (zoom.name().equalsIgnoreCase(value)) {
                    return zoom;
                }
            }
            return HALF;
        }
    }

    TimelineWindow {
        from = from.withDayOfMonth(1);
    }

    /** The default: the half year around today, starting with the current quarter. */
    static TimelineWindow around(LocalDate today, Zoom zoom) {
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        return new TimelineWindow(zoom, zoom == Zoom.QUARTER ? quarterStart : quarterStart.minusMonths(zoom == Zoom.YEAR ? 3 : 0));
    }

    /** The last day shown. */
    LocalDate to() {
        return from.plusMonths(zoom.months).minusDays(1);
    }

    long days() {
        return ChronoUnit.DAYS.between(from, to()) + 1;
    }

    TimelineWindow moved(int direction) {
        return new TimelineWindow(zoom, from.plusMonths((long) direction * Math.max(1, zoom.months / 3)));
    }

    TimelineWindow zoomed(Zoom newZoom) {
        return new TimelineWindow(newZoom, from);
    }

    /** Where a day starts, in percent of the window's width (may fall outside 0–100). */
    double percent(LocalDate day) {
        return 100.0 * ChronoUnit.DAYS.between(from, day) / days();
    }

    /** The day at a fraction of the window's width, snapped to the nearest Monday (week precision). */
    LocalDate dayAt(double fraction) {
        LocalDate day = from.plusDays(Math.round(fraction * days()));
        int fromMonday = day.getDayOfWeek().getValue() - 1;
        return fromMonday <= 3 ? day.minusDays(fromMonday) : day.plusDays(7 - fromMonday);
    }

    String toParameter() {
        return zoom.name().toLowerCase(Locale.ROOT);
    }
}
