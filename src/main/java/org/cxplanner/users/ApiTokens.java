package org.cxplanner.users;

import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.security.ApiTokenCheck;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.cxplanner.security.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal access tokens for the REST API: a signed-in user creates, lists and revokes their own; administrators list
 * and revoke anyone's. A token is random, shown once and kept only as its SHA-256 hash; it acts as its user with the
 * user's roles at the time of each call, and a user who is disabled loses every token's access at once.
 */
@Service
public class ApiTokens implements ApiTokenCheck {

    /** A new token: the secret, shown once, and how the list shows it from then on. */
    public record Created(String secret, ApiToken token) {
    }

    static final int MAX_ACTIVE = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRecords records;
    private final UserDetailsService users;
    private final ChangeHistory history;
    private final int callsPerMinute;

    ApiTokens(ApiTokenRecords records, UserDetailsService users, ChangeHistory history,
              @Value("${cxp.api.calls-per-minute:120}") int callsPerMinute) {
        this.records = records;
        this.users = users;
        this.history = history;
        this.callsPerMinute = callsPerMinute;
    }

    /** A token for the caller: a name to recognise it by, 1 to 366 days, read-only or read-write. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public Created create(String name, int days, boolean readOnly) {
        if (name == null || name.isBlank()) {
            throw new FieldProblem("name", "Name the token after what will use it, e.g. \"BI weekly NPS\".");
        }
        if (name.strip().length() > 80) {
            throw new FieldProblem("name", "Keep the name under 80 characters.");
        }
        if (days < 1 || days > 366) {
            throw new FieldProblem("days", "Between 1 day and a year (366 days).");
        }
        String username = CurrentUser.name();
        if (records.activeCount(username) >= MAX_ACTIVE) {
            throw new FieldProblem("name", "You have " + MAX_ACTIVE + " active tokens: revoke one you no longer use first.");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = "cxp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long id = records.insert(username, name.strip(), hash(secret), secret.substring(0, 10), readOnly, days);
        history.record(ChangeEntry.event(HistoryArea.USERS, UserEvents.HISTORY_KIND, null, CurrentUser.displayName(),
                "Access token '" + name.strip() + "' created (" + (readOnly ? "read-only" : "read-write") + ", " + days + " days)"));
        return new Created(secret, records.find(id).orElseThrow());
    }

    /** The caller's own tokens, newest first, revoked and expired ones included. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return records.of(CurrentUser.name());
    }

    /** Every active token of every user, for the administrators. */
    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public List<ApiToken> everyones() {
        return records.all();
    }

    /** Revokes one of the caller's tokens, or, for an administrator, anyone's. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void revoke(long id) {
        ApiToken token = records.find(id).orElseThrow(() -> new EditConflict("This token no longer exists."));
        if (!token.owner().equalsIgnoreCase(CurrentUser.name()) && !CurrentUser.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Only its owner or an administrator revokes a token.");
        }
        if (!records.revoke(id, CurrentUser.name())) {
            throw new EditConflict("This token was already revoked.");
        }
        history.record(ChangeEntry.event(HistoryArea.USERS, UserEvents.HISTORY_KIND, null, token.ownerName(),
                "Access token '" + token.name() + "' revoked"));
    }

    /** Called for every API request, before anyone is signed in: no role check, the token is the credential. */
    @Override
    @Transactional
    public Optional<ApiCaller> check(String token) {
        if (token == null || !token.startsWith("cxp_") || token.length() > 100) {
            return Optional.empty();
        }
        Optional<Object[]> valid = records.valid(hash(token));
        if (valid.isEmpty()) {
            return Optional.empty();
        }
        long tokenId = (Long) valid.get()[0];
        if (records.countCall(tokenId) > callsPerMinute) {
            throw new TooManyCalls(Duration.ofSeconds(60 - LocalTime.now().getSecond()));
        }
        try {
            SignedInUser user = (SignedInUser) users.loadUserByUsername((String) valid.get()[1]);
            return user.isEnabled() ? Optional.of(new ApiCaller(user, tokenId, (Boolean) valid.get()[2])) : Optional.empty();
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
