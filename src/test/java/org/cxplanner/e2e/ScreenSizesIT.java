package org.cxplanner.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo plan on a phone (390×844), a small laptop (1280×720) and a laptop (1440×900): nothing important hidden. */
class ScreenSizesIT extends BrowserIT {

    private void size(int width, int height, String path) {
        page.setViewportSize(width, height);
        page.navigate(url(path));
        page.locator("#main-content").waitFor();
        page.waitForTimeout(600);
    }

    @Test
    void onAPhoneTheRoadmapShowsItsLanesTheMatrixItsTouchpointsAndHomeTwoTilesARow() {
        signIn("cmo");
        size(390, 844, "/roadmap");
        Locator timeline = page.locator(".timeline");
        assertThat(timeline).isVisible();
        assertThat(timeline.boundingBox().height).isGreaterThan(300);
        assertThat(page.locator(".roadmap-filter-panel")).not().hasAttribute("opened", "");
        assertThat(page.locator(".roadmap-filters vaadin-text-field")).not().isVisible();
        BoundingBox shown = timeline.boundingBox();
        BoundingBox today = page.locator(".timeline-today").boundingBox();
        assertThat(today.x).isBetween(shown.x, shown.x + shown.width);
        screenshot("phone-roadmap.png");

        page.locator(".roadmap-filter-panel vaadin-details-summary").click();
        assertThat(page.locator(".roadmap-filters vaadin-text-field")).isVisible();

        page.locator("vaadin-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("New initiative")).click();
        Locator title = page.getByLabel("Title", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true));
        assertThat(title).isVisible();
        BoundingBox field = title.boundingBox();
        assertThat(field.x).as("the dialog fits the phone").isGreaterThanOrEqualTo(0);
        assertThat(field.x + field.width).isLessThanOrEqualTo(390);
        screenshot("phone-new-initiative.png");
        page.keyboard().press("Escape");

        size(390, 844, "/raci");
        Locator touchpointHeader = page.locator("vaadin-grid-cell-content", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Touchpoint")).first();
        assertThat(touchpointHeader).isVisible();
        assertThat(touchpointHeader.boundingBox().x).isLessThan(200);
        screenshot("phone-raci.png");

        size(390, 844, "/");
        List<Locator> tiles = page.locator(".plan-tile").all();
        assertThat(tiles.get(1).boundingBox().y).isEqualTo(tiles.get(0).boundingBox().y);
        assertThat(tiles.get(1).boundingBox().x + tiles.get(1).boundingBox().width).isLessThanOrEqualTo(390);
        screenshot("phone-home.png");
    }

    @Test
    void onLaptopsTheRoadmapShowsAllThreeLanesAndTheMatrixEveryFunctionOrSaysItScrolls() {
        signIn("cmo");
        size(1280, 720, "/roadmap");
        BoundingBox lastLane = page.locator(".timeline-lane.lane-cx").boundingBox();
        BoundingBox timeline = page.locator(".timeline").boundingBox();
        assertThat(lastLane.y + lastLane.height).isLessThanOrEqualTo(timeline.y + timeline.height + 1);
        assertThat(timeline.y + timeline.height).isLessThanOrEqualTo(720);
        screenshot("laptop-1280-roadmap.png");

        size(1280, 720, "/raci");
        everyFunctionShowsBesideTheTouchpoints();
        screenshot("laptop-1280-raci.png");

        size(1440, 900, "/raci");
        everyFunctionShowsBesideTheTouchpoints();
        screenshot("laptop-1440-raci.png");

        // Narrower than the matrix: it says so.
        size(1000, 720, "/raci");
        assertThat(page.locator(".scroll-hint")).isVisible();
        assertThat(page.locator(".scroll-hint")).hasText("Scroll the matrix sideways for all 11 functions →");
    }

    private void everyFunctionShowsBesideTheTouchpoints() {
        assertThat(page.locator(".scroll-hint")).not().isVisible();
        BoundingBox health = page.locator("vaadin-grid-cell-content", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Health"))
                .first().boundingBox();
        for (String function : List.of("HR", "IT/Digital", "Operations", "Customer Success")) {
            BoundingBox header = page.locator("vaadin-grid-cell-content", new com.microsoft.playwright.Page.LocatorOptions().setHasText(function))
                    .first().boundingBox();
            assertThat(header.x + header.width).as(function).isLessThanOrEqualTo(health.x + 1);
        }
    }
}
