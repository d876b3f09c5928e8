package org.cxplanner.users;

import org.cxplanner.IntegrationTest;
import org.cxplanner.security.SignedInUser;
import org.cxplanner.security.SsoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The planner's account of a person who signs in with the company's provider: created at the first sign-in, its roles
 * following the provider's groups (each change in the history), an existing account taken over by user name, a
 * switched-off account kept out.
 */
class SsoAccountsTest extends IntegrationTest {

    @Autowired
    private SsoAccounts accounts;

    @Test
    void theFirstSignInCreatesTheAccountAndLaterOnesFollowTheGroups() {
        SignedInUser first = accounts.signIn(who("sub-1", "dana", "Dana Director", "dana@company.example", Set.of("CMO")));
        assertThat(first.getDisplayName()).isEqualTo("Dana Director");
        assertThat(first.roleNames()).containsExactly("CMO");
        assertThat(jdbc.queryForMap("SELECT email, sso_subject, enabled FROM app_user WHERE username = 'dana'"))
                .containsEntry("email", "dana@company.example").containsEntry("sso_subject", "issuer|sub-1").containsEntry("enabled", true);

        // Renamed at the provider: still the same person, found by the subject.
        SignedInUser later = accounts.signIn(who("sub-1", "dana.director", "Dana D. Director", null, Set.of("VIEWER", "MARKETING")));
        assertThat(later.getUsername()).isEqualTo("dana");
        assertThat(later.roleNames()).containsExactly("VIEWER", "MARKETING");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user WHERE username ILIKE 'dana%'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT coalesce(field, '') || ':' || coalesce(old_value, '') || ':' || new_value FROM change_history "
                + "WHERE item_label = 'dana' ORDER BY id", String.class)).containsExactly(
                "::Created at the first sign-in with Company account, roles CMO",
                "Roles:CMO:VIEWER, MARKETING (groups at sign-in with Company account)");
        assertThat(jdbc.queryForObject("SELECT email FROM app_user WHERE username = 'dana'", String.class))
                .as("a sign-in without an address keeps the one known").isEqualTo("dana@company.example");
    }

    @Test
    void anExistingAccountIsTakenOverByUserNameOnceAndASwitchedOffOneStaysOut() {
        SignedInUser cmo = accounts.signIn(who("sub-cmo", "CMO", "Maria Marketing-Lead", null, Set.of("CMO")));
        assertThat(cmo.getUsername()).isEqualTo("cmo");
        assertThatThrownBy(() -> accounts.signIn(who("sub-other", "cmo", "Someone Else", null, Set.of("CMO"))))
                .isInstanceOf(SsoAccounts.Refused.class).hasMessageStartingWith("The planner already has a user 'cmo' who signs in with another company account");

        jdbc.update("UPDATE app_user SET enabled = false WHERE username = 'cx'");
        assertThatThrownBy(() -> accounts.signIn(who("sub-cx", "cx", "Casey Experience", null, Set.of("CX"))))
                .isInstanceOf(SsoAccounts.Refused.class)
                .hasMessage("Your planner account (cx) is switched off. Ask an administrator of the planner to switch it on.");
        assertThat(jdbc.queryForObject("SELECT sso_subject FROM app_user WHERE username = 'cx'", String.class)).isNull();
    }

    private static SsoAccounts.SsoIdentity who(String subject, String username, String name, String email, Set<String> roles) {
        return new SsoAccounts.SsoIdentity("Company account", "issuer|" + subject, username, name, email, roles);
    }
}
