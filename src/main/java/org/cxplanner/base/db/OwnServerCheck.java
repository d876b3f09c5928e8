package org.cxplanner.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Makes sure the embedded server is the one running on the planner's own data folder, and only for this app. */
final class OwnServerCheck {

    private OwnServerCheck() {
    }

    /**
     * A live postmaster.pid means a PostgreSQL already runs on this folder: another planner started from here, or
     * one whose app was killed (its database outlives it). Starting beside it would reach that server instead.
     */
    static void refuseIfInUse(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isReadable(pidFile)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.getFirst().trim());
            String port = lines.size() > 3 ? lines.get(3).trim() : "?";
            // After a reboot the number may belong to another program: only a live postgres counts.
            boolean postgresAlive = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .flatMap(process -> process.info().command()).map(command -> command.contains("postgres")).orElse(false);
            if (postgresAlive) {
                throw new EmbeddedDatabaseRefused("The data folder " + dataDir + " is in use by PostgreSQL process " + pid
                        + " on port " + port + ": another planner runs from this folder, or an earlier run was killed and "
                        + "left its database running.",
                        "Stop the other planner. If none runs, stop the left-over database with: kill -INT " + pid
                                + " (it shuts down cleanly, keeping every committed change), then start again.");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof EmbeddedDatabaseRefused refused) {
                throw refused;
            }
            // An unreadable or stale lock file: PostgreSQL checks it again itself.
        }
    }

    /** The server that answered is the one on {@code dataDir}; anything else is refused before a byte is written. */
    static void verify(EmbeddedPostgres postgres, Path dataDir) {
        String served;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW data_directory")) {
            result.next();
            served = result.getString(1);
        } catch (SQLException e) {
            closeQuietly(postgres);
            throw new EmbeddedDatabaseRefused("The embedded PostgreSQL on port " + postgres.getPort()
                    + " did not say which data folder it serves (" + e.getMessage() + ").",
                    "Check what listens on that port, or give the planner's database another port with DB_PORT.");
        }
        if (!sameFolder(Path.of(served), dataDir)) {
            closeQuietly(postgres);
            throw new EmbeddedDatabaseRefused("The PostgreSQL on port " + postgres.getPort() + " serves " + served
                    + ", not the planner's data folder " + dataDir + ". The planner writes nothing into it.",
                    "Stop that server, or give the planner's database another port, for example: DB_PORT="
                            + (postgres.getPort() + 1) + " ./mvnw spring-boot:run");
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // refusing matters more than a clean stop of a server that is not ours
        }
    }
}
