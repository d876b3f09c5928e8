package org.cxplanner.security;

import org.cxplanner.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures live in PostgreSQL: every node sees them, a restart forgets none, old ones are cleaned up. */
class LoginThrottleTest extends IntegrationTest {

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final Clock clock = new Clock() {
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
    };
    private LoginThrottle throttle;

    @BeforeEach
    void startThrottle() {
        throttle = new LoginThrottle(jdbc, clock);
    }

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

    @Test
    void anotherNodeAndARestartSeeTheSameFailures() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            throttle.recordFailure("cmo", "10.0.0.1");
        }
        LoginThrottle otherNode = new LoginThrottle(jdbc, clock);
        assertThat(otherNode.isBlocked("cmo", "10.0.0.3")).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM login_failure", Integer.class))
                .isEqualTo(LoginThrottle.MAX_FAILURES_PER_ACCOUNT);
    }

    @Test
    void failuresOlderThanTheWindowAreCleanedUp() {
        throttle.recordFailure("cx", "10.0.0.1");
        now = now.plus(LoginThrottle.WINDOW).plus(Duration.ofMinutes(1));
        throttle.recordFailure("cco", "10.0.0.1");
        throttle.forgetOldFailures();
        assertThat(jdbc.queryForList("SELECT account FROM login_failure", String.class)).containsExactly("cco");
    }

    @Test
    void retryingDuringThePauseDoesNotMakeItLongerAndThePauseEndsWhenItSays() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            throttle.recordFailure("cmo", "10.0.0.1");
            now = now.plusSeconds(10);
        }
        Instant fifth = now.minusSeconds(10);
        Instant until = throttle.pausedUntil("cmo", "10.0.0.1");
        assertThat(until).isEqualTo(fifth.plus(LoginThrottle.WINDOW).minusSeconds(40));
        for (int i = 0; i < 10; i++) {
            now = now.plusSeconds(60);
            throttle.onFailure(new org.springframework.security.authentication.event.AuthenticationFailureLockedEvent(
                    new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("cmo", "right"),
                    new org.springframework.security.authentication.LockedException("paused")));
        }
        assertThat(throttle.pausedUntil("cmo", "10.0.0.1")).as("refused retries add nothing").isEqualTo(until);
        now = until.plusSeconds(1);
        assertThat(throttle.isBlocked("cmo", "10.0.0.1")).isFalse();
        assertThat(throttle.pausedUntil("cmo", "10.0.0.1")).isNull();
    }
}
