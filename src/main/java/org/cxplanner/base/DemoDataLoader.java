package org.cxplanner.base;

import org.cxplanner.base.db.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Comparator;
import java.util.List;

/**
 * Gives a newcomer a working plan at once: on an embedded database with no users yet, every feature writes
 * its demo data, all in one transaction. An external database never gets demo data.
 */
@Component
@Order(10)
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DatabaseMode databaseMode;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final List<DemoDataSeeder> seeders;

    DemoDataLoader(DatabaseMode databaseMode, JdbcTemplate jdbc, TransactionTemplate transactions,
                   List<DemoDataSeeder> seeders) {
        this.databaseMode = databaseMode;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.seeders = seeders.stream().sorted(Comparator.comparingInt(DemoDataSeeder::getOrder)).toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!databaseMode.isEmbedded()) {
            return;
        }
        Integer users = jdbc.queryForObject("SELECT count(*) FROM app_user", Integer.class);
        if (users != null && users > 0) {
            return;
        }
        loadDemoData();
        log.info("Demo data created: sign in as admin, cmo, cco, marketer, cx or viewer with the password 'demo-password'");
    }

    /** Writes the whole demo plan; also used by tests to reset to a known state. */
    public void loadDemoData() {
        transactions.executeWithoutResult(status -> seeders.forEach(DemoDataSeeder::seed));
    }
}
