package org.cxplanner.messaging;

import org.cxplanner.catalog.CatalogKind;
import org.cxplanner.catalog.CatalogUsage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** A touchpoint a message is linked to, or a stage it is addressed to, cannot be deleted (only archived). */
@Component
class MessagingCatalogUsage implements CatalogUsage {

    private final JdbcTemplate jdbc;

    MessagingCatalogUsage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> usesOf(CatalogKind kind, long id) {
        String sql = switch (kind) {
            case TOUCHPOINT -> "SELECT m.title FROM message m JOIN message_touchpoint t ON t.message_id = m.id WHERE t.touchpoint_id = ? ORDER BY m.title";
            case STAGE -> "SELECT title FROM message WHERE audience_stage_id = ? ORDER BY title";
            case FUNCTION -> null;
        };
        if (sql == null) {
            return List.of();
        }
        List<String> titles = jdbc.queryForList(sql, String.class, id);
        return titles.isEmpty() ? List.of() : List.of(titles.size() + (titles.size() == 1 ? " message (" : " messages (")
                + String.join(", ", titles.stream().limit(3).toList()) + (titles.size() > 3 ? ", …)" : ")"));
    }
}
