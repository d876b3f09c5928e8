package org.cxplanner.history;

import org.cxplanner.security.CurrentUser;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Appends to the one change history. Features call it from their service methods, inside the transaction of the
 * change, so a change and its history commit together or not at all; refused changes leave no line.
 */
@Component
public class ChangeHistory {

    /**
     * The insert, with named parameters {@code :h_*}; a hot path may append it to a statement that makes the
     * change (a {@code WITH … } clause), so change and history cost one round trip.
     */
    public static final String INSERT = """
            INSERT INTO change_history (changed_by, area, item_kind, item_id, item_label, field, old_value, new_value, source)
            VALUES (:h_by, :h_area, :h_kind, :h_item, :h_label, :h_field, :h_old, :h_new, :h_source)""";

    private final NamedParameterJdbcTemplate jdbc;

    ChangeHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(ChangeEntry entry) {
        record(List.of(entry));
    }

    public void record(List<ChangeEntry> entries) {
        MapSqlParameterSource[] rows = entries.stream().filter(entry -> !entry.isNoChange())
                .map(entry -> parameters(entry, new MapSqlParameterSource())).toArray(MapSqlParameterSource[]::new);
        if (rows.length == 1) {
            jdbc.update(INSERT, rows[0]);
        } else if (rows.length > 1) {
            jdbc.batchUpdate(INSERT, rows);
        }
    }

    /** Adds the {@code :h_*} parameters of {@link #INSERT} for this entry, by the signed-in user. */
    public static MapSqlParameterSource parameters(ChangeEntry entry, MapSqlParameterSource into) {
        return into.addValue("h_by", CurrentUser.name())
                .addValue("h_area", entry.area().name())
                .addValue("h_kind", entry.itemKind())
                .addValue("h_item", entry.itemId())
                .addValue("h_label", truncate(entry.itemLabel(), 300))
                .addValue("h_field", entry.field() == null ? null : truncate(entry.field(), 120))
                .addValue("h_old", entry.oldValue())
                .addValue("h_new", entry.newValue())
                .addValue("h_source", entry.source().name());
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
