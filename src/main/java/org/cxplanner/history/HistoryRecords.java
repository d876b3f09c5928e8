package org.cxplanner.history;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads the history newest first, one page at a time; the filter becomes one WHERE clause. */
@Repository
class HistoryRecords {

    private static final RowMapper<HistoryRow> ROW = (rs, i) -> new HistoryRow(rs.getLong("id"),
            rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"), rs.getString("changed_by_name"),
            HistoryArea.valueOf(rs.getString("area")), rs.getString("item_kind"), (Long) rs.getObject("item_id"),
            rs.getString("item_label"), rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"),
            ChangeSource.valueOf(rs.getString("source")));

    private final NamedParameterJdbcTemplate jdbc;

    HistoryRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int count(HistoryFilter filter, boolean includeUsers, ZoneId zone) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        Integer count = jdbc.queryForObject("SELECT count(*) FROM change_history h WHERE "
                + where(filter, includeUsers, zone, parameters), parameters, Integer.class);
        return count == null ? 0 : count;
    }

    List<HistoryRow> rows(HistoryFilter filter, boolean includeUsers, ZoneId zone, int offset, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("offset", offset).addValue("limit", limit);
        return jdbc.query(select(filter, includeUsers, zone, parameters) + " LIMIT :limit OFFSET :offset", parameters, ROW);
    }

    /** Streams every matching row, for exports of any length. */
    void each(HistoryFilter filter, boolean includeUsers, ZoneId zone, Consumer<HistoryRow> consumer) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        jdbc.query(select(filter, includeUsers, zone, parameters), parameters, rs -> {
            consumer.accept(ROW.mapRow(rs, 0));
        });
    }

    /** Changes in some areas within a time window, oldest first (never user administration). */
    List<HistoryRow> between(java.util.Collection<HistoryArea> areas, java.time.Instant from, java.time.Instant to) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("areas", areas.stream().filter(a -> a != HistoryArea.USERS).map(Enum::name).toList())
                .addValue("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
        return jdbc.query("""
                SELECT h.*, coalesce(u.display_name, h.changed_by) AS changed_by_name
                FROM change_history h LEFT JOIN app_user u ON lower(u.username) = lower(h.changed_by)
                WHERE h.area IN (:areas) AND h.changed_at > :from AND h.changed_at <= :to
                ORDER BY h.changed_at, h.id""", parameters, ROW);
    }

    List<HistoryPerson> people(boolean includeUsers) {
        return jdbc.query("""
                SELECT p.changed_by, coalesce(u.display_name, p.changed_by) AS name
                FROM (SELECT DISTINCT h.changed_by FROM change_history h WHERE (:users OR h.area <> 'USERS')) p
                LEFT JOIN app_user u ON lower(u.username) = lower(p.changed_by)
                ORDER BY name, p.changed_by""",
                new MapSqlParameterSource("users", includeUsers), (rs, i) -> new HistoryPerson(rs.getString(1), rs.getString(2)));
    }

    private static String select(HistoryFilter filter, boolean includeUsers, ZoneId zone, MapSqlParameterSource parameters) {
        return """
                SELECT h.*, coalesce(u.display_name, h.changed_by) AS changed_by_name
                FROM change_history h LEFT JOIN app_user u ON lower(u.username) = lower(h.changed_by)
                WHERE """ + " " + where(filter, includeUsers, zone, parameters) + " ORDER BY h.changed_at DESC, h.id DESC";
    }

    private static String where(HistoryFilter filter, boolean includeUsers, ZoneId zone, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("TRUE");
        if (!includeUsers) {
            conditions.add("h.area <> 'USERS'");
        }
        if (filter.area() != null) {
            conditions.add("h.area = :area");
            parameters.addValue("area", filter.area().name());
        }
        if (filter.person() != null) {
            conditions.add("lower(h.changed_by) = lower(:person)");
            parameters.addValue("person", filter.person());
        }
        if (filter.hasItem()) {
            conditions.add("h.item_kind = :kind AND h.item_id = :item");
            parameters.addValue("kind", filter.itemKind()).addValue("item", filter.itemId());
        }
        if (filter.text() != null) {
            conditions.add("(h.item_label ILIKE :text OR h.field ILIKE :text OR h.old_value ILIKE :text OR h.new_value ILIKE :text)");
            parameters.addValue("text", "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.from() != null) {
            conditions.add("h.changed_at >= :from");
            parameters.addValue("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            conditions.add("h.changed_at < :to");
            parameters.addValue("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return String.join(" AND ", conditions);
    }
}
