package org.cxplanner.users;

import org.cxplanner.IntegrationTest;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.security.ApiTokenCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Personal access tokens: shown once, kept as a hash, acting with the user's roles of the moment, until expiry or revocation. */
class ApiTokensTest extends IntegrationTest {

    @Autowired
    private ApiTokens tokens;

    @Test
    void aTokenIsShownOnceKeptAsAHashAndActsAsItsUserWithTheRolesOfTheMoment() {
        actAs("marketer", "MARKETING");
        assertThatThrownBy(() -> tokens.create(" ", 30, false)).isInstanceOf(FieldProblem.class)
                .hasMessageStartingWith("Name the token");
        assertThatThrownBy(() -> tokens.create("BI", 400, false)).isInstanceOf(FieldProblem.class)
                .hasMessage("Between 1 day and a year (366 days).");
        ApiTokens.Created created = tokens.create("BI weekly NPS", 30, false);
        assertThat(created.secret()).startsWith("cxp_").hasSize(47);
        assertThat(created.token().prefix()).isEqualTo(created.secret().substring(0, 10));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_token WHERE token_hash = ? OR prefix = ?", Integer.class,
                created.secret(), created.secret())).as("the secret itself is not stored").isZero();
        assertThat(tokens.mine()).extracting(ApiToken::name).containsExactly("BI weekly NPS");

        ApiTokenCheck.ApiCaller caller = tokens.check(created.secret()).orElseThrow();
        assertThat(caller.user().getUsername()).isEqualTo("marketer");
        assertThat(caller.readOnly()).isFalse();
        assertThat(caller.user().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MARKETING");
        jdbc.update("UPDATE user_role SET role = 'VIEWER' WHERE user_id = (SELECT id FROM app_user WHERE username = 'marketer')");
        assertThat(tokens.check(created.secret()).orElseThrow().user().getAuthorities()).extracting(Object::toString)
                .as("the role at the time of the call").containsExactly("ROLE_VIEWER");
        assertThat(tokens.check(created.secret().substring(0, 46) + "x")).isEmpty();
        assertThat(tokens.check("Basic abc")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT last_used_at IS NOT NULL FROM api_token", Boolean.class)).isTrue();
    }

    @Test
    void anExpiredARevokedOrADisabledUsersTokenNoLongerWorks() {
        actAs("cx", "CX");
        ApiTokens.Created expiring = tokens.create("Old script", 1, true);
        ApiTokens.Created revoked = tokens.create("Leaked", 30, true);
        ApiTokens.Created disabled = tokens.create("Works until cx is disabled", 30, true);
        assertThat(tokens.check(expiring.secret())).get().extracting(ApiTokenCheck.ApiCaller::readOnly).isEqualTo(true);
        jdbc.update("UPDATE api_token SET created_at = now() - interval '3 days', expires_at = now() - interval '1 day' WHERE id = ?",
                expiring.token().id());
        assertThat(tokens.check(expiring.secret())).isEmpty();

        actAs("marketer", "MARKETING");
        assertThatThrownBy(() -> tokens.revoke(revoked.token().id())).isInstanceOf(AccessDeniedException.class);
        actAs("admin", "ADMIN");
        assertThat(tokens.everyones()).extracting(ApiToken::name).contains("Leaked", "Works until cx is disabled")
                .doesNotContain("Old script");
        tokens.revoke(revoked.token().id());
        assertThatThrownBy(() -> tokens.revoke(revoked.token().id())).isInstanceOf(EditConflict.class);
        assertThat(tokens.check(revoked.secret())).isEmpty();

        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = 'cx'");
        assertThat(tokens.check(disabled.secret())).as("a leaver loses every token's access at once").isEmpty();
        actAs("viewer", "VIEWER");
        assertThatThrownBy(() -> tokens.everyones()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTokenOverItsCallsThisMinuteIsToldWhenToTryAgain() {
        actAs("viewer", "VIEWER");
        ApiTokens.Created created = tokens.create("Busy dashboard", 7, true);
        jdbc.update("INSERT INTO api_token_calls (token_id, minute, calls) VALUES (?, date_trunc('minute', now()), 120)",
                created.token().id());
        assertThatThrownBy(() -> tokens.check(created.secret())).isInstanceOfSatisfying(ApiTokenCheck.TooManyCalls.class,
                tooMany -> assertThat(tooMany.retryAfter().toSeconds()).isBetween(1L, 60L));
    }
}
