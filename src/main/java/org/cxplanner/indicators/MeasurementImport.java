package org.cxplanner.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a measurements CSV would add, or every problem with its line number; applied all at once or not at all. */
public record MeasurementImport(String fileName, List<Row> rows, List<String> problems) {

    public boolean canApply() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    /** One measurement to add: line, indicator, the period it falls in, value and note. */
    public record Row(int line, long indicatorId, String indicator, LocalDate periodStart, BigDecimal value, String note) {
    }
}
