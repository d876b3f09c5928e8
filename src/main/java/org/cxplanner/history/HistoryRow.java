package org.cxplanner.history;

import java.time.Instant;

/** One line of the history as the list shows it, with the name of the person who made the change. */
public record HistoryRow(long id, Instant changedAt, String changedBy, String changedByName, HistoryArea area,
                         String itemKind, Long itemId, String itemLabel, String field, String oldValue, String newValue,
                         ChangeSource source) {

    public String itemKindLabel() {
        String words = itemKind.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "Sales: R → A", "Name: Web → Website", or the event ("created"). */
    public String change() {
        if (field == null) {
            return newValue == null ? "" : org.cxplanner.base.ReadableDates.in(newValue);
        }
        return field + ": " + org.cxplanner.base.ReadableDates.in(show(oldValue)) + " → " + org.cxplanner.base.ReadableDates.in(show(newValue));
    }

    private static String show(String value) {
        return value == null || value.isEmpty() ? "(empty)" : value;
    }
}
