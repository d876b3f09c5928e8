package org.cxplanner.indicators;

import java.math.BigDecimal;

/** Which way is good. Meeting or beating the target is never bad; inside the range is on track. */
public enum Direction {
    HIGHER("Higher is better"), LOWER("Lower is better"), RANGE("Within a range");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean onTrack(BigDecimal value, BigDecimal target, BigDecimal low, BigDecimal high) {
        return switch (this) {
            case HIGHER -> value.compareTo(target) >= 0;
            case LOWER -> value.compareTo(target) <= 0;
            case RANGE -> value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
        };
    }
}
