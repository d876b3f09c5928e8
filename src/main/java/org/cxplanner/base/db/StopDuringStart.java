package org.cxplanner.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.event.ContextRefreshedEvent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stops the planner within seconds when it is told to stop (SIGTERM, Ctrl-C) while still starting. Spring closes
 * the application only once its start has finished, and much of a start (scanning classes, creating the database)
 * cannot be interrupted, so a stop could wait for the whole start. After a short grace this hook stops the embedded
 * database (never leaving it running on the data folder) and ends the JVM. A started or failed application is left
 * (its context refreshed) to Spring's own shutdown.
 */
public final class StopDuringStart {

    static final Duration GRACE = Duration.ofSeconds(4);
    private static final AtomicReference<EmbeddedPostgres> database = new AtomicReference<>();
    private static final AtomicReference<Path> dataDir = new AtomicReference<>();
    private static volatile boolean settled;

    private StopDuringStart() {
    }

    /** For the command-line start: the hook, and the events that say the start is over. */
    public static void install(SpringApplication application) {
        application.addListeners(event -> {
            // Once the context is refreshed, Spring's own shutdown no longer waits for anything.
            if (event instanceof ContextRefreshedEvent || event instanceof ApplicationFailedEvent) {
                settled = true;
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(StopDuringStart::stopIfStillStarting, "stop-during-start"));
    }

    static void starting(Path directory) {
        dataDir.set(directory);
    }

    static void started(EmbeddedPostgres postgres) {
        database.set(postgres);
    }

    private static void stopIfStillStarting() {
        long deadline = System.nanoTime() + GRACE.toNanos();
        while (!settled && System.nanoTime() < deadline) {
            sleep(100);
        }
        if (settled) {
            return;
        }
        System.err.println("Stopped while starting: the planner was told to stop before it was ready.");
        EmbeddedPostgres postgres = database.get();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException | RuntimeException e) {
                // fall through to the lock file below
            }
        }
        stopServerOn(dataDir.get());
        Runtime.getRuntime().halt(143);
    }

    /** A server still starting on the folder (not yet handed to us) gets PostgreSQL's own clean stop. */
    private static void stopServerOn(Path directory) {
        if (directory == null || !Files.isReadable(directory.resolve("postmaster.pid"))) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(directory.resolve("postmaster.pid"));
            ProcessHandle.of(Long.parseLong(lines.getFirst().trim())).ifPresent(server -> {
                server.destroy();
                long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
                while (server.isAlive() && System.nanoTime() < until) {
                    sleep(100);
                }
            });
        } catch (IOException | RuntimeException e) {
            // nothing more to do: the next start says what still holds the folder
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
