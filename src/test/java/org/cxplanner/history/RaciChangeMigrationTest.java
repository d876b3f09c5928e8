package org.cxplanner.history;

import org.cxplanner.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An installation upgraded from the RACI-only release keeps every recorded cell change in the new history. */
class RaciChangeMigrationTest extends IntegrationTest {

    private static final String SCHEMA = "upgrade_check";

    @Autowired
    private DataSource dataSource;

    @AfterEach
    void dropScratchSchema() {
        jdbc.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    @Test
    void raciChangesMoveIntoTheChangeHistory() {
        flyway("2").migrate();
        jdbc.execute("""
                INSERT INTO upgrade_check.journey_stage (name, position) VALUES ('Awareness', 1);
                INSERT INTO upgrade_check.touchpoint (name, stage_id, channel, position) VALUES ('Website', 1, 'WEB', 1);
                INSERT INTO upgrade_check.business_function (name, position) VALUES ('CMO', 1), ('Sales', 2);
                INSERT INTO upgrade_check.raci_change (touchpoint_id, function_id, old_letter, new_letter, changed_by, changed_at, source)
                VALUES (1, 1, NULL, 'A', 'cmo', '2026-11-02T09:00:00Z', 'EDIT'),
                       (1, 2, 'C', 'I', 'cco', '2026-11-03T09:00:00Z', 'IMPORT')""");

        flyway(null).migrate();

        List<String> moved = jdbc.queryForList("""
                SELECT concat_ws('|', changed_by, area, item_kind, item_id, item_label, field, coalesce(old_value, '-'),
                                 new_value, source, to_char(changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'))
                FROM upgrade_check.change_history ORDER BY changed_at""", String.class);
        assertThat(moved).containsExactly("cmo|RACI|TOUCHPOINT|1|Website|CMO|-|A|EDIT|2026-11-02",
                "cco|RACI|TOUCHPOINT|1|Website|Sales|C|I|IMPORT|2026-11-03");
        assertThat(jdbc.queryForObject("SELECT to_regclass('upgrade_check.raci_change') IS NULL", Boolean.class)).isTrue();
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }
}
