package org.cxplanner.base.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The migration rule of a rolling upgrade (docs/operations.md, "Several nodes"): while the previous release still
 * serves on the new schema, a migration may add (tables, nullable columns, columns with a default, indexes) but not take
 * away or change what that release reads and writes. A migration that cannot follow it says so on a line
 * {@code -- stop-the-world: <why>}, and its release is upgraded with every node stopped.
 */
final class MigrationRule {

    private static final Map<Pattern, String> BREAKS = Map.of(
            Pattern.compile("\\bDROP\\s+(?!CONSTRAINT\\b|INDEX\\b|NOT\\s+NULL\\b)\\w+"),
            "drops something the previous release may still use",
            Pattern.compile("\\bRENAME\\b"), "renames something the previous release still uses by its old name",
            Pattern.compile("\\bALTER\\s+COLUMN\\s+\\S+\\s+(SET\\s+DATA\\s+)?TYPE\\b"), "changes a column's type under the previous release",
            Pattern.compile("\\bSET\\s+NOT\\s+NULL\\b"), "makes a column required that the previous release may leave empty",
            Pattern.compile("\\bADD\\s+(COLUMN\\s+)?(IF\\s+NOT\\s+EXISTS\\s+)?\\w+\\s+(?:(?!\\bDEFAULT\\b)[^,;])*\\bNOT\\s+NULL\\b(?:(?!\\bDEFAULT\\b)[^,;])*[,;]"),
            "adds a required column without a default, which the previous release's inserts leave out");

    private MigrationRule() {
    }

    /** What in this migration would break the previous release, each as a sentence; empty when it follows the rule. */
    static List<String> breaks(String sql) {
        if (sql.lines().anyMatch(line -> line.strip().matches("--\\s*stop-the-world:\\s*\\S.*"))) {
            return List.of();
        }
        String statements = sql.replaceAll("--[^\\n]*", " ").replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("\\s+", " ")
                .toUpperCase(java.util.Locale.ROOT);
        List<String> found = new ArrayList<>();
        BREAKS.forEach((pattern, why) -> pattern.matcher(statements).results()
                .forEach(match -> found.add(why + ": " + match.group().strip())));
        return found;
    }
}
