package org.cxplanner.indicators.ui;

import org.cxplanner.indicators.Cadence;
import org.cxplanner.indicators.ScorecardRow;

/**
 * A scorecard row as the grid shows it: its texts and the sparkline's points, worked out once. Every open scorecard
 * keeps its rows for as long as it stays open, and a {@link ScorecardRow} carries the indicator and its last 13
 * measurements, which the grid needs only to draw these (see docs/benchmarks.md).
 */
record ScorecardLine(long id, String name, String kind, String team, String owner, String guardrail, String latest,
                     String target, String css, String status, String change, String lastThree, String points,
                     double targetY, int measurements, boolean due, String dueHint) {

    static ScorecardLine of(ScorecardRow row) {
        var indicator = row.indicator();
        return new ScorecardLine(indicator.getId(), indicator.getName(), indicator.getKind().label(), indicator.getTeam().label(),
                row.ownerName(), row.guardrail(),
                row.latest() == null ? "—" : ScorecardView.plain(row.latest()) + " " + indicator.getUnit(),
                indicator.targetText(),
                row.onTrack() == null ? "track-none" : row.onTrack() ? "track-on" : "track-off", row.statusLabel(),
                row.change() == null ? "" : (row.change().signum() > 0 ? "+" : "") + ScorecardView.plain(row.change()),
                row.onTrackOfLast3() + " of " + Math.min(3, row.trend().size()), row.sparkline(), row.targetY(),
                row.trend().size(), row.due(),
                row.due() ? "No measurement for this " + (indicator.getCadence() == Cadence.WEEKLY ? "week" : "month") + " yet" : null);
    }
}
