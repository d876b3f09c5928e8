package org.cxplanner.review;

import java.time.Instant;

/** A decision taken in a review, optionally about one plan item. */
public record Decision(long id, ReviewWeek week, String text, PlanLink link, String decidedByName, Instant decidedAt) {
}
