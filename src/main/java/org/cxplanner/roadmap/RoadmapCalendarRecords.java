package org.cxplanner.roadmap;

import org.cxplanner.calendar.CalendarEntry;
import org.cxplanner.calendar.CalendarSource;
import org.cxplanner.calendar.FeedRequest;
import org.cxplanner.security.Team;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * Initiatives' starts and ends and their milestones in calendar feeds, from a month back on; a dropped initiative's
 * dates are cancelled events. The initiative's version is the sequence: it rises with every change, milestones too.
 */
@Repository
class RoadmapCalendarRecords implements CalendarSource {

    private final JdbcTemplate jdbc;

    RoadmapCalendarRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CalendarEntry> entries(FeedRequest request) {
        if (request.choices().planItems() == org.cxplanner.calendar.FeedChoices.PlanItems.NONE) {
            return List.of();
        }
        List<CalendarEntry> entries = new ArrayList<>();
        long[] previous = {-1};
        jdbc.query("""
                SELECT i.id, i.title, i.team, i.status, i.start_date, i.end_date, i.version, u.display_name,
                       m.position, m.name, m.due_date, m.done
                FROM initiative i JOIN app_user u ON u.id = i.owner_id
                LEFT JOIN milestone m ON m.initiative_id = i.id
                WHERE i.end_date >= ? ORDER BY i.start_date, i.id, m.position""", rs -> {
            Team team = Team.valueOf(rs.getString(3));
            if (!request.showsPlanOf(team)) {
                return;
            }
            long id = rs.getLong(1);
            String title = rs.getString(2);
            boolean dropped = rs.getString(4).equals(InitiativeStatus.DROPPED.name());
            int version = rs.getInt(7);
            String about = team.label() + " initiative, owner " + rs.getString(8) + ", " + InitiativeStatus.valueOf(rs.getString(4)).label().toLowerCase();
            String route = "roadmap/" + id;
            if (id != previous[0]) {
                previous[0] = id;
                entries.add(CalendarEntry.allDay("initiative-" + id + "-start", version, "Starts: " + title, about, route,
                        rs.getDate(5).toLocalDate(), dropped));
                entries.add(CalendarEntry.allDay("initiative-" + id + "-end", version, "Ends: " + title, about, route,
                        rs.getDate(6).toLocalDate(), dropped));
            }
            if (rs.getObject(9) != null) {
                entries.add(CalendarEntry.allDay("milestone-" + id + "-" + rs.getInt(9), version,
                        (rs.getBoolean(12) ? "✓ Milestone: " : "Milestone: ") + rs.getString(10) + " (" + title + ")", about, route,
                        rs.getDate(11).toLocalDate(), dropped));
            }
        }, Date.valueOf(request.today().minusDays(30)));
        return entries;
    }
}
