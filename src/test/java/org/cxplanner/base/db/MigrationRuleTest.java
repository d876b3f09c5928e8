package org.cxplanner.base.db;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Every migration after the previous release lets that release keep serving during a rolling upgrade (UpgradeIT runs it). */
@Tag("unit")
class MigrationRuleTest {

    @Test
    void everyMigrationSinceThePreviousReleaseLetsItKeepServing() throws IOException {
        Properties previous = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/previous-release.properties")) {
            previous.load(in);
        }
        int last = Integer.parseInt(previous.getProperty("last-migration"));
        TreeMap<Integer, Path> migrations = new TreeMap<>();
        try (var files = Files.list(Path.of("db", "migration"))) {
            files.forEach(file -> {
                String name = file.getFileName().toString();
                migrations.put(Integer.parseInt(name.substring(1, name.indexOf("__"))), file);
            });
        }
        assertThat(migrations).as("the previous release's newest migration is still here, unchanged in number").containsKey(last);
        TreeMap<String, Object> broken = new TreeMap<>();
        for (Path migration : migrations.tailMap(last, false).values()) {
            var problems = MigrationRule.breaks(Files.readString(migration));
            if (!problems.isEmpty()) {
                broken.put(migration.getFileName().toString(), problems);
            }
        }
        assertThat(broken).as("add before use, remove only in the release after (docs/operations.md)").isEmpty();
    }

    @Test
    void whatWouldBreakThePreviousReleaseIsNamed() {
        assertThat(MigrationRule.breaks("ALTER TABLE initiative DROP COLUMN budget;")).singleElement().asString().startsWith("drops");
        assertThat(MigrationRule.breaks("alter table initiative drop budget;")).singleElement().asString().startsWith("drops");
        assertThat(MigrationRule.breaks("DROP TABLE review_rating;")).hasSize(1);
        assertThat(MigrationRule.breaks("ALTER TABLE touchpoint RENAME COLUMN name TO title;")).singleElement().asString()
                .startsWith("renames");
        assertThat(MigrationRule.breaks("ALTER TABLE measurement ALTER COLUMN value TYPE BIGINT;")).hasSize(1);
        assertThat(MigrationRule.breaks("ALTER TABLE message ALTER COLUMN body SET NOT NULL;")).singleElement().asString()
                .startsWith("makes a column required");
        assertThat(MigrationRule.breaks("ALTER TABLE initiative ADD COLUMN budget INTEGER NOT NULL;")).singleElement().asString()
                .startsWith("adds a required column without a default");
        assertThat(MigrationRule.breaks("ALTER TABLE initiative ADD COLUMN budget INTEGER NOT NULL DEFAULT 0,\n"
                + "  ADD COLUMN region VARCHAR(20) NOT NULL;")).singleElement().asString().contains("REGION");
        assertThat(MigrationRule.breaks("ALTER TABLE initiative ALTER COLUMN budget DROP DEFAULT;")).hasSize(1);
    }

    @Test
    void additionsFollowTheRuleAndAStopTheWorldMigrationSaysWhy() {
        assertThat(MigrationRule.breaks("""
                -- Budgets per initiative; old releases ignore them.
                ALTER TABLE initiative ADD COLUMN budget_note VARCHAR(200), ADD COLUMN budget INTEGER NOT NULL DEFAULT 0;
                CREATE TABLE initiative_budget (initiative_id BIGINT NOT NULL REFERENCES initiative (id), PRIMARY KEY (initiative_id));
                CREATE INDEX initiative_budget_amount ON initiative_budget (initiative_id);
                ALTER TABLE message ALTER COLUMN body DROP NOT NULL;
                ALTER TABLE touchpoint DROP CONSTRAINT touchpoint_name_check;
                DROP INDEX touchpoint_old;
                UPDATE initiative SET budget = 0 WHERE budget IS NULL;""")).isEmpty();
        assertThat(MigrationRule.breaks("""
                -- stop-the-world: the old column names are gone; every node stops for this release (CHANGELOG says so).
                ALTER TABLE touchpoint RENAME COLUMN name TO title;""")).isEmpty();
        assertThat(MigrationRule.breaks("-- stop-the-world:\nDROP TABLE review_rating;")).as("the reason is not optional").hasSize(1);
    }
}
