package org.cxplanner.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One value for one period, and who recorded it when. */
public record Measurement(long indicatorId, LocalDate periodStart, BigDecimal value, String note, String recordedBy,
                          Instant recordedAt) {
}
