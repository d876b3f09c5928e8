package org.cxplanner.fixtureb.ui;

import org.cxplanner.fixturea.ui.FixtureAView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** Breaks every rule a view can break, so {@code ArchitectureRulesFailTest} sees each rule fail. */
@Transactional
public class FixtureBView {

    FixtureAView other = new FixtureAView();

    String who(JdbcTemplate jdbc) {
        return SecurityContextHolder.getContext().getAuthentication().getName() + jdbc;
    }
}
