package org.cxplanner.indicators;

import org.cxplanner.base.FieldProblem;
import org.cxplanner.indicators.IndicatorService;
import org.cxplanner.indicators.MeasurementImport;
import org.cxplanner.indicators.MeasurementImportService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cxplanner.IntegrationTest;

/** Limits the database enforces are checked first and said in words next to the field (issue: nothing fails silently). */
class MeasurementLimitsTest extends IntegrationTest {

    @Autowired
    private IndicatorService indicators;
    @Autowired
    private MeasurementEntry entry;
    @Autowired
    private MeasurementImportService imports;
    @Test
    void theServiceRefusesATooLargeCorrectionAndATooLongNote() {
        actAs("cmo", "CMO");
        long id = jdbc.queryForObject("""
                SELECT m.indicator_id FROM measurement m JOIN indicator i ON i.id = m.indicator_id
                WHERE i.team = 'MARKETING' ORDER BY m.period_start DESC LIMIT 1""", Long.class);
        var latest = indicators.measurementsOf(id).getLast();
        assertThatThrownBy(() -> entry.correct(id, latest.periodStart(), latest.value(),
                new BigDecimal("1e12"), null)).isInstanceOf(FieldProblem.class).hasMessageStartingWith("Too large");
        assertThatThrownBy(() -> entry.correct(id, latest.periodStart(), latest.value(), BigDecimal.ONE,
                "n".repeat(501))).isInstanceOf(FieldProblem.class).hasMessageContaining("at most 500");
        assertThat(indicators.measurementsOf(id).getLast().value()).isEqualByComparingTo(latest.value());
    }

    @Test
    void anImportWithATooLongNoteOrValueNamesTheLine() {
        actAs("cx", "CX");
        LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY);
        String csv = """
                Indicator,Date,Value,Note
                Churn,%s,1.9,%s
                Easy to get help,%s,123456789012345,
                """.formatted(monday, "n".repeat(600), monday);
        MeasurementImport preview = imports.preview("notes.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.canApply()).isFalse();
        assertThat(preview.problems()).containsExactly(
                "Line 2: The note is too long: 600 characters, at most 500.",
                "Line 3: Too large: a number may have at most 11 digits before the decimal point.");
    }
}
