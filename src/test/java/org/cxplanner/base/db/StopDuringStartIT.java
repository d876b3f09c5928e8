package org.cxplanner.base.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SIGTERM while the planner is starting (its database initialising, say) stops it within 10 seconds, and leaves no
 * database running on the data folder: the next start works.
 */
class StopDuringStartIT {

    @TempDir
    Path dataDir;

    @Test
    void aStartStoppedHalfWayEndsWithinTenSecondsAndTheNextStartWorks() throws Exception {
        Process starting = start("first");
        // Told to stop while Spring is building the application (before any of it is ready).
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(log("first")).contains("Starting Application"));
        assertThat(Files.readString(log("first"))).doesNotContain("Started Application");
        long stopped = System.nanoTime();
        starting.destroy();
        assertThat(starting.waitFor(10, TimeUnit.SECONDS)).as("stopped within 10 s").isTrue();
        System.out.printf("SIGTERM during start: stopped after %.1f s%n", (System.nanoTime() - stopped) / 1e9);

        Process next = start("next");
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> !next.isAlive()
                    || Files.readString(log("next")).contains("Started Application"));
            assertThat(Files.readString(log("next"))).as("the next start").contains("Started Application")
                    .doesNotContain("is in use by PostgreSQL");
        } finally {
            next.destroy();
            next.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private Path log(String which) {
        return dataDir.resolveSibling(dataDir.getFileName() + "-" + which + ".log");
    }

    private Process start(String which) throws Exception {
        Path log = log(which);
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.cxplanner.Application", "--server.port=0",
                "--cxp.embedded-db.data-dir=" + dataDir, "--cxp.embedded-db.port=0", "--spring.datasource.url=",
                "--spring.main.banner-mode=off"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
