package org.cxplanner.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void pausesAnAccountAfterFiveFailuresForTheWindow() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("CMO", "10.0.0.1");
        }
        assertThat(throttle.isBlocked("cmo", "10.0.0.2")).isFalse();
        throttle.recordFailure("cmo", "10.0.0.1");
        assertThat(throttle.isBlocked("cmo", "10.0.0.2")).isTrue();
        assertThat(throttle.isBlocked("cco", "10.0.0.2")).isFalse();

        now = now.plus(LoginThrottle.WINDOW).plus(Duration.ofSeconds(1));
        assertThat(throttle.isBlocked("cmo", "10.0.0.2")).isFalse();
    }

    @Test
    void pausesAnAddressThatGuessesAcrossManyAccounts() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.recordFailure("user" + i, "10.0.0.9");
        }
        assertThat(throttle.isBlocked("cmo", "10.0.0.9")).isTrue();
        assertThat(throttle.isBlocked("cmo", "10.0.0.8")).isFalse();
    }

    @Test
    void aSuccessForgivesTheAccount() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("cx", null);
        }
        throttle.recordSuccess("cx");
        throttle.recordFailure("cx", null);
        assertThat(throttle.isBlocked("cx", null)).isFalse();
    }
}
