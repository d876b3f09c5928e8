package org.cxplanner.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.cxplanner.Application;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upgrading an installation (docs/operations.md, "Upgrading"). One node: the previous release's jar fills a data
 * folder with the demo plan and edits made through its REST API, stops, and this build starts on the same folder:
 * every migration applies, every table reads the same, the change history is intact. Several nodes: the previous
 * release keeps serving the main reads and writes beside this build, on the schema this build left.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeIT {

    /** Flyway's own history is compared on its own; presence (who is on which screen) is emptied when a node stops. */
    private static final Set<String> MOVING_BY_DESIGN = Set.of("flyway_schema_history", "presence");
    /**
     * Tables whose existing rows this release's migrations rewrite on purpose (a backfill, a corrected value), with
     * why: compared by row count only. Empty while this release has no migration of its own.
     */
    private static final Map<String, String> REWRITTEN_BY_THIS_RELEASE = Map.of();

    private final JsonMapper json = JsonMapper.builder().build();
    private PreviousRelease previous;
    private Path data;
    private int databasePort;
    private String cmoToken;
    private String ccoToken;
    private JsonNode historyBefore;
    private List<Map<String, Object>> migrationsBefore;
    private PlanSnapshot before;
    private PlanSnapshot after;
    private ConfigurableApplicationContext current;

    @BeforeAll
    void thePreviousReleaseFillsADataFolderAndThisBuildTakesItOver() throws Exception {
        previous = PreviousRelease.described().built();
        data = Files.createTempDirectory("cxp-upgrade");
        databasePort = NodePair.freePort();
        try (PreviousRelease.Node old = previous.start("single-node", "--cxp.embedded-db.data-dir=" + data,
                "--cxp.embedded-db.port=" + databasePort)) {
            JdbcTemplate sql = sql();
            cmoToken = insertToken(sql, "cmo");
            ccoToken = insertToken(sql, "cco");
            editThroughTheApi(new ApiCalls(old::url), sql, "Upgrade webinar", "Net Promoter Score");
            historyBefore = history(new ApiCalls(old::url), cmoToken);
        }
        try (EmbeddedPostgres stopped = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setPort(databasePort).start()) {
            JdbcTemplate sql = new JdbcTemplate(stopped.getPostgresDatabase());
            before = PlanSnapshot.of(sql, MOVING_BY_DESIGN);
            migrationsBefore = migrations(sql);
        }
        current = new SpringApplicationBuilder(Application.class).run("--server.port=0", "--spring.main.banner-mode=off",
                "--cxp.embedded-db.data-dir=" + data, "--cxp.embedded-db.port=" + databasePort, "--spring.datasource.url=",
                // As the previous release ran: the scheduled digest and mail runs wait, so nothing moves during the comparison.
                "--cxp.digest.check-every=1h", "--cxp.mail.send-every=1h");
        after = before.againIn(current.getBean(JdbcTemplate.class));
    }

    @AfterAll
    void stopThisBuildAndRemoveTheDataFolder() throws Exception {
        if (current != null) {
            current.close();
        }
        PreviousRelease.deleteTree(data);
    }

    @Test
    @Order(1)
    void everyMigrationAppliesOnThePreviousReleasesDataAndTheHistoryOfMigrationsIsKept() {
        List<Map<String, Object>> migrations = migrations(current.getBean(JdbcTemplate.class));
        assertThat(migrations).as("the previous release's migrations stay as they were applied")
                .startsWith(migrationsBefore.toArray(Map[]::new));
        assertThat(migrations).as("every migration succeeded").allSatisfy(row -> assertThat(row.get("success")).isEqualTo(true));
        assertThat(migrations.getLast().get("version")).as("this build's newest migration is applied").isEqualTo(newestMigration());
        assertThat(migrationsBefore.getLast().get("version")).isEqualTo(String.valueOf(previous.lastMigration));
    }

    @Test
    @Order(1)
    void everyTableReadsTheSameAfterTheUpgrade() {
        assertThat(before.rows()).as("the demo plan and the edits were there to upgrade").isGreaterThan(500);
        assertThat(before.tables()).containsKeys("touchpoint", "raci_assignment", "initiative", "measurement", "change_history");
        before.tables().forEach((table, was) -> {
            if (REWRITTEN_BY_THIS_RELEASE.containsKey(table)) {
                assertThat(after.tables().get(table).rows()).as(table).isEqualTo(was.rows());
            } else {
                assertThat(after.tables().get(table)).as(table + " (first rows before: %s)", was.firstRows()).isEqualTo(was);
            }
        });
    }

    @Test
    @Order(1)
    void theChangeHistoryReadsTheSameThroughThisBuildsApi() throws Exception {
        JsonNode now = history(new ApiCalls(this::currentUrl), cmoToken);
        assertThat(StreamSupport.stream(historyBefore.spliterator(), false).map(JsonNode::toString))
                .as("the edits made on the previous release").anyMatch(change -> change.contains("Upgrade webinar"))
                .anyMatch(change -> change.contains("\"area\":\"RACI\""));
        assertThat(now).isEqualTo(historyBefore);
    }

    @Test
    @Order(2)
    void duringARollingUpgradeThePreviousReleaseKeepsServingOnTheNewSchema() throws Exception {
        // A stand-in for the next release's additions (a column and a table, as the migration rule allows): until this
        // build adds a migration of its own, its schema is the previous release's, and Flyway must still let the
        // previous release start on a database with migrations it does not know.
        Flyway.configure().dataSource(jdbcUrl(), "postgres", null)
                .locations("classpath:db/migration", "classpath:upgrade/next-release").load().migrate();
        ApiCalls upgraded = new ApiCalls(this::currentUrl);
        try (PreviousRelease.Node old = previous.start("rolling", "--spring.datasource.url=" + jdbcUrl(),
                "--spring.datasource.username=postgres")) {
            ApiCalls stillOld = new ApiCalls(old::url);
            for (String read : List.of("/api/v1/raci?limit=200", "/api/v1/touchpoints?limit=200", "/api/v1/initiatives?limit=200",
                    "/api/v1/messages?limit=200", "/api/v1/indicators", "/api/v1/reviews/current", "/api/v1/history?limit=50")) {
                HttpResponse<String> answer = stillOld.call("GET", read, ccoToken, null);
                assertThat(answer.statusCode()).as("the previous release reads " + read).isEqualTo(200);
                assertThat(differenceIn(json.readTree(answer.body()), json.readTree(upgraded.call("GET", read, ccoToken, null).body()), read))
                        .as("both releases read the same plan").isEmpty();
            }
            editThroughTheApi(stillOld, sql(), "Written by the previous release", "Churn");
            assertThat(upgraded.call("GET", "/api/v1/initiatives?limit=200", cmoToken, null).body())
                    .as("the upgraded node reads what the previous release wrote").contains("Written by the previous release");
            HttpResponse<String> created = upgraded.call("POST", "/api/v1/initiatives", cmoToken, initiative("Written by the new release"));
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(stillOld.call("GET", "/api/v1/initiatives?limit=200", cmoToken, null).body())
                    .as("and the previous release reads what the upgraded node wrote").contains("Written by the new release");
            assertThat(Files.readString(old.log)).doesNotContain(" ERROR ")
                    .as("Flyway let it start on migrations it does not know").contains("newer than the latest available migration");
        }
    }

    /** Where the upgraded node's answer lacks or changes what the previous release answered ("" when nowhere); it may add fields. */
    private static String differenceIn(JsonNode old, JsonNode now, String path) {
        if (old.isObject() && now.isObject()) {
            for (String field : old.propertyNames()) {
                String found = differenceIn(old.get(field), now.path(field), path + "." + field);
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return "";
        }
        if (old.isArray() && now.isArray() && old.size() == now.size()) {
            for (int i = 0; i < old.size(); i++) {
                String found = differenceIn(old.get(i), now.get(i), path + "[" + i + "]");
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return "";
        }
        return old.equals(now) ? "" : path + ": " + old + " became " + now;
    }

    /** A RACI cell, a new initiative moved to at risk, a measurement and a ticked review action: each kept in the history. */
    private void editThroughTheApi(ApiCalls api, JdbcTemplate sql, String initiativeTitle, String indicator) throws Exception {
        long touchpoint = sql.queryForObject("SELECT id FROM touchpoint WHERE name = 'Order confirmation'", Long.class);
        long support = sql.queryForObject("SELECT id FROM business_function WHERE name = 'Support'", Long.class);
        String cell = "/api/v1/raci/" + touchpoint + "/" + support;
        String etag = api.call("GET", cell, ccoToken, null).headers().firstValue("ETag").orElseThrow();
        String letter = etag.contains("R") ? "C" : "R";
        assertThat(api.call("PUT", cell, ccoToken, "{\"letter\":\"" + letter + "\"}", "If-Match", etag).statusCode()).isEqualTo(200);

        HttpResponse<String> created = api.call("POST", "/api/v1/initiatives", cmoToken, initiative(initiativeTitle));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(api.call("PUT", created.headers().firstValue("Location").orElseThrow(), cmoToken, "{\"status\":\"AT_RISK\"}",
                "If-Match", created.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(200);

        HttpResponse<String> measured = api.call("POST", "/api/v1/measurements", ccoToken, "{\"measurements\":[{\"indicator\":\""
                + indicator + "\",\"date\":\"" + LocalDate.now() + "\",\"value\":2.5}]}");
        assertThat(measured.statusCode()).as(measured.body()).isEqualTo(201);

        List<Map<String, Object>> open = sql.queryForList("""
                SELECT id, version FROM review_action WHERE NOT done ORDER BY id LIMIT 1""");
        HttpResponse<String> ticked = api.call("PUT", "/api/v1/reviews/current/actions/" + open.getFirst().get("id"), cmoToken,
                "{\"done\":true}", "If-Match", "\"v" + open.getFirst().get("version") + "\"");
        assertThat(ticked.statusCode()).as(ticked.body()).isEqualTo(200);
    }

    private String initiative(String title) {
        long owner = sql().queryForObject("SELECT id FROM app_user WHERE username = 'cmo'", Long.class);
        return "{\"title\":\"" + title + "\",\"team\":\"MARKETING\",\"ownerId\":" + owner
                + ",\"start\":\"2027-03-01\",\"end\":\"2027-03-31\"}";
    }

    private JsonNode history(ApiCalls api, String token) throws Exception {
        HttpResponse<String> page = api.call("GET", "/api/v1/history?limit=200", token, null);
        assertThat(page.statusCode()).isEqualTo(200);
        return json.readTree(page.body()).get("items");
    }

    /** A script's token for this demo person, stored as the token screen stores one: only its SHA-256 hash. */
    private static String insertToken(JdbcTemplate sql, String username) throws Exception {
        String secret = "cxp_upgrade-test-" + username + "-0123456789abcdef";
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        sql.update("""
                INSERT INTO api_token (user_id, name, token_hash, prefix, scope, expires_at)
                SELECT id, 'upgrade test', ?, ?, 'READ_WRITE', now() + interval '30 days' FROM app_user WHERE username = ?""",
                hash, secret.substring(0, 10), username);
        return secret;
    }

    private static List<Map<String, Object>> migrations(JdbcTemplate sql) {
        return sql.queryForList("""
                SELECT installed_rank, version, description, checksum, success FROM flyway_schema_history
                WHERE version IS NOT NULL ORDER BY installed_rank""");
    }

    private static String newestMigration() {
        try (var files = Files.list(Path.of("db", "migration"))) {
            return String.valueOf(files.map(file -> file.getFileName().toString())
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).max().orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String currentUrl(String path) {
        return path.startsWith("http") ? path : NodePair.baseUrl(current) + path;
    }

    private String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + databasePort + "/postgres";
    }

    private JdbcTemplate sql() {
        return new JdbcTemplate(new DriverManagerDataSource(jdbcUrl(), "postgres", ""));
    }
}
