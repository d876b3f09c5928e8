package org.cxplanner.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Debian's Chromium, headless, as every browser test launches it; and signing in through the real form. */
final class Chromium {

    private Chromium() {
    }

    static Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"));
        Path chromium = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(chromium)) {
            options.setExecutablePath(chromium);
        }
        return playwright.chromium().launch(options);
    }

    static void signIn(Page page, String baseUrl, String username) {
        page.navigate(baseUrl + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("demo-password");
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        // A loaded machine (two browsers at once, as in AccessibilityIT) may take longer than the assertions' 5 s.
        assertThat(page.locator("vaadin-app-layout")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    }
}
