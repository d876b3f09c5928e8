package org.cxplanner.review;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What belongs to a review beside its row: notes, decisions, attendees, the frozen agenda, and the action read model. */
@Repository
class ReviewRecords {

    private static final String ACTION_SELECT = """
            SELECT a.id, a.version, a.text, a.owner_id, coalesce(o.display_name, '?') AS owner_name, a.due_date,
                   a.link_kind, a.link_id, a.link_label, r.iso_year, r.iso_week,
                   coalesce(c.display_name, a.created_by) AS created_by_name, a.done,
                   coalesce(d.display_name, a.done_by) AS done_by_name, a.done_at, a.redated, a.dropped_reason, a.created_by
            FROM review_action a
            JOIN review r ON r.id = a.review_id
            LEFT JOIN app_user o ON o.id = a.owner_id
            LEFT JOIN app_user c ON lower(c.username) = lower(a.created_by)
            LEFT JOIN app_user d ON lower(d.username) = lower(a.done_by)
            """;
    private static final RowMapper<ActionRow> ACTION = (rs, i) -> new ActionRow(rs.getLong("id"), rs.getInt("version"),
            rs.getString("text"), rs.getLong("owner_id"), rs.getString("owner_name"), rs.getDate("due_date").toLocalDate(),
            PlanLink.of(rs.getString("link_kind"), (Long) rs.getObject("link_id"), rs.getString("link_label")),
            new ReviewWeek(rs.getInt("iso_year"), rs.getInt("iso_week")), rs.getString("created_by_name"), rs.getBoolean("done"),
            rs.getString("done_by_name"), instant(rs.getTimestamp("done_at")), rs.getInt("redated"), rs.getString("dropped_reason"),
            rs.getString("created_by"));

    private final JdbcTemplate jdbc;

    private final DecisionPinRecords pins;

    ReviewRecords(JdbcTemplate jdbc, DecisionPinRecords pins) {
        this.jdbc = jdbc;
        this.pins = pins;
    }

    /** Creates the week's review row if nobody has yet (two people starting it at once get the same row). */
    void ensure(ReviewWeek week) {
        jdbc.update("INSERT INTO review (iso_year, iso_week) VALUES (?, ?) ON CONFLICT (iso_year, iso_week) DO NOTHING",
                week.year(), week.week());
    }

    /** Locks the review row for the rest of the transaction, so nothing is added while it is being closed. */
    ReviewStatus lock(long reviewId) {
        return ReviewStatus.valueOf(jdbc.queryForObject("SELECT status FROM review WHERE id = ? FOR UPDATE", String.class, reviewId));
    }

    /** The last review closed before this week: when it was closed and which week it was. */
    Optional<PreviousReview> previousClosed(ReviewWeek week) {
        return jdbc.query("""
                SELECT iso_year, iso_week, closed_at FROM review
                WHERE status = 'CLOSED' AND (iso_year, iso_week) < (?, ?)
                ORDER BY iso_year DESC, iso_week DESC LIMIT 1""",
                (rs, i) -> new PreviousReview(new ReviewWeek(rs.getInt(1), rs.getInt(2)), rs.getTimestamp(3).toInstant()),
                week.year(), week.week()).stream().findFirst();
    }

    void addNote(long reviewId, AgendaSection section, String text, String user) {
        jdbc.update("INSERT INTO review_note (review_id, section, text, written_by) VALUES (?, ?, ?, ?)",
                reviewId, section.name(), text, user);
    }

    List<ReviewNote> notes(long reviewId) {
        return jdbc.query("""
                SELECT n.id, n.section, n.text, coalesce(u.display_name, n.written_by), n.written_at FROM review_note n
                LEFT JOIN app_user u ON lower(u.username) = lower(n.written_by) WHERE n.review_id = ? ORDER BY n.id""",
                (rs, i) -> new ReviewNote(rs.getLong(1), AgendaSection.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()), reviewId);
    }

    long addDecision(long reviewId, String text, PlanLink link, String user) {
        return jdbc.queryForObject("""
                INSERT INTO review_decision (review_id, text, link_kind, link_id, link_label, decided_by)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, reviewId, text,
                link == null ? null : link.kind().name(), link == null ? null : link.id(), link == null ? null : link.label(), user);
    }

    List<Decision> decisions(long reviewId) {
        return decisions("d.review_id = ?", List.of(reviewId), "d.id", Integer.MAX_VALUE, 0);
    }

    /** The decision log: every decision, newest first, matching a text in the decision, its item or its author. */
    List<Decision> decisionLog(String text, int offset, int limit) {
        List<Object> parameters = new ArrayList<>();
        return decisions(logWhere(text, parameters), parameters, "r.iso_year DESC, r.iso_week DESC, d.id DESC", limit, offset);
    }

    int countDecisions(String text) {
        List<Object> parameters = new ArrayList<>();
        Integer count = jdbc.queryForObject("""
                SELECT count(*) FROM review_decision d JOIN review r ON r.id = d.review_id
                LEFT JOIN app_user u ON lower(u.username) = lower(d.decided_by) WHERE """ + " " + logWhere(text, parameters),
                Integer.class, parameters.toArray());
        return count == null ? 0 : count;
    }

    private static String logWhere(String text, List<Object> parameters) {
        if (text == null || text.isBlank()) {
            return "TRUE";
        }
        String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        parameters.add(like);
        parameters.add(like);
        parameters.add(like);
        parameters.add(text.strip());
        return "(d.text ILIKE ? OR d.link_label ILIKE ? OR u.display_name ILIKE ? OR "
                + "(r.iso_year || '-W' || lpad(r.iso_week::text, 2, '0')) = upper(?))";
    }

    private List<Decision> decisions(String where, List<Object> parameters, String order, int limit, int offset) {
        List<Object> all = new ArrayList<>(parameters);
        all.add(limit);
        all.add(offset);
        List<Decision> decisions = jdbc.query("""
                SELECT d.id, r.iso_year, r.iso_week, d.text, d.link_kind, d.link_id, d.link_label,
                       coalesce(u.display_name, d.decided_by), d.decided_at
                FROM review_decision d JOIN review r ON r.id = d.review_id
                LEFT JOIN app_user u ON lower(u.username) = lower(d.decided_by)
                WHERE """ + " " + where + " ORDER BY " + order + " LIMIT ? OFFSET ?",
                (rs, i) -> new Decision(rs.getLong(1), new ReviewWeek(rs.getInt(2), rs.getInt(3)), rs.getString(4),
                        PlanLink.of(rs.getString(5), (Long) rs.getObject(6), rs.getString(7)), rs.getString(8),
                        rs.getTimestamp(9).toInstant()), all.toArray());
        Map<Long, DecisionPin> pinned = pins.ofDecisions(decisions.stream().map(Decision::id).toList());
        return pinned.isEmpty() ? decisions : decisions.stream().map(d -> d.withPin(pinned.get(d.id()))).toList();
    }

    /**
     * The first agenda section of a week: actions agreed in earlier weeks still open, and those marked done in this
     * week's review (so the meeting sees its ticks); overdue first, then by due date.
     */
    List<ActionRow> carriedInto(ReviewWeek week, Long reviewId) {
        return jdbc.query(ACTION_SELECT + """
                WHERE (r.iso_year, r.iso_week) < (?, ?) AND (NOT a.done OR a.done_review_id = ?)
                ORDER BY a.done, a.due_date, a.id""", ACTION, week.year(), week.week(), reviewId == null ? -1 : reviewId);
    }

    List<ActionRow> agreedIn(long reviewId) {
        return jdbc.query(ACTION_SELECT + " WHERE a.review_id = ? ORDER BY a.id", ACTION, reviewId);
    }

    /** Every open action, for the home page: how many, how many overdue. */
    int[] openAndOverdue(java.time.LocalDate today) {
        return jdbc.queryForObject("SELECT count(*), count(*) FILTER (WHERE due_date < ?) FROM review_action WHERE NOT done",
                (rs, i) -> new int[]{rs.getInt(1), rs.getInt(2)}, java.sql.Date.valueOf(today));
    }

    void attend(long reviewId, String username) {
        jdbc.update("INSERT INTO review_attendee (review_id, username) VALUES (?, ?) ON CONFLICT DO NOTHING", reviewId, username);
    }

    List<String> attendeeNames(long reviewId) {
        return jdbc.queryForList("SELECT username FROM review_attendee WHERE review_id = ?", String.class, reviewId);
    }

    List<String> attendees(long reviewId) {
        return jdbc.queryForList("""
                SELECT coalesce(u.display_name, a.username) FROM review_attendee a
                LEFT JOIN app_user u ON lower(u.username) = lower(a.username)
                WHERE a.review_id = ? ORDER BY a.first_seen, a.username""", String.class, reviewId);
    }

    void freeze(long reviewId, List<AgendaItem> items) {
        jdbc.update("DELETE FROM review_agenda_item WHERE review_id = ?", reviewId);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            rows.add(new Object[]{reviewId, i, item.section().name(), cut(item.group(), 80), cut(item.title(), 500),
                    cut(item.detail(), 2000), cut(item.route(), 500), item.tone().name(), item.actionId()});
        }
        jdbc.batchUpdate("""
                INSERT INTO review_agenda_item (review_id, position, section, grp, title, detail, route, tone, action_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    void thaw(long reviewId) {
        jdbc.update("DELETE FROM review_agenda_item WHERE review_id = ?", reviewId);
    }

    List<AgendaItem> frozen(long reviewId) {
        return jdbc.query("""
                SELECT section, grp, title, detail, route, tone, action_id FROM review_agenda_item WHERE review_id = ? ORDER BY position""",
                (rs, i) -> new AgendaItem(AgendaSection.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), Tone.valueOf(rs.getString(6)), (Long) rs.getObject(7)), reviewId);
    }

    /** Every review that exists, newest week first, with its decisions and actions counted. */
    List<ReviewSummary> summaries() {
        return jdbc.query("""
                SELECT r.iso_year, r.iso_week, r.status, coalesce(u.display_name, r.closed_by), r.closed_at,
                       (SELECT count(*) FROM review_decision d WHERE d.review_id = r.id),
                       (SELECT count(*) FROM review_action a WHERE a.review_id = r.id),
                       (SELECT count(*) FROM review_action a WHERE a.review_id = r.id AND NOT a.done)
                FROM review r LEFT JOIN app_user u ON lower(u.username) = lower(r.closed_by)
                ORDER BY r.iso_year DESC, r.iso_week DESC""",
                (rs, i) -> new ReviewSummary(new ReviewWeek(rs.getInt(1), rs.getInt(2)), ReviewStatus.valueOf(rs.getString(3)),
                        rs.getString(4), instant(rs.getTimestamp(5)), rs.getInt(6), rs.getInt(7), rs.getInt(8)));
    }

    /** The current name of a linkable plan item, or empty when there is no such item. */
    Optional<String> labelOf(LinkKind kind, long id) {
        String sql = switch (kind) {
            case INITIATIVE -> "SELECT title FROM initiative WHERE id = ?";
            case TOUCHPOINT -> "SELECT name FROM touchpoint WHERE id = ?";
            case INDICATOR -> "SELECT name FROM indicator WHERE id = ?";
            case MESSAGE -> "SELECT title FROM message WHERE id = ?";
        };
        return jdbc.queryForList(sql, String.class, id).stream().findFirst();
    }

    String displayName(String username) {
        return username == null ? null : jdbc.queryForList("SELECT display_name FROM app_user WHERE lower(username) = lower(?)",
                String.class, username).stream().findFirst().orElse(username);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    record PreviousReview(ReviewWeek week, Instant closedAt) {
    }

    /** An open action item due on or before a day, with its owner and the week it was agreed in. */
    record DueAction(long id, String text, long ownerId, java.time.LocalDate due, String week) {
    }

    List<DueAction> openDueBy(java.time.LocalDate day) {
        return jdbc.query("""
                SELECT a.id, a.text, a.owner_id, a.due_date, r.iso_year, r.iso_week FROM review_action a
                JOIN review r ON r.id = a.review_id
                WHERE NOT a.done AND a.due_date <= ? ORDER BY a.due_date, a.id""",
                (rs, i) -> new DueAction(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getDate(4).toLocalDate(),
                        String.format(java.util.Locale.ROOT, "%d-W%02d", rs.getInt(5), rs.getInt(6))),
                java.sql.Date.valueOf(day));
    }
}
