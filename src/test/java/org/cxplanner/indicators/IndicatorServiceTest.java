package org.cxplanner.indicators;

import org.cxplanner.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndicatorServiceTest extends IntegrationTest {

    @Autowired
    private IndicatorService indicators;
    @Autowired
    private MeasurementEntry entry;

    @Test
    void directionDecidesWhatOnTrackMeans() {
        assertThat(Direction.HIGHER.onTrack(bd(40), bd(40), null, null)).isTrue();
        assertThat(Direction.HIGHER.onTrack(bd(39.9), bd(40), null, null)).isFalse();
        assertThat(Direction.LOWER.onTrack(bd(1.5), bd(2), null, null)).as("beating a lower-is-better target").isTrue();
        assertThat(Direction.LOWER.onTrack(bd(2.1), bd(2), null, null)).isFalse();
        assertThat(Direction.RANGE.onTrack(bd(8), null, bd(8), bd(10))).isTrue();
        assertThat(Direction.RANGE.onTrack(bd(10.5), null, bd(8), bd(10))).isFalse();
    }

    @Test
    void theScorecardPutsOffTrackFirstAndFlagsTheGuardrailPair() {
        actAs("viewer", "VIEWER");
        List<ScorecardRow> rows = indicators.scorecard();
        assertThat(rows).hasSize(8);
        assertThat(rows.subList(0, 4)).extracting(row -> row.indicator().getName())
                .containsExactly("Churn", "Easy to get help", "Understands my needs", "Lead conversion");
        ScorecardRow conversion = row(rows, "Lead conversion");
        ScorecardRow needs = row(rows, "Understands my needs");
        assertThat(conversion.onTrack()).isTrue();
        assertThat(needs.onTrack()).isFalse();
        assertThat(conversion.guardrail()).isEqualTo("Growing at the customer's expense: Lead conversion is on track while "
                + "Understands my needs is off track.");
        assertThat(needs.guardrail()).isEqualTo(conversion.guardrail());
        assertThat(row(rows, "Saves me time").onTrack()).as("14 minutes beats a 15-minute lower-is-better target").isTrue();
        assertThat(row(rows, "Easy to get help").onTrack()).as("7.6 is outside 8–10").isFalse();
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.trend()).hasSize(13);
            assertThat(row.due()).isTrue();
        });
    }

    @Test
    void aFewIndicatorsRowsMatchTheWholeScorecardsGuardrailsIncluded() {
        actAs("viewer", "VIEWER");
        List<ScorecardRow> all = indicators.scorecard();
        List<ScorecardRow> conversion = indicators.scorecardOf(List.of(id("Lead conversion")));
        assertThat(conversion).extracting(row -> row.indicator().getName()).as("with the CPI that guards it")
                .containsExactlyInAnyOrder("Lead conversion", "Understands my needs");
        assertThat(indicators.scorecardOf(List.of(id("Understands my needs")))).extracting(row -> row.indicator().getName())
                .as("the CPI brings the KPI it guards").containsExactlyInAnyOrder("Lead conversion", "Understands my needs");
        assertThat(row(conversion, "Lead conversion")).usingRecursiveComparison().isEqualTo(row(all, "Lead conversion"));
        assertThat(row(conversion, "Lead conversion").guardrail()).isNotNull();
        assertThat(indicators.scorecardOf(List.of(id("Churn")))).singleElement().usingRecursiveComparison().isEqualTo(row(all, "Churn"));
        assertThat(indicators.scorecardOf(List.of())).isEmpty();
    }

    @Test
    void theGuardrailWarningGoesWhenTheCpiRecovers() {
        actAs("marketer", "MARKETING");
        entry.record(Map.of(id("Understands my needs"), bd(7.8)), LocalDate.now());
        assertThat(row(indicators.scorecard(), "Lead conversion").guardrail()).isNull();
    }

    @Test
    void aWeeksNumbersAreSavedAllOrNothing() {
        actAs("cmo", "CMO");
        long conversion = id("Lead conversion");
        long nps = id("Net Promoter Score");
        long churn = id("Churn");
        assertThatThrownBy(() -> entry.record(Map.of(conversion, bd(3.1), nps, bd(41), churn, bd(2)), LocalDate.now()))
                .isInstanceOf(EntryProblems.class)
                .satisfies(e -> assertThat(((EntryProblems) e).problems()).containsOnlyKeys(churn));
        assertThat(count()).isEqualTo(8 * 13);
        assertThat(entry.record(Map.of(conversion, bd(3.1), nps, bd(41)), LocalDate.now())).isEqualTo(2);
        assertThat(count()).isEqualTo(8 * 13 + 2);
        assertThatThrownBy(() -> entry.record(Map.of(conversion, bd(3.3)), LocalDate.now()))
                .isInstanceOf(EntryProblems.class)
                .satisfies(e -> assertThat(((EntryProblems) e).problems().get(conversion)).startsWith("There is already a measurement for the week of"));
    }

    @Test
    void marketingCannotRecordACxIndicatorNorCanViewersOrAdministrators() {
        actAs("marketer", "MARKETING");
        assertThatThrownBy(() -> entry.record(Map.of(id("Churn"), bd(1.9)), LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Your role cannot record customer experience indicators.");
        for (String role : List.of("VIEWER", "ADMIN")) {
            actAs("someone", role);
            assertThatThrownBy(() -> entry.record(Map.of(id("Net Promoter Score"), bd(41)), LocalDate.now()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        actAs("cx", "CX");
        assertThat(indicators.dueForMe()).extracting(row -> row.indicator().getName())
                .containsExactlyInAnyOrder("Churn", "Easy to get help", "Saves me time", "Net Promoter Score", "Feel recognised for loyalty");
    }

    @Test
    void aMeasurementIsCorrectedOrDeletedByItsOwnSideWithoutOverwritingAColleague() {
        long churn = id("Churn");
        actAs("marketer", "MARKETING");
        Measurement latest = indicators.measurementsOf(churn).getLast();
        assertThatThrownBy(() -> entry.correct(churn, latest.periodStart(), latest.value(), bd(1), null))
                .isInstanceOf(AccessDeniedException.class);
        actAs("cx", "CX");
        entry.correct(churn, latest.periodStart(), latest.value(), bd(2.2), "recount");
        assertThatThrownBy(() -> entry.correct(churn, latest.periodStart(), latest.value(), bd(2.0), null))
                .isInstanceOf(org.cxplanner.base.EditConflict.class).hasMessageStartingWith("Someone changed this measurement to 2.2");
        entry.correct(churn, latest.periodStart(), bd(2.2), null, null);
        assertThat(indicators.measurementsOf(churn)).hasSize(12);
        assertThat(jdbc.queryForList("SELECT concat(old_value, '>', coalesce(new_value, 'deleted')) FROM change_history "
                + "WHERE item_kind = 'INDICATOR' ORDER BY id", String.class)).containsExactly("2.6>2.2", "2.2>deleted");
    }

    @Test
    void anonymousCallersReadNothing() {
        assertThatThrownBy(() -> indicators.scorecard()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> indicators.scorecardOf(List.of(1L))).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void leadsAndAdministratorsDefineIndicatorsOthersCannot() {
        IndicatorForm form = new IndicatorForm();
        form.setName("Time to first value");
        form.setKind(IndicatorKind.CPI);
        form.setTeam(org.cxplanner.security.Team.JOINT);
        form.setOwnerId(jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'cco'", Long.class));
        form.setUnit("days");
        form.setDirection(Direction.RANGE);
        form.setTargetLow(BigDecimal.valueOf(3));
        form.setTargetHigh(BigDecimal.valueOf(1));
        for (String role : List.of("VIEWER", "MARKETING", "CX")) {
            actAs("someone", role);
            assertThatThrownBy(() -> indicators.save(null, 0, form)).isInstanceOf(AccessDeniedException.class);
        }
        actAs("cco", "CCO");
        assertThatThrownBy(() -> indicators.save(null, 0, form)).isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                .hasMessageContaining("low not above high");
        form.setTargetHigh(BigDecimal.valueOf(7));
        Indicator saved = indicators.save(null, 0, form);
        assertThat(saved.targetText()).isEqualTo("3 – 7 days");
        assertThat(indicators.scorecard()).extracting(r -> r.indicator().getName()).contains("Time to first value");
        form.setName("churn");
        assertThatThrownBy(() -> indicators.save(null, 0, form)).isInstanceOf(org.cxplanner.base.FieldProblem.class)
                .hasMessage("An indicator named 'churn' already exists.");
    }

    private static ScorecardRow row(List<ScorecardRow> rows, String name) {
        return rows.stream().filter(r -> r.indicator().getName().equals(name)).findFirst().orElseThrow();
    }

    private long id(String name) {
        return jdbc.queryForObject("SELECT id FROM indicator WHERE name = ?", Long.class, name);
    }

    private int count() {
        return jdbc.queryForObject("SELECT count(*) FROM measurement", Integer.class);
    }

    private static BigDecimal bd(double value) {
        return BigDecimal.valueOf(value);
    }
}
