package org.cxplanner.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How agenda lines say days, waits and values: the same words in every section. */
final class AgendaText {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    private AgendaText() {
    }

    static String waited(Instant since, Instant until) {
        long hours = Math.max(0, Duration.between(since, until).toHours());
        return hours < 1 ? "for under an hour" : hours < 24 ? "for " + hours + (hours == 1 ? " hour" : " hours")
                : "for " + hours / 24 + (hours / 24 == 1 ? " day" : " days");
    }

    static String inDays(LocalDate today, LocalDate day) {
        long days = ChronoUnit.DAYS.between(today, day);
        return days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
    }

    static String show(String value) {
        return value == null || value.isEmpty() ? "(empty)" : org.cxplanner.base.ReadableDates.in(value);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
