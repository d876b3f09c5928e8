package org.cxplanner.review;

import java.time.Instant;

/** A decision taken in a review, optionally about one plan item, and the value of that item it pins, if any. */
public record Decision(long id, ReviewWeek week, String text, PlanLink link, String decidedByName, Instant decidedAt,
                       DecisionPin pin) {

    public Decision(long id, ReviewWeek week, String text, PlanLink link, String decidedByName, Instant decidedAt) {
        this(id, week, text, link, decidedByName, decidedAt, null);
    }

    Decision withPin(DecisionPin pin) {
        return new Decision(id, week, text, link, decidedByName, decidedAt, pin);
    }
}
