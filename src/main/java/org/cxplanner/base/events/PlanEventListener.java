package org.cxplanner.base.events;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * One thread per node that listens on the plan's channel over a dedicated connection (not one of the pool's:
 * it is held for the life of the node). When the connection drops it reconnects with back-off and then tells
 * every subscriber to reload everything, since notifications sent meanwhile are lost.
 */
@Component
public class PlanEventListener implements SmartLifecycle {

    static final String APPLICATION_NAME = "cxp-plan-events";
    private static final Logger log = LoggerFactory.getLogger(PlanEventListener.class);
    private static final int POLL_MILLIS = 500;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final PlanEvents events;
    private final DataSource dataSource;
    private volatile boolean running;
    private volatile boolean connected;
    private volatile Connection connection;
    private Thread thread;

    PlanEventListener(PlanEvents events, DataSource dataSource) {
        this.events = events;
        this.dataSource = dataSource;
    }

    /** Whether this node hears changes right now; shown by the health endpoint. */
    public boolean isConnected() {
        return connected;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("plan-events-" + events.nodeId()).daemon().start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        closeQuietly(connection);
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        connected = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        long backoffMillis = 100;
        boolean missedSome = false;
        while (running) {
            try (Connection listening = connect()) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + PlanEvents.CHANNEL);
                }
                connected = true;
                backoffMillis = 100;
                if (missedSome) {
                    log.info("Plan events: listening again; open screens reload");
                    events.deliverEverything();
                }
                PGConnection pg = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                connected = false;
                if (!running) {
                    break;
                }
                missedSome = true;
                log.warn("Plan events: lost the database connection ({}); retrying in {} ms", e.getMessage(), backoffMillis);
                if (!pause(backoffMillis)) {
                    break;
                }
                backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF.toMillis());
            }
        }
        connected = false;
    }

    private void deliver(String payload) {
        try {
            events.deliver(PlanEvent.fromPayload(payload));
        } catch (IllegalArgumentException e) {
            log.warn("Plan events: ignored a malformed notification: {}", payload);
        }
    }

    private Connection connect() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        Properties properties = new Properties();
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing to unblock the listener during shutdown; nothing to do if it is already gone
            }
        }
    }
}
