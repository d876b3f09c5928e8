package org.cxplanner.e2e;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class LoginJourneyIT extends BrowserIT {

    @Test
    void theCmoSignsInSeesTheShellStyledAndSignsOut() {
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
        signIn("cmo");

        assertThat(page.locator(".home-greeting")).hasText("Welcome, Maria Marketing-Lead");
        assertThat(page.locator(".user-name")).hasText("Maria Marketing-Lead");
        assertThat(page.locator(".user-roles")).hasText("CMO (marketing lead)");
        assertThat(page.locator("vaadin-side-nav-item")).not().hasCount(0);
        assertThat(page.locator("vaadin-side-nav-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Users"))).hasCount(0);
        assertThat(page).hasTitle("Home · CX Partnership Planner");
        // Every side-navigation icon and the logo are drawn on the first screen (they were blank until a screen with
        // an icon component loaded Vaadin's icon set).
        page.waitForFunction("""
                () => { const icons = [...document.querySelectorAll('vaadin-side-nav-item vaadin-icon, .brand-logo')];
                        return icons.length > 5 && icons.every(i => i.shadowRoot && i.shadowRoot.querySelector('path')); }""");
        // The app's own stylesheet reached the browser after login (it is requested from the login page).
        Object colour = page.evaluate("() => getComputedStyle(document.querySelector('.plan-tile-value')).color");
        assertThat(colour).isEqualTo("rgb(31, 95, 191)");
        screenshot("home.png");

        var signOut = page.locator(".user-menu-entry", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Sign out"));
        page.locator(".user-menu-root").click();
        assertThat(signOut).isVisible();
        page.keyboard().press("Escape");
        assertThat(signOut).isHidden();
        page.locator(".user-menu-root").click();
        assertThat(page.locator(".user-menu-version")).hasText(java.util.regex.Pattern.compile("CX Partnership Planner \\d+\\.\\d+\\.\\d+.*"));
        screenshot("user-menu.png");
        signOut.click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
    }

    @Test
    void everyoneSetsHowTheyAreReachedFromTheUserMenu() {
        signIn("cco");
        page.locator(".user-menu-root").click();
        page.locator(".user-menu-entry", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Notifications and e-mail")).click();
        assertThat(page.getByText("What you hear of, and how")).isVisible();
        var email = page.locator("vaadin-email-field input");
        assertThat(email).hasValue("cco@example.com");
        email.fill("chris@company.example");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "notification-settings.png")));
        page.locator("vaadin-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Save")).click();
        assertThat(page.getByText("Your notification settings are saved.")).isVisible();
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "SELECT email FROM app_user WHERE username = 'cco'", String.class)).isEqualTo("chris@company.example");

        jdbc.update("""
                INSERT INTO notification (recipient_id, kind, title, detail, route, actor)
                SELECT id, 'SIGN_OFF_ASKED', 'Your sign-off is asked for: Year-end product tips',
                       'The customer experience sign-off · sends 2026-12-17', 'messages', 'cmo'
                FROM app_user WHERE username = 'cco'""");
        page.navigate(url("/notifications"));
        assertThat(page.locator(".notification-unread")).hasCount(1);
        assertThat(page.getByText("1 unread.")).isVisible();
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "notifications.png")));
        page.locator("vaadin-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Mark all read")).click();
        assertThat(page.getByText("All read.")).isVisible();
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill("cmo");
        page.locator("input[name=password]").fill("not-the-password");
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        assertThat(page.getByText("Check your username and password.", new com.microsoft.playwright.Page.GetByTextOptions())).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("input[name=username]")).hasValue("cmo");
        assertThat(page.locator("input[name=password]")).hasValue("");
        assertThat(page.locator("vaadin-button[slot=submit], button[type=submit]").first()).hasText("Sign in");
    }

    @Test
    void aDisabledUserCannotSignIn() {
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = 'cx'");
        attempt("cx", "demo-password");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
    }

    @Test
    void fiveWrongPasswordsPauseTheAccountEvenForTheRightOne() {
        for (int i = 0; i < 5; i++) {
            attempt("marketer", "wrong-password-" + i);
        }
        attempt("marketer", "demo-password");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
        signIn("cco");
    }

    private void attempt(String username, String password) {
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/login\\?error.*|.*/$"));
    }
}
