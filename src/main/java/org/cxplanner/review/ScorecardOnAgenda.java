package org.cxplanner.review;

import org.cxplanner.indicators.IndicatorKind;
import org.cxplanner.indicators.ScorecardRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The scorecard section: indicators off track, KPIs whose guardrail warns, and numbers not yet recorded. */
final class ScorecardOnAgenda {

    static final String OFF_TRACK = "Off track";
    static final String GUARDRAIL = "Guardrail warnings";
    static final String NO_MEASUREMENT = "No measurement this period";

    private ScorecardOnAgenda() {
    }

    static List<AgendaItem> items(List<ScorecardRow> rows) {
        List<AgendaItem> items = new ArrayList<>();
        for (ScorecardRow row : rows) {
            if (Boolean.FALSE.equals(row.onTrack())) {
                items.add(indicator(row, OFF_TRACK, Tone.ALERT, "Latest " + value(row.latest(), row) + " against "
                        + row.indicator().targetText() + " · " + row.onTrackOfLast3() + " of the last 3 on track · " + row.ownerName()));
            }
        }
        for (ScorecardRow row : rows) {
            if (row.guardrail() != null && row.indicator().getKind() == IndicatorKind.KPI) {
                items.add(indicator(row, GUARDRAIL, Tone.WARNING, row.guardrail()));
            }
        }
        for (ScorecardRow row : rows) {
            if (row.due()) {
                items.add(indicator(row, NO_MEASUREMENT, Tone.WARNING, "No " + row.indicator().getCadence().name()
                        .toLowerCase(Locale.ROOT) + " value yet for this period · " + row.indicator().getTeam().label()
                        + " records it · " + row.ownerName()));
            }
        }
        return items;
    }

    private static AgendaItem indicator(ScorecardRow row, String group, Tone tone, String detail) {
        return new AgendaItem(AgendaSection.SCORECARD, group, row.indicator().getName() + " (" + row.indicator().getKind() + ")",
                detail, "indicators/" + row.indicator().getId(), tone);
    }

    private static String value(BigDecimal value, ScorecardRow row) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString() + " " + row.indicator().getUnit();
    }
}
