package org.cxplanner.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** This week's numbers entered with the keyboard only; the scorecard changes at once. */
class IndicatorEntryIT extends BrowserIT {

    @Test
    void aCxUserEntersTheWeeksNumbersWithTheKeyboard() {
        signIn("cx");
        page.navigate(url("/indicators"));
        assertThat(page.locator(".scorecard-view .raci-summary")).hasText("3 indicators are off track · 1 guardrail warning");
        screenshot("indicators.png");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Enter this week's numbers")).focus();
        page.keyboard().press("Enter");
        Locator churn = page.getByLabel("Churn", new Page.GetByLabelOptions().setExact(true));
        assertThat(churn).isFocused();
        // The first field has the focus; Tab moves on, Enter saves everything.
        page.keyboard().type("1.8");
        page.keyboard().press("Tab");
        page.keyboard().type("8.4");
        page.keyboard().press("Enter");
        assertThat(churn).hasCount(0);
        assertThat(page.locator(".scorecard-view .raci-summary")).hasText("1 indicator is off track · 1 guardrail warning");
    }

    @Test
    void theHomePageTileOpensTheScorecardFilteredToOffTrack() {
        signIn("viewer");
        page.getByText("indicators off track").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/indicators\\?status=Off(%20|\\+)track"));
        assertThat(page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true))).hasValue("Off track");
    }
}
