package org.cxplanner.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.cxplanner.Application;
import org.cxplanner.base.DemoDataLoader;
import org.cxplanner.raci.RaciLetter;
import org.cxplanner.raci.RaciService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Two application nodes on one throw-away PostgreSQL, as behind a load balancer. */
final class NodePair implements AutoCloseable {

    final EmbeddedPostgres postgres;
    final ConfigurableApplicationContext first;
    final ConfigurableApplicationContext second;

    private NodePair(EmbeddedPostgres postgres, ConfigurableApplicationContext first, ConfigurableApplicationContext second) {
        this.postgres = postgres;
        this.first = first;
        this.second = second;
    }

    /** Starts both nodes; {@code routes}, when given, name them for sticky sessions (cxp.node-route). */
    static NodePair start(String... routes) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        return new NodePair(postgres, node(postgres, routes.length > 0 ? routes[0] : null),
                node(postgres, routes.length > 1 ? routes[1] : null));
    }

    /** Empties every table and loads the demo plan, which nodes on an external database do not do by themselves. */
    void resetToDemoPlan() {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        List<String> tables = jdbc.queryForList("""
                SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
                AND tablename NOT IN ('flyway_schema_history', 'presence')""", String.class);
        jdbc.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
        first.getBean(DemoDataLoader.class).loadDemoData();
    }

    /** Sets (or, with {@code letter} null, clears) one RACI cell as the CMO, through the first node's service. */
    void editOnFirst(String touchpoint, String function, RaciLetter letter) {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        long touchpointId = jdbc.queryForObject("SELECT id FROM touchpoint WHERE name = ?", Long.class, touchpoint);
        long functionId = jdbc.queryForObject("SELECT id FROM business_function WHERE name = ?", Long.class, function);
        String current = jdbc.queryForList("SELECT letter FROM raci_assignment WHERE touchpoint_id = ? AND function_id = ?",
                String.class, touchpointId, functionId).stream().findFirst().orElse(null);
        TestingAuthenticationToken cmo = new TestingAuthenticationToken("cmo", null, "ROLE_CMO");
        cmo.setAuthenticated(true);
        // Each node checks roles through its own strategy: the static holder belongs to whichever node started last.
        SecurityContextHolderStrategy security = first.getBean(SecurityContextHolderStrategy.class);
        security.getContext().setAuthentication(cmo);
        try {
            first.getBean(RaciService.class).setCell(touchpointId, functionId,
                    current == null ? null : RaciLetter.valueOf(current.trim()), letter);
        } finally {
            security.clearContext();
        }
    }

    /** A port nothing listens on now, for a node or a proxy started next. */
    static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    static String baseUrl(ConfigurableApplicationContext node) {
        return "http://localhost:" + port(node);
    }

    @Override
    public void close() throws IOException {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[]{first, second}) {
            if (node != null) {
                node.close();
            }
        }
        postgres.close();
    }

    private static ConfigurableApplicationContext node(EmbeddedPostgres postgres, String route) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--logging.level.root=warn",
                "--vaadin.devmode.devTools.enabled=false",
                // As in the test profile: the digest's once-a-minute check would tell the demo's indicator owners that
                // numbers are due in the middle of a test that counts their notifications.
                "--cxp.digest.check-every=1h", "--cxp.mail.send-every=1h"));
        if (route != null) {
            args.add("--cxp.node-route=" + route);
        }
        return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
    }
}
