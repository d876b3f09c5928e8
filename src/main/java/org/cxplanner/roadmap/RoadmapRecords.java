package org.cxplanner.roadmap;

import org.cxplanner.security.Team;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The roadmap's read model: lists and the timeline in a fixed number of statements (rows, then the milestones of
 * all of them at once), never a query per initiative.
 */
@Repository
class RoadmapRecords {

    /** What it waits for, and whether any of its links is in conflict: as {@link DependencyLink#conflict()} asks it. */
    private static final String LINKS = """
            (SELECT string_agg(p.title, '; ' ORDER BY p.end_date, p.title) FROM initiative_dependency d
             JOIN initiative p ON p.id = d.predecessor_id WHERE d.successor_id = i.id) AS depends_on,
            EXISTS (SELECT 1 FROM initiative_dependency d JOIN initiative p ON p.id = d.predecessor_id
                    JOIN initiative s ON s.id = d.successor_id
                    WHERE (d.successor_id = i.id OR d.predecessor_id = i.id) AND p.status <> 'DROPPED'
                      AND s.status NOT IN ('DONE', 'DROPPED') AND s.start_date <= p.end_date + d.lag_days) AS conflict
            """;
    private static final String SELECT = """
            SELECT i.id, i.version, i.title, i.team, i.status, i.owner_id, u.display_name AS owner_name,
                   i.start_date, i.end_date,
            """ + LINKS + """
            FROM initiative i JOIN app_user u ON u.id = i.owner_id
            """;
    private static final RowMapper<InitiativeRow> ROW = (rs, i) -> new InitiativeRow(rs.getLong("id"),
            rs.getInt("version"), rs.getString("title"), Team.valueOf(rs.getString("team")),
            InitiativeStatus.valueOf(rs.getString("status")), rs.getLong("owner_id"), rs.getString("owner_name"),
            rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(), List.of(),
            rs.getString("depends_on"), rs.getBoolean("conflict"));

    private final NamedParameterJdbcTemplate jdbc;

    RoadmapRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int count(RoadmapFilter filter) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        Integer count = jdbc.queryForObject("SELECT count(*) FROM initiative i WHERE " + where(filter, parameters),
                parameters, Integer.class);
        return count == null ? 0 : count;
    }

    List<InitiativeRow> page(RoadmapFilter filter, RoadmapSort sort, boolean ascending, int offset, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("offset", offset).addValue("limit", limit);
        return jdbc.query(SELECT + " WHERE " + where(filter, parameters) + " ORDER BY " + sort.orderBy(ascending)
                + " LIMIT :limit OFFSET :offset", parameters, ROW);
    }

    /** Every matching initiative overlapping [from, to] (both may be null: no limit), with its milestones. */
    List<InitiativeRow> span(RoadmapFilter filter, LocalDate from, LocalDate to) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(filter, parameters);
        if (from != null) {
            where += " AND i.end_date >= :from";
            parameters.addValue("from", Date.valueOf(from));
        }
        if (to != null) {
            where += " AND i.start_date <= :to";
            parameters.addValue("to", Date.valueOf(to));
        }
        List<InitiativeRow> rows = jdbc.query(SELECT + " WHERE " + where + " ORDER BY i.start_date, i.end_date, i.id",
                parameters, ROW);
        return withMilestones(rows);
    }

    /** Every matching initiative for the list exports, in start order, with names resolved in the same statement. */
    List<RoadmapExportRow> exportRows(RoadmapFilter filter) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(filter, parameters);
        List<RoadmapExportRow> rows = jdbc.query("""
                SELECT i.id, i.version, i.title, i.team, i.status, i.owner_id, u.display_name AS owner_name,
                       i.start_date, i.end_date, i.description,""" + LINKS + ", " + """
                       (SELECT string_agg(s.name, ', ' ORDER BY s.position) FROM initiative_stage x
                        JOIN journey_stage s ON s.id = x.stage_id WHERE x.initiative_id = i.id) AS stages,
                       (SELECT string_agg(t.name, ', ' ORDER BY t.name) FROM initiative_touchpoint x
                        JOIN touchpoint t ON t.id = x.touchpoint_id WHERE x.initiative_id = i.id) AS touchpoints
                FROM initiative i JOIN app_user u ON u.id = i.owner_id
                WHERE """ + " " + where + " ORDER BY i.start_date, i.end_date, i.id", parameters,
                (rs, i) -> new RoadmapExportRow(ROW.mapRow(rs, i), rs.getString("description"), rs.getString("stages"),
                        rs.getString("touchpoints")));
        List<InitiativeRow> withMilestones = withMilestones(rows.stream().map(RoadmapExportRow::row).toList());
        List<RoadmapExportRow> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            RoadmapExportRow row = rows.get(i);
            result.add(new RoadmapExportRow(withMilestones.get(i), row.description(), row.stages(), row.touchpoints()));
        }
        return result;
    }

    /**
     * One initiative with its stages, touchpoints, indicators and milestones in one statement, for its page; the
     * repository reads the same aggregate with five, mapping each row by reflection.
     */
    Optional<Initiative> initiative(long id) {
        return jdbc.query("""
                SELECT i.id, i.version, i.title, i.description, i.team, i.owner_id, i.status, i.start_date, i.end_date,
                       i.updated_by, i.updated_at,
                       ARRAY(SELECT stage_id FROM initiative_stage WHERE initiative_id = i.id) AS stage_ids,
                       ARRAY(SELECT touchpoint_id FROM initiative_touchpoint WHERE initiative_id = i.id) AS touchpoint_ids,
                       ARRAY(SELECT indicator_id FROM initiative_indicator WHERE initiative_id = i.id) AS indicator_ids,
                       ARRAY(SELECT name FROM milestone WHERE initiative_id = i.id ORDER BY position) AS milestone_names,
                       ARRAY(SELECT due_date FROM milestone WHERE initiative_id = i.id ORDER BY position) AS milestone_dates,
                       ARRAY(SELECT done FROM milestone WHERE initiative_id = i.id ORDER BY position) AS milestones_done
                FROM initiative i WHERE i.id = :id""", new MapSqlParameterSource("id", id), (rs, row) -> {
            String[] names = (String[]) rs.getArray("milestone_names").getArray();
            Date[] dates = (Date[]) rs.getArray("milestone_dates").getArray();
            Boolean[] done = (Boolean[]) rs.getArray("milestones_done").getArray();
            List<Milestone> milestones = new ArrayList<>(names.length);
            for (int m = 0; m < names.length; m++) {
                milestones.add(new Milestone(names[m], dates[m].toLocalDate(), done[m]));
            }
            return Initiative.stored(rs.getLong("id"), rs.getInt("version"), rs.getString("title"), rs.getString("description"),
                    Team.valueOf(rs.getString("team")), rs.getLong("owner_id"), InitiativeStatus.valueOf(rs.getString("status")),
                    rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(), rs.getString("updated_by"),
                    rs.getTimestamp("updated_at").toInstant(), ids(rs.getArray("stage_ids")), ids(rs.getArray("touchpoint_ids")),
                    ids(rs.getArray("indicator_ids")), milestones);
        }).stream().findFirst();
    }

    private static List<Long> ids(java.sql.Array array) throws java.sql.SQLException {
        return List.of((Long[]) array.getArray());
    }

    /** Active (not done, not dropped) initiatives per touchpoint they change. */
    Map<Long, Integer> activeCountsByTouchpoint() {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("""
                SELECT t.touchpoint_id, count(*) FROM initiative_touchpoint t JOIN initiative i ON i.id = t.initiative_id
                WHERE i.status NOT IN ('DONE', 'DROPPED') GROUP BY t.touchpoint_id""",
                rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    /** Names of the initiatives that use a stage or touchpoint, for the catalog's "cannot delete" message. */
    List<String> titlesUsing(String table, String column, long id) {
        return jdbc.queryForList("SELECT i.title FROM initiative i JOIN " + table + " x ON x.initiative_id = i.id WHERE x."
                + column + " = :id ORDER BY i.title", new MapSqlParameterSource("id", id), String.class);
    }

    private List<InitiativeRow> withMilestones(List<InitiativeRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<Milestone>> byInitiative = new LinkedHashMap<>();
        jdbc.query("""
                SELECT initiative_id, name, due_date, done FROM milestone WHERE initiative_id = ANY(:ids)
                ORDER BY initiative_id, due_date, position""",
                new MapSqlParameterSource("ids", rows.stream().map(InitiativeRow::id).toArray(Long[]::new)), rs -> {
                    byInitiative.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Milestone(rs.getString(2), rs.getDate(3).toLocalDate(), rs.getBoolean(4)));
                });
        return rows.stream().map(row -> row.withMilestones(byInitiative.getOrDefault(row.id(), List.of()))).toList();
    }

    private static String where(RoadmapFilter filter, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("i.status IN (:statuses)");
        parameters.addValue("statuses", filter.shownStatuses().stream().map(Enum::name).toList());
        if (filter.stageId() != null) {
            conditions.add("EXISTS (SELECT 1 FROM initiative_stage s WHERE s.initiative_id = i.id AND s.stage_id = :stage)");
            parameters.addValue("stage", filter.stageId());
        }
        if (filter.touchpointId() != null) {
            conditions.add("EXISTS (SELECT 1 FROM initiative_touchpoint t WHERE t.initiative_id = i.id AND t.touchpoint_id = :touchpoint)");
            parameters.addValue("touchpoint", filter.touchpointId());
        }
        if (filter.ownerId() != null) {
            conditions.add("i.owner_id = :owner");
            parameters.addValue("owner", filter.ownerId());
        }
        if (filter.text() != null) {
            conditions.add("(i.title ILIKE :text OR i.description ILIKE :text)");
            parameters.addValue("text", "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return String.join(" AND ", conditions);
    }
}
