package org.cxplanner.base.export;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The one rule for every export's query parameters: a parameter the export reads must hold a value it can read, or
 * the export answers 400 naming the parameter and what it takes (a typo must not silently hand back the whole,
 * unfiltered plan). Parameters an export does not read are ignored, so a screen can pass its own address's query on.
 */
public final class ExportParameters {

    private final Map<String, Rule> rules = new LinkedHashMap<>();

    /** What one parameter takes: a test and the words that say it. */
    public record Rule(Predicate<String> accepts, String expected) {
    }

    public static ExportParameters reading() {
        return new ExportParameters();
    }

    public ExportParameters id(String name) {
        return rule(name, new Rule(ExportParameters::isId, "an id (a whole number)"));
    }

    public ExportParameters bool(String name) {
        return rule(name, new Rule(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"), "true or false"));
    }

    public ExportParameters date(String name) {
        return rule(name, new Rule(ExportParameters::isDate, "a date such as 2026-12-31"));
    }

    public ExportParameters month(String name) {
        return rule(name, new Rule(v -> isDate(v) || isMonth(v), "a month such as 2026-07 (or a date)"));
    }

    /** One of the enum's names, or several separated by commas when {@code list} is true. */
    public <E extends Enum<E>> ExportParameters oneOf(String name, Class<E> type, boolean list) {
        java.util.Set<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
        String expected = (list ? "one or more of " : "one of ") + String.join(", ", names.stream().sorted().toList());
        return rule(name, new Rule(v -> list ? Arrays.stream(v.split(",")).map(String::trim).allMatch(names::contains)
                : names.contains(v.trim()), expected));
    }

    public ExportParameters rule(String name, Rule rule) {
        rules.put(name, rule);
        return this;
    }

    /** Throws {@link BadExportParameter} for the first parameter whose value cannot be read; blank means "not set". */
    public Map<String, String> check(Map<String, String> parameters) {
        rules.forEach((name, rule) -> {
            String value = parameters.get(name);
            if (value != null && !value.isBlank() && !rule.accepts().test(value.trim())) {
                throw new BadExportParameter(name, value, rule.expected());
            }
        });
        return parameters;
    }

    private static boolean isId(String value) {
        try {
            return Long.parseLong(value) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String value) {
        return parses(() -> LocalDate.parse(value));
    }

    private static boolean isMonth(String value) {
        return parses(() -> YearMonth.parse(value));
    }

    private static boolean parses(java.util.function.Supplier<?> parse) {
        try {
            parse.get();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
