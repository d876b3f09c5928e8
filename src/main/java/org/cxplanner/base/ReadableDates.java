package org.cxplanner.base;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The planner's one way of writing a day for people: "22 Dec 2026" (with the weekday where a screen has room for it).
 * The change history stores the values it was given, dates among them as 2026-12-22; they are shown in this form.
 */
public final class ReadableDates {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final Pattern ISO_DAY = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    private ReadableDates() {
    }

    public static String of(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** The text with every 2026-12-22 in it written as 22 Dec 2026; anything else unchanged. */
    public static String in(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher matcher = ISO_DAY.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            try {
                replacement = DAY.format(LocalDate.parse(matcher.group(1)));
            } catch (DateTimeParseException notADay) {
                replacement = matcher.group(1);
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        // A span written day–day reads better with spaces once the days have words in them.
        return result.toString().replaceAll("(\\d{4})–(\\d{1,2} )", "$1 – $2");
    }
}
