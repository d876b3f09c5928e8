package org.cxplanner.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** "Who changed the Social media row last week?" answered from the matrix in two clicks. */
class HistoryJourneyIT extends BrowserIT {

    @Test
    void aRowsHistoryIsTwoClicksFromTheMatrix() {
        signIn("cx");
        page.navigate(url("/raci"));
        page.locator("vaadin-grid-cell-content .tp-name", new Page.LocatorOptions().setHasText("Social media")).first().click();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("a");
        assertThat(page.locator(".raci-summary")).hasText("2 touchpoints need attention");

        page.locator("a.tp-history[aria-label='History of Social media']").click();
        // The filter is in the URL (in whatever order the router writes the parameters), so it can be shared.
        assertThat(page).hasURL(Pattern.compile(".*/history\\?.*kind=TOUCHPOINT.*"));
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Last 7 days")).click();
        assertThat(page).hasURL(Pattern.compile(".*/history\\?.*from=\\d{4}-\\d\\d-\\d\\d.*"));

        Locator rows = page.locator("vaadin-grid-cell-content");
        assertThat(page.locator(".history-item")).hasText("Only Touchpoint · Social media");
        assertThat(page.locator(".history-count")).hasText("1 change");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Casey Experience"))).hasCount(1);
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("CCO: C → A"))).hasCount(1);
        screenshot("history.png");
    }
}
