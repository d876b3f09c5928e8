package org.cxplanner.history;

import java.util.Objects;

/**
 * One line of the change history as a feature reports it. {@code field} is what changed (old → new); an entry
 * without a field describes the whole item ("created", "deleted") in {@code newValue}.
 */
public record ChangeEntry(HistoryArea area, String itemKind, Long itemId, String itemLabel, String field,
                          String oldValue, String newValue, ChangeSource source) {

    public ChangeEntry {
        Objects.requireNonNull(area);
        Objects.requireNonNull(itemKind);
        Objects.requireNonNull(itemLabel);
        Objects.requireNonNull(source);
    }

    public static ChangeEntry changed(HistoryArea area, String itemKind, Long itemId, String itemLabel,
                                      String field, Object oldValue, Object newValue) {
        return new ChangeEntry(area, itemKind, itemId, itemLabel, field, text(oldValue), text(newValue), ChangeSource.EDIT);
    }

    public static ChangeEntry event(HistoryArea area, String itemKind, Long itemId, String itemLabel, String what) {
        return new ChangeEntry(area, itemKind, itemId, itemLabel, null, null, what, ChangeSource.EDIT);
    }

    public ChangeEntry from(ChangeSource newSource) {
        return new ChangeEntry(area, itemKind, itemId, itemLabel, field, oldValue, newValue, newSource);
    }

    /** A field "change" to the same value is no change and is not recorded. */
    public boolean isNoChange() {
        return field != null && Objects.equals(oldValue, newValue);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
