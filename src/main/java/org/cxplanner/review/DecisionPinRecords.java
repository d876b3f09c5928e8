package org.cxplanner.review;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pins of decisions ({@code decision_pin}) with each value as the plan has it now ({@code plan_value}, one SQL
 * definition for pinning and checking) and the last recorded change to it since the pin: one statement per read.
 */
@Repository
class DecisionPinRecords {

    /** The history lines that change each kind of value. */
    private static final String CHANGES = """
            (p.kind = 'INITIATIVE_END' AND h.item_kind = 'INITIATIVE' AND h.field = 'Dates')
            OR (p.kind = 'INITIATIVE_STATUS' AND h.item_kind = 'INITIATIVE' AND h.field = 'Status')
            OR (p.kind = 'MESSAGE_SEND_DATE' AND h.item_kind = 'MESSAGE' AND h.field = 'Send date')
            OR (p.kind = 'TOUCHPOINT_ACCOUNTABLE' AND h.item_kind = 'TOUCHPOINT' AND 'A' IN (h.old_value, h.new_value))
            OR (p.kind = 'INDICATOR_TARGET' AND h.item_kind = 'INDICATOR')""";

    private static final String SELECT = """
            SELECT p.id, p.decision_id, r.iso_year, r.iso_week, d.text, d.link_kind, d.link_id, d.link_label, p.kind,
                   p.pinned_value, p.pinned_label, v.value, v.names, c.by_name, c.changed_at,
                   coalesce(ru.display_name, p.released_by), p.released_at, p.release_reason
            FROM decision_pin p
            JOIN review_decision d ON d.id = p.decision_id
            JOIN review r ON r.id = d.review_id
            LEFT JOIN app_user ru ON lower(ru.username) = lower(p.released_by)
            CROSS JOIN LATERAL (SELECT plan_value(p.kind, p.item_id) AS value,
                   CASE WHEN p.kind = 'TOUCHPOINT_ACCOUNTABLE' THEN (SELECT string_agg(f.name, ', ' ORDER BY f.name)
                        FROM raci_assignment a JOIN business_function f ON f.id = a.function_id
                        WHERE a.touchpoint_id = p.item_id AND a.letter = 'A') END AS names) v
            LEFT JOIN LATERAL (SELECT coalesce(u.display_name, h.changed_by) AS by_name, h.changed_at
                   FROM change_history h LEFT JOIN app_user u ON lower(u.username) = lower(h.changed_by)
                   WHERE h.item_id = p.item_id AND h.changed_at >= p.created_at AND (""" + CHANGES + """
                   ) ORDER BY h.changed_at DESC, h.id DESC LIMIT 1) c ON TRUE
            """;

    private static final RowMapper<DecisionPin> PIN = (rs, i) -> {
        PinKind kind = PinKind.valueOf(rs.getString(9));
        return new DecisionPin(rs.getLong(1), rs.getLong(2), new ReviewWeek(rs.getInt(3), rs.getInt(4)), rs.getString(5),
                PlanLink.of(rs.getString(6), (Long) rs.getObject(7), rs.getString(8)), kind, rs.getString(10), rs.getString(11),
                rs.getString(12), kind.show(rs.getString(12), rs.getString(13)), rs.getString(14),
                rs.getTimestamp(15) == null ? null : rs.getTimestamp(15).toInstant(), rs.getString(16),
                rs.getTimestamp(17) == null ? null : rs.getTimestamp(17).toInstant(), rs.getString(18));
    };

    private final JdbcTemplate jdbc;

    DecisionPinRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The value of an item as the plan has it now, and how people read it; empty when the item does not exist. */
    java.util.Optional<String[]> current(PinKind kind, long itemId) {
        return jdbc.query("""
                SELECT plan_value(?, ?), (SELECT string_agg(f.name, ', ' ORDER BY f.name) FROM raci_assignment a
                    JOIN business_function f ON f.id = a.function_id WHERE ? = 'TOUCHPOINT_ACCOUNTABLE' AND a.touchpoint_id = ?
                    AND a.letter = 'A')""", (rs, i) -> rs.getString(1) == null ? null
                : new String[]{rs.getString(1), kind.show(rs.getString(1), rs.getString(2))},
                kind.name(), itemId, kind.name(), itemId).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    void pin(long decisionId, PinKind kind, long itemId, String value, String label) {
        jdbc.update("INSERT INTO decision_pin (decision_id, kind, item_id, pinned_value, pinned_label) VALUES (?, ?, ?, ?, ?)",
                decisionId, kind.name(), itemId, value, label);
    }

    java.util.Optional<DecisionPin> find(long pinId) {
        return jdbc.query(SELECT + " WHERE p.id = ?", PIN, pinId).stream().findFirst();
    }

    /** Releases a pin still in force; false when someone released it first. */
    boolean release(long pinId, String by, String reason) {
        return jdbc.update("""
                UPDATE decision_pin SET released_by = ?, released_at = now(), release_reason = ?
                WHERE id = ? AND released_at IS NULL""", by, reason, pinId) == 1;
    }

    /** Pins in force whose value the plan no longer has, oldest decision first. */
    List<DecisionPin> broken() {
        return jdbc.query(SELECT + """
                 WHERE p.released_at IS NULL AND plan_value(p.kind, p.item_id) IS DISTINCT FROM p.pinned_value
                 ORDER BY d.decided_at, p.id""", PIN);
    }

    /**
     * The pins in force on items of one kind that no longer hold, for that kind's screen. Only pins of the kind are
     * compared with the plan (usually none: then nothing is computed), through a prepared statement each pooled
     * connection plans once.
     */
    List<DecisionPin> brokenOf(LinkKind item) {
        return jdbc.query(SELECT + " WHERE p.released_at IS NULL AND p.kind = ANY (?::text[])"
                + " AND plan_value(p.kind, p.item_id) IS DISTINCT FROM p.pinned_value ORDER BY d.decided_at, p.id", PIN,
                (Object) kindsOf(item));
    }

    private static String[] kindsOf(LinkKind item) {
        return java.util.Arrays.stream(PinKind.values()).filter(k -> k.item() == item).map(Enum::name).toArray(String[]::new);
    }

    /** The pins in force on one item that no longer hold. */
    List<DecisionPin> brokenOn(LinkKind item, long itemId) {
        return jdbc.query(SELECT + " WHERE p.released_at IS NULL AND p.item_id = ? AND p.kind = ANY (?::text[])"
                        + " AND plan_value(p.kind, p.item_id) IS DISTINCT FROM p.pinned_value ORDER BY d.decided_at, p.id", PIN,
                itemId, kindsOf(item));
    }

    /** The pins of these decisions, by decision. */
    Map<Long, DecisionPin> ofDecisions(Collection<Long> decisionIds) {
        if (decisionIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.query(SELECT + " WHERE p.decision_id = ANY (?)", PIN, (Object) decisionIds.toArray(Long[]::new)).stream()
                .collect(Collectors.toMap(DecisionPin::decisionId, Function.identity()));
    }

    List<DecisionPin> all() {
        return new ArrayList<>(jdbc.query(SELECT + " ORDER BY d.decided_at, p.id", PIN));
    }
}
