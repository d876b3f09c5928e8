package org.cxplanner.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO week, the key of a review: {@code 2026-W48} in URLs and file names. */
public record ReviewWeek(int year, int week) implements Comparable<ReviewWeek> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{1,2})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public ReviewWeek {
        if (year < 2000 || year > 2999 || week < 1 || week > weeksIn(year)) {
            throw new IllegalArgumentException("No such ISO week: " + year + "-W" + week);
        }
    }

    public static ReviewWeek of(LocalDate day) {
        return new ReviewWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Reads {@code 2026-W48}; anything else (or a week the year does not have) is empty. */
    public static Optional<ReviewWeek> parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReviewWeek(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public ReviewWeek previous() {
        return of(monday().minusWeeks(1));
    }

    public ReviewWeek next() {
        return of(monday().plusWeeks(1));
    }

    /** "Week 48 · 23–29 Nov 2026". */
    public String label() {
        LocalDate monday = monday();
        LocalDate sunday = sunday();
        String from = monday.getMonth() == sunday.getMonth() ? String.valueOf(monday.getDayOfMonth())
                : monday.getYear() == sunday.getYear() ? DAY.format(monday) : DAY_YEAR.format(monday);
        return "Week " + week + " · " + from + "–" + DAY_YEAR.format(sunday);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d-W%02d", year, week);
    }

    @Override
    public int compareTo(ReviewWeek other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }

    private static int weeksIn(int year) {
        return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
