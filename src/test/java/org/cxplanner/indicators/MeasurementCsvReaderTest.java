package org.cxplanner.indicators;

import org.cxplanner.security.Team;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a measurements CSV into a preview, given the indicators and the caller's teams as plain values. */
@Tag("unit")
class MeasurementCsvReaderTest {

    private static final Indicator CHURN = indicator(1, "Churn", Team.MARKETING, Cadence.WEEKLY);
    private static final Indicator NPS = indicator(2, "Net Promoter Score", Team.CX, Cadence.MONTHLY);

    private static MeasurementImport read(String csv, Set<String> filled) {
        return new MeasurementCsvReader(List.of(CHURN, NPS), Set.of(Team.MARKETING, Team.JOINT), () -> filled)
                .read("numbers.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachLineBecomesTheMeasurementOfItsPeriod() {
        MeasurementImport preview = read("\uFEFFIndicator,Date,Value,Note\nchurn,2026-11-25,\"2,4\",after the campaign\n\n", Set.of());
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.indicator()).isEqualTo("Churn");
            assertThat(row.periodStart()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(row.value()).isEqualByComparingTo(new BigDecimal("2.4"));
            assertThat(row.note()).isEqualTo("after the campaign");
        });
        assertThat(preview.canApply()).isTrue();
    }

    @Test
    void everyProblemIsNamedWithItsLineAndNothingIsImported() {
        MeasurementImport preview = read("Indicator,Date,Value,Note\n"
                + "Retention,2026-11-25,3,\n"
                + "Net Promoter Score,2026-11-01,41,\n"
                + "Churn,25/11/2026,3,\n"
                + "Churn,2026-11-25,three,\n"
                + "Churn,2026-11-24,2.1,\n"
                + "Churn,2026-11-26,2.2,\n"
                + "Churn,2026-11-30,2.3,\n", Set.of(MeasurementCsvReader.key(1, LocalDate.of(2026, 11, 30))));
        assertThat(preview.problems()).containsExactly(
                "Line 2: no indicator is named 'Retention'.",
                "Line 3: your role cannot record customer experience indicators (Net Promoter Score).",
                "Line 4: the date must look like 2026-11-23.",
                "Line 5: the value must be a number.",
                "Line 7: Churn appears twice for the week of 2026-11-23.",
                "Line 8: Churn already has a measurement for the period starting 2026-11-30.");
        assertThat(preview.rows()).isEmpty();
        assertThat(preview.canApply()).isFalse();
    }

    @Test
    void aFileThatIsNotAMeasurementsCsvIsRefusedInWords() {
        assertThat(read("", Set.of()).problems()).containsExactly("The file is empty.");
        assertThat(read("Name,When\nChurn,2026-11-25\n", Set.of()).problems())
                .containsExactly("Line 1: the first line must be the header Indicator,Date,Value,Note.");
        assertThat(new MeasurementCsvReader(List.of(CHURN), Set.of(Team.MARKETING), Set::of)
                .read("numbers.csv", new byte[]{(byte) 0xC3, (byte) 0x28}).problems())
                .containsExactly("The file is not UTF-8 text: save it as CSV UTF-8.");
    }

    private static Indicator indicator(long id, String name, Team team, Cadence cadence) {
        IndicatorForm form = new IndicatorForm();
        form.setName(name);
        form.setKind(IndicatorKind.KPI);
        form.setTeam(team);
        form.setOwnerId(1L);
        form.setUnit("%");
        form.setDirection(Direction.values()[0]);
        form.setTarget(BigDecimal.ONE);
        form.setCadence(cadence);
        Indicator indicator = new Indicator(form);
        try {
            Field field = Indicator.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(indicator, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return indicator;
    }
}
