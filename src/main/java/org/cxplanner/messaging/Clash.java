package org.cxplanner.messaging;

import java.time.LocalDate;

/** Another message to the same audience stage within the clash window of this one. */
public record Clash(long messageId, long otherId, String otherTitle, LocalDate otherDate) {
}
