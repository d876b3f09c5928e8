package org.cxplanner.base.presence;

import jakarta.annotation.PreDestroy;
import org.cxplanner.base.events.PlanEvents;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's presence entries alive while their browsers are connected, and removes everyone's expired
 * entries (a browser gone without unload, a node that died), telling the screens concerned.
 */
@Component
public class PresenceJanitor {

    private final JdbcTemplate jdbc;
    private final PlanEvents events;

    private final PresenceService presence;

    PresenceJanitor(JdbcTemplate jdbc, PlanEvents events, PresenceService presence) {
        this.jdbc = jdbc;
        this.events = events;
        this.presence = presence;
    }

    @Scheduled(fixedDelayString = "${cxp.presence.renew-every:10s}", initialDelayString = "${cxp.presence.renew-every:10s}")
    public void renewAndExpire() {
        presence.renewConnected();
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
