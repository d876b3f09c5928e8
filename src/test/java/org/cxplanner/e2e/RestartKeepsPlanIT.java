package org.cxplanner.e2e;

import org.cxplanner.review.ReviewLifecycle;

import org.cxplanner.review.AgendaItem;
import org.cxplanner.review.ReviewPage;
import org.cxplanner.review.ReviewQueries;
import org.cxplanner.review.ReviewWeek;
import org.cxplanner.roadmap.InitiativeRow;
import org.cxplanner.roadmap.RoadmapFilter;
import org.cxplanner.roadmap.RoadmapService;

import org.cxplanner.Application;
import org.cxplanner.users.UserForm;
import org.cxplanner.users.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The default run keeps the plan in a data directory: a restart keeps users and closed reviews, and never re-creates demo data. */
class RestartKeepsPlanIT {

    @TempDir
    Path dataDir;
    private java.util.List<AgendaItem> closedAgenda;

    @Test
    void aRestartKeepsUsersCreatedInTheAdminViewAndDoesNotDuplicateDemoUsers() {
        try (ConfigurableApplicationContext first = start()) {
            assertThat(countUsers(first)).isEqualTo(6);
            // With a data directory (the default start) the plan is stored durably, unlike the throw-away test database.
            JdbcTemplate sql = first.getBean(JdbcTemplate.class);
            assertThat(sql.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
            assertThat(sql.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
            assertThat(sql.queryForObject("SHOW full_page_writes", String.class)).isEqualTo("on");
            TestingAuthenticationToken admin = new TestingAuthenticationToken("admin", null, "ROLE_ADMIN");
            admin.setAuthenticated(true);
            SecurityContextHolder.getContext().setAuthentication(admin);
            UserForm form = new UserForm();
            form.setUsername("dana");
            form.setPassword("a-long-enough-password");
            form.setRoles(Set.of("CX"));
            first.getBean(UserService.class).create(form);

            // A closed review is frozen: a later change to the plan, and a restart, leave its minutes as they were.
            TestingAuthenticationToken cco = new TestingAuthenticationToken("cco", null, "ROLE_CCO");
            cco.setAuthenticated(true);
            SecurityContextHolder.getContext().setAuthentication(cco);
            ReviewQueries reviews = first.getBean(ReviewQueries.class);
            ReviewWeek week = reviews.currentWeek();
            first.getBean(ReviewLifecycle.class).close(week, reviews.page(week).version());
            closedAgenda = reviews.page(week).agenda().items();
            RoadmapService roadmap = first.getBean(RoadmapService.class);
            InitiativeRow search = roadmap.span(RoadmapFilter.ALL.withText("Help centre search"), null, null).getFirst();
            roadmap.reschedule(search.id(), search.version(), search.startDate().minusWeeks(10));
        } finally {
            SecurityContextHolder.clearContext();
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(countUsers(second)).isEqualTo(7);
            TestingAuthenticationToken viewer = new TestingAuthenticationToken("viewer", null, "ROLE_VIEWER");
            viewer.setAuthenticated(true);
            SecurityContextHolder.getContext().setAuthentication(viewer);
            ReviewQueries reviews = second.getBean(ReviewQueries.class);
            ReviewPage closed = reviews.page(reviews.currentWeek());
            assertThat(closed.isClosed()).isTrue();
            assertThat(closed.agenda().items()).usingRecursiveComparison().isEqualTo(closedAgenda);
            assertThat(reviews.page(reviews.currentWeek().next()).agenda().items()).as("the live agenda sees the move")
                    .anyMatch(item -> item.title().equals("Help centre search"));
            assertThat(second.getBean(JdbcTemplate.class)
                    .queryForObject("SELECT count(*) FROM app_user WHERE username = 'dana'", Integer.class)).isEqualTo(1);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--cxp.embedded-db.data-dir=" + dataDir, "--cxp.embedded-db.port=0",
                "--spring.datasource.url=", "--spring.main.banner-mode=off");
    }

    private static int countUsers(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM app_user", Integer.class);
    }
}
