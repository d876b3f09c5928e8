package org.cxplanner.review;

import java.time.Instant;

/** A review in the list of reviews: its week, whether it is closed and by whom, and what it produced. */
public record ReviewSummary(ReviewWeek week, ReviewStatus status, String closedByName, Instant closedAt, int decisions,
                            int actions, int openActions) {
}
