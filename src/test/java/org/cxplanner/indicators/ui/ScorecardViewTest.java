package org.cxplanner.indicators.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import org.cxplanner.KaribuTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class ScorecardViewTest extends KaribuTest {

    @Test
    void aCxUserSeesOffTrackFirstTheGuardrailPairAndTrends() {
        ScorecardView view = open("cx");
        assertThat(view.summary.getText()).isEqualTo("3 indicators are off track · 1 guardrail warning");
        List<ScorecardLine> rows = GridKt._findAll(view.grid);
        assertThat(rows.getFirst().status()).isEqualTo("Off track");
        assertThat(rows).filteredOn(r -> r.guardrail() != null).extracting(ScorecardLine::name)
                .containsExactlyInAnyOrder("Lead conversion", "Understands my needs");
        assertThat(rows.getFirst().points().split(" ")).hasSize(13);
        _setValue(view.status, "Guardrail warning");
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
    }

    @Test
    void thisWeeksNumbersAreEnteredInOneFormAndTheScorecardChanges() {
        ScorecardView view = open("cx");
        _click(view.enter);
        WeeklyEntryDialog dialog = _get(WeeklyEntryDialog.class);
        assertThat(dialog.fields).hasSize(5);
        long churn = jdbc.queryForObject("SELECT id FROM indicator WHERE name = 'Churn'", Long.class);
        _setValue(dialog.fields.get(churn), new BigDecimal("1.8"));
        _click(dialog.save);
        expectNotifications("Saved 1 number.");
        assertThat(GridKt._findAll(view.grid)).filteredOn(r -> r.name().equals("Churn"))
                .singleElement().satisfies(r -> {
                    assertThat(r.status()).isEqualTo("On track");
                    assertThat(r.due()).isFalse();
                });
        assertThat(view.summary.getText()).startsWith("2 indicators are off track");
    }

    @Test
    void theHomePageTileOpensTheOffTrackIndicators() {
        login("viewer");
        com.vaadin.flow.component.UI.getCurrent().navigate("indicators", com.vaadin.flow.router.QueryParameters.fromString("status=Off%20track"));
        ScorecardView view = _get(ScorecardView.class);
        assertThat(view.status.getValue()).isEqualTo("Off track");
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
    }

    @Test
    void viewersCannotEnterNumbers() {
        assertThat(open("viewer").enter.isVisible()).isFalse();
    }

    @Test
    void anIndicatorPageDrawsEveryMeasurementAndNamesItsGuardrailPartner() {
        long id = jdbc.queryForObject("SELECT id FROM indicator WHERE name = 'Lead conversion'", Long.class);
        login("viewer");
        com.vaadin.flow.component.UI.getCurrent().navigate(IndicatorView.class, id);
        IndicatorView page = _get(IndicatorView.class);
        assertThat(page.partner.getText()).startsWith("Guarded by the CPI Understands my needs (off track).")
                .contains("Growing at the customer's expense");
        var svg = page.chart.getElement().getChild(0).getChild(0);
        assertThat(svg.getTag()).isEqualTo("svg");
        assertThat(svg.getChildren().filter(e -> e.getTag().equals("circle")).count()).isEqualTo(13);
        assertThat(svg.getChildren().filter(e -> e.getTag().equals("polyline")).findFirst().orElseThrow()
                .getAttribute("points").split(" ")).hasSize(13);
        assertThat(GridKt._size(page.table)).isEqualTo(13);
        assertThat(page.initiatives.getElement().getTextRecursively()).contains("Pricing page clarity (In progress)");
    }

    private ScorecardView open(String username) {
        loginAndOpen(username, "indicators");
        return _get(ScorecardView.class);
    }

    @Test
    void aNumberFarOutsideTheUsualOnesIsAskedAboutBeforeItIsSaved() {
        loginAndOpen("cco", "indicators");
        _click(_get(ScorecardView.class).enter);
        WeeklyEntryDialog dialog = _get(WeeklyEntryDialog.class);
        long nps = jdbc.queryForObject("SELECT id FROM indicator WHERE name = 'Net Promoter Score'", Long.class);
        int before = jdbc.queryForObject("SELECT count(*) FROM measurement", Integer.class);
        var field = dialog.fields.get(nps);
        _setValue(field, new BigDecimal("125"));
        _click(dialog.save);
        assertThat(field.getHelperText()).matches("⚠ Is 125 right\\? The last \\d+ were \\d+(\\.\\d+)?–\\d+(\\.\\d+)?\\. Save again to keep it\\.");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM measurement", Integer.class)).as("nothing saved yet").isEqualTo(before);

        _setValue(field, new BigDecimal("43"));
        _click(dialog.save);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM measurement", Integer.class)).as("a usual number saves at once").isEqualTo(before + 1);
    }

    @Test
    void anUnusualNumberIsKeptWhenSavedAgain() {
        loginAndOpen("cco", "indicators");
        _click(_get(ScorecardView.class).enter);
        WeeklyEntryDialog dialog = _get(WeeklyEntryDialog.class);
        long nps = jdbc.queryForObject("SELECT id FROM indicator WHERE name = 'Net Promoter Score'", Long.class);
        int before = jdbc.queryForObject("SELECT count(*) FROM measurement", Integer.class);
        _setValue(dialog.fields.get(nps), new BigDecimal("125"));
        _click(dialog.save);
        _click(dialog.save);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM measurement", Integer.class)).isEqualTo(before + 1);
    }
}
