package org.cxplanner.e2e;

import com.microsoft.playwright.Page;
import org.cxplanner.TestIdentityProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in with the company's account, through the browser, against a real OpenID Connect provider in the test
 * JVM: the role comes from the person's group, follows a changed group at the next sign-in, signing out ends the
 * provider's session too, and people whose groups give no role (or whose account is switched off) stay out with a
 * clear reason.
 */
class SsoJourneyIT extends BrowserIT {

    @Test
    void aPersonSignsInWithTheCompanyAccountGetsTheRoleTheirGroupGivesAndSignsOutOfBoth() {
        TestIdentityProvider.nextSignIn("dana", "Dana Director", "dana@company.example", List.of("all-staff", "marketing-leads"));
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
        assertThat(page.locator("a.sso-button")).hasText("Sign in with Company account");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        screenshot("sso-login.png");

        page.locator("a.sso-button").click();
        assertThat(page.locator(".home-greeting")).hasText("Welcome, Dana Director");
        assertThat(page.locator(".user-roles")).hasText("CMO (marketing lead)");
        assertThat(jdbc.queryForMap("SELECT email, sso_subject FROM app_user WHERE username = 'dana'"))
                .containsEntry("email", "dana@company.example")
                .hasEntrySatisfying("sso_subject", subject -> assertThat((String) subject).endsWith("/company|sub-dana"));

        List<String> visited = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(request -> visited.add(request.url()));
        page.locator(".user-menu-root").click();
        page.locator(".user-menu-entry", new Page.LocatorOptions().setHasText("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(visited).as("signing out went through the provider's end-session endpoint, which sent the browser back")
                .anyMatch(address -> address.startsWith(TestIdentityProvider.issuer() + "/endsession?id_token_hint=")
                        && address.contains("post_logout_redirect_uri=" + url("/login")));

        // The next sign-in, after the directory moved Dana to the readers' group.
        TestIdentityProvider.nextSignIn("dana", "Dana Director", "dana@company.example", List.of("all-staff", "planner-readers"));
        page.navigate(url("/login"));
        page.locator("a.sso-button").click();
        assertThat(page.locator(".user-roles")).hasText("Viewer");
        assertThat(jdbc.queryForList("SELECT role FROM user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = 'dana'",
                String.class)).containsExactly("VIEWER");
        assertThat(jdbc.queryForList("SELECT old_value || ' → ' || new_value FROM change_history WHERE item_label = 'dana' AND field = 'Roles'",
                String.class)).containsExactly("CMO → VIEWER (groups at sign-in with Company account)");
    }

    @Test
    void peopleWhoseGroupsGiveNoRoleOrWhoseAccountIsSwitchedOffStayOutWithTheReason() {
        TestIdentityProvider.nextSignIn("sam", "Sam Sales", "sam@company.example", List.of("sales", "all-staff"));
        page.navigate(url("/login"));
        page.locator("a.sso-button").click();
        assertThat(page).hasURL(url("/login?refused"));
        assertThat(page.locator(".sso-refused")).containsText("You cannot sign in yet");
        assertThat(page.locator(".sso-refused")).containsText("Your company account (sam) signed in, but none of its groups gives a "
                + "role in the planner (your groups: sales, all-staff). Ask your administrator to add you to the planner's groups.");
        screenshot("sso-refused.png");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user WHERE username = 'sam'", Integer.class)).isZero();

        // The existing planner account "cx", switched off by an administrator, stays out although the provider knows them.
        jdbc.update("UPDATE app_user SET enabled = false WHERE username = 'cx'");
        TestIdentityProvider.nextSignIn("cx", "Casey Experience", "cx@example.com", List.of("customer-experience"));
        page.locator("a.sso-button").click();
        assertThat(page.locator(".sso-refused")).containsText("Your planner account (cx) is switched off. Ask an administrator of "
                + "the planner to switch it on.");
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
    }
}
