package org.cxplanner.base.presence;

import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Who has which screen open, across every node. Each open screen holds one entry; the node renews its entries
 * ({@link PresenceJanitor}) and an entry that is not renewed expires, so a node that dies leaves no ghosts.
 */
@Service
public class PresenceService {

    public static final String EVENT_KIND = "presence";
    static final Duration LIFETIME = Duration.ofSeconds(45);
    private static final Logger log = LoggerFactory.getLogger(PresenceService.class);

    private final JdbcTemplate jdbc;
    private final PlanEvents events;

    PresenceService(JdbcTemplate jdbc, PlanEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The signed-in user opened {@code screen}; returns the entry to {@link #leave} later. */
    @PreAuthorize("isAuthenticated()")
    public UUID enter(String screen) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String displayName = user.getPrincipal() instanceof SignedInUser signedIn ? signedIn.getDisplayName() : user.getName();
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO presence (id, node_id, username, display_name, screen, expires_at)
                VALUES (?, ?, ?, ?, ?, now() + make_interval(secs => ?))""",
                id, events.nodeId(), user.getName(), displayName, screen, LIFETIME.toSeconds());
        events.publish(EVENT_KIND, screen);
        return id;
    }

    /**
     * The screen closed. No role check on purpose: it also runs when a session expires, on a thread with no
     * signed-in user, and it can only remove the entry whose random id the screen holds.
     */
    public void leave(UUID id) {
        try {
            List<String> screens = jdbc.queryForList("DELETE FROM presence WHERE id = ? RETURNING screen", String.class, id);
            screens.forEach(screen -> events.publish(EVENT_KIND, screen));
        } catch (DataAccessException e) {
            // A closing screen must close even while the database is away; its entry expires on its own.
            log.debug("Could not remove presence entry {}: {}", id, e.getMessage());
        }
    }

    /** Everyone with {@code screen} open, once each, in the order they arrived. */
    @PreAuthorize("isAuthenticated()")
    public List<Present> on(String screen) {
        return jdbc.query("""
                SELECT username, min(display_name) AS display_name FROM presence
                WHERE screen = ? AND expires_at > now()
                GROUP BY username ORDER BY min(since), username""",
                (rs, i) -> new Present(rs.getString(1), rs.getString(2)), screen);
    }
}
