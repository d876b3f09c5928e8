package org.cxplanner.security;

import java.time.Duration;
import java.util.Optional;

/**
 * Implemented by the users feature: turns the bearer token of an API call into its user, with that user's roles as
 * they are now, and counts the call against the token's limit.
 */
public interface ApiTokenCheck {

    /** Whom a token acts for; {@code readOnly} tokens may only read. */
    record ApiCaller(SignedInUser user, long tokenId, boolean readOnly) {
    }

    /** Unknown, expired, revoked or the user disabled: empty. Over the limit: {@link TooManyCalls}. */
    Optional<ApiCaller> check(String token);

    /** The token made more calls this minute than allowed; it may call again after {@code retryAfter}. */
    final class TooManyCalls extends RuntimeException {

        private final Duration retryAfter;

        public TooManyCalls(Duration retryAfter) {
            super("Too many calls with this token this minute.");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }
}
