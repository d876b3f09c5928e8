package org.cxplanner.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Whether a new number looks like a typo: far outside what the indicator's recent measurements were. It is a
 * question to the person entering it ("Is 125 right? The last 13 were 38–44."), never a refusal: real jumps happen.
 * "Far" is beyond the recent range by more than the range itself, or a quarter of the largest value, whichever is
 * more, so a steady series still allows ordinary movement and a noisy one allows more.
 */
public final class Plausibility {

    /** Fewer past values than this say too little about what is usual. */
    static final int ENOUGH_HISTORY = 4;

    private Plausibility() {
    }

    public static Optional<String> question(List<BigDecimal> recent, BigDecimal value) {
        if (value == null || recent.size() < ENOUGH_HISTORY) {
            return Optional.empty();
        }
        BigDecimal min = recent.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = recent.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal spread = max.subtract(min);
        BigDecimal quarter = min.abs().max(max.abs()).divide(BigDecimal.valueOf(4));
        BigDecimal margin = spread.max(quarter);
        if (value.compareTo(min.subtract(margin)) >= 0 && value.compareTo(max.add(margin)) <= 0) {
            return Optional.empty();
        }
        return Optional.of("Is " + plain(value) + " right? The last " + recent.size() + " were "
                + (min.compareTo(max) == 0 ? plain(min) : plain(min) + "–" + plain(max)) + ".");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
