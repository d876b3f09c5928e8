package org.cxplanner;

import org.cxplanner.base.DemoDataLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Arrays;
import java.util.List;

/**
 * All tests share one Spring context and one PostgreSQL (embedded unless SPRING_DATASOURCE_URL points elsewhere);
 * each test starts from the demo plan.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class IntegrationTest {

    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    private DemoDataLoader demoDataLoader;

    /** Every test context knows the company's sign-in (the provider runs inside the test JVM). */
    @DynamicPropertySource
    static void companySignIn(DynamicPropertyRegistry registry) {
        TestIdentityProvider.register(registry);
    }

    @Autowired
    private org.cxplanner.base.presence.PresenceService presenceService;

    @BeforeEach
    void resetToDemoPlan() {
        // The previous test's screens write and remove their presence entries just after their requests.
        presenceService.settle();
        List<String> tables = jdbc.queryForList(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history'",
                String.class);
        // A request of the previous test's browser (a closing tab leaving presence, say) may still be running: if
        // PostgreSQL picks the emptying as a deadlock's loser, it is simply tried again.
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
                break;
            } catch (org.springframework.dao.PessimisticLockingFailureException deadlock) {
                if (attempt == 3) {
                    throw deadlock;
                }
            }
        }
        demoDataLoader.loadDemoData();
    }

    @AfterEach
    void signOutOfServices() {
        SecurityContextHolder.clearContext();
    }

    /** Calls services as this demo person with the role, under the name the planner shows (as the sign-in does). */
    protected void signInAs(String username, String role) {
        String name = jdbc.queryForList("SELECT display_name FROM app_user WHERE username = ?", String.class, username)
                .stream().findFirst().orElse(username);
        var authorities = List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role));
        var person = new org.cxplanner.security.SignedInUser(username, "", name, true, true, authorities);
        SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(person, null, authorities));
    }

    /** Calls services as someone holding these roles (no Vaadin involved). */
    protected static void actAs(String username, String... roles) {
        var authorities = Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new);
        var token = new TestingAuthenticationToken(username, null, authorities);
        token.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(token);
    }
}
