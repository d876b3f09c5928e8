package org.cxplanner.messaging;

import org.cxplanner.base.ReadableDates;

import java.time.LocalDate;

/** A message whose send date comes before the end of an initiative it promises that is not done (or was dropped). */
public record LatePromise(long messageId, String messageTitle, LocalDate sendDate, long initiativeId, String initiativeTitle,
                          LocalDate initiativeEnd, boolean dropped) {

    /** "promises 'Help centre search' which ends 14 Jan 2027, after this send date". */
    public String text() {
        return dropped ? "promises '" + initiativeTitle + "', which was dropped"
                : "promises '" + initiativeTitle + "' which ends " + ReadableDates.of(initiativeEnd) + ", after this send date";
    }
}
