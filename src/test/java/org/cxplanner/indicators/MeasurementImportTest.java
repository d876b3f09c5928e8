package org.cxplanner.indicators;

import org.cxplanner.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasurementImportTest extends IntegrationTest {

    @Autowired
    private MeasurementImportService imports;

    private final LocalDate thisWeek = LocalDate.now().with(DayOfWeek.MONDAY);

    @Test
    void aCleanFileIsPreviewedThenImportedAllAtOnce() {
        actAs("cx", "CX");
        MeasurementImport preview = imports.preview("week.csv", csv("""
                Indicator,Date,Value,Note
                Churn,%s,1.9,after the billing fix
                Easy to get help,%s,"8,2",
                """.formatted(thisWeek.plusDays(2), thisWeek)));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(MeasurementImport.Row::periodStart).containsOnly(thisWeek);
        int before = count();
        assertThat(imports.apply(preview)).isEqualTo(2);
        assertThat(count()).isEqualTo(before + 2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM change_history WHERE area = 'INDICATORS' AND source = 'IMPORT'",
                Integer.class)).isEqualTo(2);
    }

    @Test
    void everyProblemIsNamedWithItsLineAndNothingIsImported() {
        actAs("cx", "CX");
        MeasurementImport preview = imports.preview("bad.csv", csv("""
                Indicator,Date,Value,Note
                Churn,yesterday,1.9,
                Nobody knows,%s,1,
                Lead conversion,%s,3.1,
                Easy to get help,%s,lots,
                Saves me time,%s,14,
                Saves me time,%s,13,
                Net Promoter Score,%s,40,
                """.formatted(thisWeek, thisWeek, thisWeek, thisWeek, thisWeek.plusDays(1), thisWeek.minusWeeks(1))));
        assertThat(preview.canApply()).isFalse();
        assertThat(preview.rows()).isEmpty();
        assertThat(preview.problems()).containsExactly(
                "Line 2: the date must look like 2026-11-23.",
                "Line 3: no indicator is named 'Nobody knows'.",
                "Line 4: your role cannot record marketing indicators (Lead conversion).",
                "Line 5: the value must be a number.",
                "Line 7: Saves me time appears twice for the week of " + thisWeek + ".",
                "Line 8: Net Promoter Score already has a measurement for the period starting " + thisWeek.minusWeeks(1) + ".");
        assertThat(imports.preview("x.csv", new byte[0]).problems()).containsExactly("The file is empty.");
        assertThat(imports.preview("x.csv", new byte[]{(byte) 0xC3, (byte) 0x28}).problems())
                .containsExactly("The file is not UTF-8 text: save it as CSV UTF-8.");
    }

    @Test
    void viewersAndAdministratorsCannotImport() {
        for (String role : new String[]{"VIEWER", "ADMIN"}) {
            actAs("someone", role);
            assertThatThrownBy(() -> imports.preview("x.csv", csv("Indicator,Date,Value,Note\n"))).isInstanceOf(AccessDeniedException.class);
        }
    }

    private int count() {
        return jdbc.queryForObject("SELECT count(*) FROM measurement", Integer.class);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
