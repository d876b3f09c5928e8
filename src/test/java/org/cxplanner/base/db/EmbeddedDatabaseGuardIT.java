package org.cxplanner.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.cxplanner.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The default start (embedded database in a data folder) never uses a database it did not start. */
class EmbeddedDatabaseGuardIT {

    @TempDir
    Path dataDir;

    @Test
    void anotherPostgresOnThePortGetsNothingWrittenAndTheStartSaysWhy() throws Exception {
        try (EmbeddedPostgres foreign = EmbeddedPostgres.builder().start()) {
            Throwable refused = catchThrowable(() -> start(dataDir, foreign.getPort()).close());
            assertThat(rootRefusal(refused).getMessage())
                    .contains("Port " + foreign.getPort()).contains("another PostgreSQL server")
                    .contains("writes nothing");
            assertThat(rootRefusal(refused).action()).contains("DB_PORT=");
            JdbcTemplate sql = new JdbcTemplate(foreign.getPostgresDatabase());
            assertThat(sql.queryForObject("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", Integer.class))
                    .as("no table created in the foreign database").isZero();
        }
    }

    @Test
    void aProgramThatIsNotPostgresOnThePortEndsTheStartAtOnce() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            // It used to hang for good, waiting for an answer that never came.
            long started = System.nanoTime();
            assertThat(EmbeddedPortCheck.holder(silent.getLocalPort())).isPresent();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            Throwable refused = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> catchThrowable(() -> start(dataDir, silent.getLocalPort()).close()));
            assertThat(rootRefusal(refused).getMessage())
                    .contains("Port " + silent.getLocalPort()).contains("not PostgreSQL")
                    .contains("process " + ProcessHandle.current().pid());
        }
    }

    @Test
    void aSecondPlannerOnTheSameDataFolderIsRefused() throws Exception {
        try (ConfigurableApplicationContext first = start(dataDir, 0)) {
            assertThat(first.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM app_user", Integer.class))
                    .isEqualTo(6);
            Throwable refused = catchThrowable(() -> start(dataDir, 0).close());
            assertThat(rootRefusal(refused).getMessage()).contains("is in use by PostgreSQL process")
                    .contains(dataDir.toAbsolutePath().toString());
            assertThat(first.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM app_user", Integer.class))
                    .as("the first planner keeps working").isEqualTo(6);
        }
    }

    @Test
    void theRefusalIsPrintedWithWhatToDo() {
        EmbeddedDatabaseRefused refused = new EmbeddedDatabaseRefused("Port 1 is taken.", "Use DB_PORT.");
        assertThat(new EmbeddedDatabaseFailureAnalyzer().analyze(new IllegalStateException(refused)))
                .satisfies(analysis -> {
                    assertThat(analysis.getDescription()).isEqualTo("Port 1 is taken.");
                    assertThat(analysis.getAction()).isEqualTo("Use DB_PORT.");
                });
        assertThatThrownBy(() -> {
            throw refused;
        }).hasMessage("Port 1 is taken.");
    }

    private static EmbeddedDatabaseRefused rootRefusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EmbeddedDatabaseRefused refused) {
                return refused;
            }
        }
        throw new AssertionError("no EmbeddedDatabaseRefused in " + thrown, thrown);
    }

    private static ConfigurableApplicationContext start(Path dataDir, int port) {
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--cxp.embedded-db.data-dir=" + dataDir, "--cxp.embedded-db.port=" + port,
                "--spring.datasource.url=", "--spring.main.banner-mode=off");
    }
}
