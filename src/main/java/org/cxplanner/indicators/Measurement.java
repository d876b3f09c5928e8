package org.cxplanner.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One value for one period, and who recorded it when. */
public record Measurement(long indicatorId, LocalDate periodStart, BigDecimal value, String note, String recordedBy,
                          Instant recordedAt) {

    /** The column is NUMERIC(14, 3): eleven digits before the point, three after. */
    public static final BigDecimal LARGEST = new BigDecimal("99999999999.999");
    public static final int MAX_DECIMALS = 3;
    public static final int MAX_NOTE = 500;

    /** What is wrong with a value the database would refuse or round, or null when it fits. */
    public static String valueProblem(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.abs().compareTo(LARGEST) > 0) {
            return "Too large: a number may have at most 11 digits before the decimal point.";
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return "At most " + MAX_DECIMALS + " decimals.";
        }
        return null;
    }

    public static String noteProblem(String note) {
        return note != null && note.strip().length() > MAX_NOTE
                ? "The note is too long: " + note.strip().length() + " characters, at most " + MAX_NOTE + "." : null;
    }
}
