package org.cxplanner.base.presence;

import org.cxplanner.base.events.EventKind;

import org.cxplanner.security.Roles;

import org.cxplanner.security.CurrentUser;

import org.cxplanner.base.events.PlanEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Who has which screen open, across every node. Each open screen holds one entry; the node renews the entries whose
 * browser is still connected ({@link PresenceJanitor}) and an entry that is not renewed expires, so a browser that
 * disappeared without saying goodbye (killed, a closed laptop, a lost network) and a node that died leave no ghosts.
 */
@Service
public class PresenceService {

    public static final EventKind EVENT_KIND = EventKind.of("presence");
    /**
     * How long an entry lives unless renewed ({@code cxp.presence.lifetime}, 30 s); renewed every 10 s
     * ({@code cxp.presence.renew-every}): a browser gone without unload is gone within 40 s.
     */
    private final Duration lifetime;
    private static final Logger log = LoggerFactory.getLogger(PresenceService.class);

    private final JdbcTemplate jdbc;
    private final PlanEvents events;

    PresenceService(JdbcTemplate jdbc, PlanEvents events,
                    @org.springframework.beans.factory.annotation.Value("${cxp.presence.lifetime:30s}") Duration lifetime) {
        this.lifetime = lifetime;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** An entry this node keeps alive while {@code connected} says its browser is still there. */
    private record Entry(String username, String displayName, String screen, BooleanSupplier connected) {
    }

    private final Map<UUID, Entry> open = new ConcurrentHashMap<>();
    /**
     * Screens' entries are written and removed here, after the request that opened or left the screen is answered
     * ({@link org.cxplanner.base.AfterTheAnswer}): a navigation does not wait for the statements and the
     * notifications to colleagues, nor share the processor with them. One thread, so an entry's removal always follows
     * its writing.
     */
    private final java.util.concurrent.ExecutorService afterTheScreen = java.util.concurrent.Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("presence-writes").daemon().factory());

    /** A node stopping still removes the entries of the screens that just closed. */
    @jakarta.annotation.PreDestroy
    void stop() {
        settle();
        afterTheScreen.shutdown();
    }

    /** The signed-in user opened {@code screen} somewhere with no browser to watch: the entry lapses unless left sooner. */
    @PreAuthorize(Roles.SIGNED_IN)
    public UUID enter(String screen) {
        return enter(screen, null);
    }

    /**
     * The signed-in user opened {@code screen} in a browser; the entry is renewed only while {@code connected} is
     * true (never when it is null). Returns the entry to {@link #leave} later.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public UUID enter(String screen, BooleanSupplier connected) {
        UUID id = UUID.randomUUID();
        write(id, CurrentUser.name(), CurrentUser.displayName(), screen, connected, events.currentOrigin());
        return id;
    }

    /**
     * As {@link #enter(String, BooleanSupplier)}, but the entry is written after the caller's request is answered;
     * {@code everyone} then gets who has the screen open (the caller included), on another thread.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public UUID enterSoon(String screen, BooleanSupplier connected, java.util.function.Consumer<List<Present>> everyone) {
        String username = CurrentUser.name();
        String displayName = CurrentUser.displayName();
        // The screen's own tab learns who is there from {@code everyone}: the announcement skips it, as before.
        String origin = events.currentOrigin();
        UUID id = UUID.randomUUID();
        soon(() -> {
            try {
                write(id, username, displayName, screen, connected, origin);
            } catch (RuntimeException e) {
                if (connected != null) {
                    open.put(id, new Entry(username, displayName, screen, connected));
                }
                throw e;
            }
            everyone.accept(everyoneOn(screen));
        });
        return id;
    }

    /** As {@link #leave}, after the caller's request is answered; the entry is no longer renewed from now. */
    public void leaveSoon(UUID id) {
        open.remove(id);
        String origin = events.currentOrigin();
        soon(() -> remove(id, origin));
    }

    /** Waits (up to 5 s) until the entries asked for so far are written or removed: for tests, and a node stopping. */
    public void settle() {
        try {
            afterTheScreen.submit(() -> { }).get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.RejectedExecutionException | java.util.concurrent.ExecutionException
                 | java.util.concurrent.TimeoutException stopped) {
            log.debug("Presence writes did not settle: {}", stopped.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void soon(Runnable work) {
        org.cxplanner.base.AfterTheAnswer.start(() -> {
            try {
                afterTheScreen.execute(() -> {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        // A screen never fails for its presence: an entry not written is written by the next renewal
                        // (it is already in the renewal's list), one not removed lapses within the lifetime.
                        log.warn("Presence change failed, corrected by the next renewal or the entry's expiry: {}", e.getMessage());
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                log.debug("Presence change dropped while stopping");
            }
        });
    }

    private void write(UUID id, String username, String displayName, String screen, BooleanSupplier connected,
                       String origin) {
        jdbc.update("""
                INSERT INTO presence (id, node_id, username, display_name, screen, expires_at)
                VALUES (?, ?, ?, ?, ?, now() + make_interval(secs => ?)) ON CONFLICT (id) DO NOTHING""",
                id, events.nodeId(), username, displayName, screen, lifetime.toSeconds());
        // Only now for the renewal: taken earlier, a renewal running meanwhile wrote the row first and this insert
        // failed, which showed the screen being opened as an error page.
        if (connected != null) {
            open.put(id, new Entry(username, displayName, screen, connected));
        }
        events.publishAs(origin, EVENT_KIND, screen);
    }

    /**
     * Renews, in one statement, this node's entries whose browsers are still connected; an entry that had lapsed
     * while its browser was away (a network blip longer than the lifetime) comes back. The others are left to expire.
     */
    void renewConnected() {
        List<UUID> ids = new ArrayList<>();
        List<String> usernames = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> screens = new ArrayList<>();
        open.forEach((id, entry) -> {
            if (stillConnected(entry)) {
                ids.add(id);
                usernames.add(entry.username());
                names.add(entry.displayName());
                screens.add(entry.screen());
            }
        });
        if (ids.isEmpty()) {
            return;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    INSERT INTO presence (id, node_id, username, display_name, screen, expires_at)
                    SELECT e.id, ?, e.username, e.display_name, e.screen, now() + make_interval(secs => ?)
                    FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) AS e(id, username, display_name, screen)
                    ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at
                    RETURNING screen, (xmax = 0) AS came_back""");
            statement.setString(1, events.nodeId());
            statement.setLong(2, lifetime.toSeconds());
            statement.setArray(3, connection.createArrayOf("uuid", ids.toArray()));
            statement.setArray(4, connection.createArrayOf("text", usernames.toArray()));
            statement.setArray(5, connection.createArrayOf("text", names.toArray()));
            statement.setArray(6, connection.createArrayOf("text", screens.toArray()));
            return statement;
        }, (rs, i) -> rs.getBoolean(2) ? rs.getString(1) : null).stream()
                .filter(java.util.Objects::nonNull).distinct().forEach(screen -> events.publish(EVENT_KIND, screen));
    }

    private static boolean stillConnected(Entry entry) {
        try {
            return entry.connected().getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The screen closed. No role check on purpose: it also runs when a session expires, on a thread with no
     * signed-in user, and it can only remove the entry whose random id the screen holds.
     */
    public void leave(UUID id) {
        remove(id, events.currentOrigin());
    }

    private void remove(UUID id, String origin) {
        open.remove(id);
        try {
            List<String> screens = jdbc.queryForList("DELETE FROM presence WHERE id = ? RETURNING screen", String.class, id);
            screens.forEach(screen -> events.publishAs(origin, EVENT_KIND, screen));
        } catch (DataAccessException e) {
            // A closing screen must close even while the database is away; its entry expires on its own.
            log.debug("Could not remove presence entry {}: {}", id, e.getMessage());
        }
    }

    /** Everyone with {@code screen} open, once each, in the order they arrived. */
    @PreAuthorize(Roles.SIGNED_IN)
    public List<Present> on(String screen) {
        return everyoneOn(screen);
    }

    private List<Present> everyoneOn(String screen) {
        return jdbc.query("""
                SELECT username, min(display_name) AS display_name FROM presence
                WHERE screen = ? AND expires_at > now()
                GROUP BY username ORDER BY min(since), username""",
                (rs, i) -> new Present(rs.getString(1), rs.getString(2)), screen);
    }
}
