package org.cxplanner.e2e;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every table of a plan as it is stored: its columns, its row count, a digest of all its rows and its first rows as
 * text (to show in a failure). Compared over the earlier snapshot's columns, so a later release may add columns.
 */
record PlanSnapshot(Map<String, Table> tables) {

    record Table(List<String> columns, long rows, String digest, List<String> firstRows) {
    }

    static PlanSnapshot of(JdbcTemplate sql, Set<String> skipped) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String table : sql.queryForList("""
                SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename""", String.class)) {
            if (!skipped.contains(table)) {
                List<String> columns = sql.queryForList("""
                        SELECT column_name FROM information_schema.columns
                        WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position""", String.class, table);
                tables.put(table, read(sql, table, columns));
            }
        }
        return new PlanSnapshot(tables);
    }

    /** The same tables read again, over the columns they had in this snapshot. */
    PlanSnapshot againIn(JdbcTemplate sql) {
        Map<String, Table> again = new LinkedHashMap<>();
        tables.forEach((table, before) -> again.put(table, read(sql, table, before.columns())));
        return new PlanSnapshot(again);
    }

    private static Table read(JdbcTemplate sql, String table, List<String> columns) {
        List<String> quoted = new ArrayList<>();
        columns.forEach(column -> quoted.add('"' + column + '"'));
        String row = "ROW(" + String.join(", ", quoted) + ")::text";
        long rows = sql.queryForObject("SELECT count(*) FROM \"" + table + '"', Long.class);
        String digest = sql.queryForObject("SELECT md5(coalesce(string_agg(" + row + ", E'\\n' ORDER BY " + row + "), ''))"
                + " FROM \"" + table + '"', String.class);
        List<String> first = sql.queryForList("SELECT " + row + " FROM \"" + table + "\" ORDER BY 1 LIMIT 3", String.class);
        return new Table(columns, rows, digest, first);
    }

    /** How many rows all tables hold together. */
    long rows() {
        return tables.values().stream().mapToLong(Table::rows).sum();
    }
}
