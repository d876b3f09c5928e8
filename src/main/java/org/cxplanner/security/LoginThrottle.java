package org.cxplanner.security;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Slows password guessing: after too many failures in a window, an account (or an address) is refused for the
 * rest of the window even with the right password. The failures are kept in PostgreSQL, so every app node counts
 * the same ones and a restart forgives nothing.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Session attribute: the {@link Instant} a refused sign-in's pause ends. */
    public static final String PAUSED_UNTIL = LoginThrottle.class.getName() + ".pausedUntil";
    /** The name someone typed before a refused sign-in, so the form can keep it (never the password). */
    public static final String LAST_USERNAME = LoginThrottle.class.getName() + ".lastUsername";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Autowired
    LoginThrottle(JdbcTemplate jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    LoginThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean isBlocked(String username, String address) {
        Timestamp since = Timestamp.from(clock.instant().minus(WINDOW));
        Boolean blocked = jdbc.queryForObject("""
                SELECT (SELECT count(*) FROM login_failure WHERE account = ? AND failed_at > ?) >= ?
                    OR (SELECT count(*) FROM login_failure WHERE address = ? AND failed_at > ?) >= ?""",
                Boolean.class, key(username), since, MAX_FAILURES_PER_ACCOUNT, address, since, MAX_FAILURES_PER_ADDRESS);
        return Boolean.TRUE.equals(blocked);
    }

    public void recordFailure(String username, String address) {
        jdbc.update("INSERT INTO login_failure (account, address, failed_at) VALUES (?, ?, ?)",
                key(username), address, Timestamp.from(clock.instant()));
    }

    public void recordSuccess(String username) {
        jdbc.update("DELETE FROM login_failure WHERE account = ?", key(username));
    }

    /** Failures older than the window no longer count: keep the table small. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void forgetOldFailures() {
        jdbc.update("DELETE FROM login_failure WHERE failed_at < ?", Timestamp.from(clock.instant().minus(WINDOW)));
    }

    /**
     * When the pause ends for this account and address, or null if neither is paused: once the failures that caused
     * it are older than the window.
     */
    public Instant pausedUntil(String username, String address) {
        Timestamp since = Timestamp.from(clock.instant().minus(WINDOW));
        List<Timestamp> ends = new ArrayList<>(jdbc.queryForList("""
                SELECT failed_at FROM login_failure WHERE account = ? AND failed_at > ?
                ORDER BY failed_at DESC OFFSET ? LIMIT 1""", Timestamp.class, key(username), since, MAX_FAILURES_PER_ACCOUNT - 1));
        if (address != null) {
            ends.addAll(jdbc.queryForList("""
                    SELECT failed_at FROM login_failure WHERE address = ? AND failed_at > ?
                    ORDER BY failed_at DESC OFFSET ? LIMIT 1""", Timestamp.class, address, since, MAX_FAILURES_PER_ADDRESS - 1));
        }
        return ends.stream().map(Timestamp::toInstant).max(Instant::compareTo).map(t -> t.plus(WINDOW)).orElse(null);
    }

    /**
     * A refused attempt during a pause is not a new failure: counting it would keep someone who retries paused for
     * longer than the sign-in page says. The end of the pause goes into the session for the sign-in page to show.
     */
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String address = address(event.getAuthentication().getDetails());
        if (username != null && username.length() <= 200 && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web) {
            web.getRequest().getSession().setAttribute(LAST_USERNAME, username);
        }
        if (event instanceof AuthenticationFailureLockedEvent) {
            Instant until = pausedUntil(username, address);
            if (until != null && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web) {
                web.getRequest().getSession().setAttribute(PAUSED_UNTIL, until);
            }
            return;
        }
        recordFailure(username, address);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        recordSuccess(event.getAuthentication().getName());
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private static String key(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }
}
