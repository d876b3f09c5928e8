package org.cxplanner.base.jobs;

import java.time.Duration;

/**
 * When the planner asks again after a failed delivery (a mail, a webhook): 1, 5 and 30 minutes, then every 2 hours, so
 * a receiver down for a deploy gets it soon after and one down for long is not hammered.
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    public static Duration attempts(int attemptsSoFar) {
        return switch (attemptsSoFar) {
            case 1 -> Duration.ofMinutes(1);
            case 2 -> Duration.ofMinutes(5);
            case 3 -> Duration.ofMinutes(30);
            default -> Duration.ofHours(2);
        };
    }
}
