package org.cxplanner.indicators;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the scorecard: the latest value against target, on or off track, the change since the previous
 * measurement, how many of the last three were on track, the trend of the last 13, whether this period is still
 * due, and a guardrail warning when a KPI is on track while the CPI guarding it is off track.
 */
public record ScorecardRow(Indicator indicator, String ownerName, List<Measurement> trend, Boolean onTrack,
                           BigDecimal change, int onTrackOfLast3, boolean due, String guardrail) {

    public BigDecimal latest() {
        return trend.isEmpty() ? null : trend.getLast().value();
    }

    public String statusLabel() {
        return onTrack == null ? "No data" : onTrack ? "On track" : "Off track";
    }

    /** Polyline points of the trend in a 100 × 24 box, with the target (or range) as a line, for a small chart. */
    public String sparkline() {
        if (trend.size() < 2) {
            return "";
        }
        double[] bounds = bounds();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < trend.size(); i++) {
            double x = 100.0 * i / (trend.size() - 1);
            points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y(trend.get(i).value().doubleValue(), bounds)));
        }
        return points.toString().strip();
    }

    /** The target line's height in the same box ({@code -1} when there is no single target). */
    public double targetY() {
        Indicator i = indicator;
        BigDecimal line = i.getDirection() == Direction.RANGE ? null : i.getTarget();
        return line == null || trend.isEmpty() ? -1 : y(line.doubleValue(), bounds());
    }

    private double[] bounds() {
        double min = trend.stream().mapToDouble(m -> m.value().doubleValue()).min().orElse(0);
        double max = trend.stream().mapToDouble(m -> m.value().doubleValue()).max().orElse(1);
        for (BigDecimal target : new BigDecimal[]{indicator.getTarget(), indicator.getTargetLow(), indicator.getTargetHigh()}) {
            if (target != null) {
                min = Math.min(min, target.doubleValue());
                max = Math.max(max, target.doubleValue());
            }
        }
        return new double[]{min, max == min ? min + 1 : max};
    }

    private static double y(double value, double[] bounds) {
        return 22 - 20 * (value - bounds[0]) / (bounds[1] - bounds[0]);
    }
}
