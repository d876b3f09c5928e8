package org.cxplanner.roadmap;

import org.cxplanner.indicators.IndicatorLinks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** An indicator's page lists the initiatives that should move it. */
@Component
class RoadmapIndicatorLinks implements IndicatorLinks {

    private final JdbcTemplate jdbc;

    RoadmapIndicatorLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Link> linksTo(long indicatorId) {
        return jdbc.query("""
                SELECT i.id, i.title, i.status FROM initiative i JOIN initiative_indicator x ON x.initiative_id = i.id
                WHERE x.indicator_id = ? ORDER BY i.start_date, i.id""",
                (rs, n) -> new Link(rs.getString(2) + " (" + InitiativeStatus.valueOf(rs.getString(3)).label() + ")",
                        "roadmap/" + rs.getLong(1)), indicatorId);
    }
}
