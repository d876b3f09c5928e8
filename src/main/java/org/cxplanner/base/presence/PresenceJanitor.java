package org.cxplanner.base.presence;

import jakarta.annotation.PreDestroy;
import org.cxplanner.base.events.PlanEvents;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's presence entries alive while their screens are open, and removes everyone's expired entries
 * (a node that died stops renewing), telling the screens concerned.
 */
@Component
public class PresenceJanitor {

    private final JdbcTemplate jdbc;
    private final PlanEvents events;

    PresenceJanitor(JdbcTemplate jdbc, PlanEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${cxp.presence.renew-every:15s}", initialDelayString = "${cxp.presence.renew-every:15s}")
    public void renewAndExpire() {
        jdbc.update("UPDATE presence SET expires_at = now() + make_interval(secs => ?) WHERE node_id = ?",
                PresenceService.LIFETIME.toSeconds(), events.nodeId());
        jdbc.queryForList("DELETE FROM presence WHERE expires_at <= now() RETURNING screen", String.class).stream()
                .distinct().forEach(screen -> events.publish(PresenceService.EVENT_KIND, screen));
    }

    /** A node that stops cleanly takes its entries with it at once instead of letting them expire. */
    @PreDestroy
    void leaveAll() {
        try {
            jdbc.queryForList("DELETE FROM presence WHERE node_id = ? RETURNING screen", String.class, events.nodeId()).stream()
                    .distinct().forEach(screen -> events.publish(PresenceService.EVENT_KIND, screen));
        } catch (DataAccessException e) {
            // The entries expire by themselves when nobody renews them.
        }
    }
}
