package org.cxplanner.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.cxplanner.ServerIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.nio.file.Path;

/** Drives Debian's Chromium through the real login form and pages. */
public abstract class BrowserIT extends ServerIT {

    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    protected Page page;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setAcceptDownloads(true));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    private final java.util.List<BrowserContext> others = new java.util.ArrayList<>();

    @AfterEach
    void closePage() {
        others.forEach(BrowserContext::close);
        others.clear();
        context.close();
    }

    /** A second person at another browser, signed in as {@code username}. */
    protected Page anotherPersonSignedInAs(String username) {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        other.setDefaultTimeout(20_000);
        others.add(other);
        Page second = other.newPage();
        Chromium.signIn(second, url(""), username);
        return second;
    }

    protected void signIn(String username) {
        Chromium.signIn(page, url(""), username);
    }

    protected void screenshot(String name) {
        page.waitForTimeout(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("docs/screenshots", name)));
    }
}
