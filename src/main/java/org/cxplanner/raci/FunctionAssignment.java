package org.cxplanner.raci;

import java.time.Instant;

/** One line of a function's take-away list: a touchpoint where it is R, A, C or I. */
public record FunctionAssignment(long touchpointId, String touchpoint, String stage, RaciLetter letter,
                                 String updatedBy, Instant updatedAt) {
}
