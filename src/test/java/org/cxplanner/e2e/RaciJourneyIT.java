package org.cxplanner.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class RaciJourneyIT extends BrowserIT {

    @Test
    void aCxUserFixesAGapWithTheKeyboardAndTheChangeSurvivesAReload() {
        signIn("cx");
        page.navigate(url("/raci"));
        Locator summary = page.locator(".raci-summary");
        assertThat(summary).hasText("3 touchpoints need attention");

        // Focus the "Social media" touchpoint cell, move right to CCO (Touchpoint → Initiatives → CMO → CCO) and type A.
        page.locator("vaadin-grid-cell-content .tp-name", new Page.LocatorOptions().setHasText("Social media")).first().click();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("a");
        assertThat(summary).hasText("2 touchpoints need attention");
        screenshot("raci.png");

        page.reload();
        assertThat(page.locator(".raci-summary")).hasText("2 touchpoints need attention");
        assertThat(jdbc.queryForObject("""
                SELECT letter FROM raci_assignment a JOIN touchpoint t ON t.id = a.touchpoint_id
                JOIN business_function f ON f.id = a.function_id WHERE t.name = 'Social media' AND f.name = 'CCO'""", String.class))
                .isEqualTo("A");
    }

    @Test
    void aClickOnACellOpensTheLetterMenu() {
        signIn("marketer");
        page.navigate(url("/raci"));
        page.locator("vaadin-grid-cell-content .tp-name", new Page.LocatorOptions().setHasText("Sales call")).first().click();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight"); // CCO
        ElementHandle cell = page.evaluateHandle("() => document.querySelector('.raci-grid').shadowRoot.activeElement"
                + ".querySelector('slot').assignedElements()[0]").asElement();
        cell.click();
        page.locator("vaadin-context-menu-item", new Page.LocatorOptions().setHasText("I — Informed")).click();
        page.waitForFunction("cell => cell.textContent.trim() === 'I'", cell);
        assertThat(jdbc.queryForObject("""
                SELECT letter FROM raci_assignment a JOIN touchpoint t ON t.id = a.touchpoint_id
                JOIN business_function f ON f.id = a.function_id WHERE t.name = 'Sales call' AND f.name = 'CCO'""", String.class))
                .isEqualTo("I");
    }

    @Test
    void aViewerDownloadsTheMatrixAsAWorkbook() throws Exception {
        signIn("viewer");
        page.navigate(url("/raci"));
        assertThat(page.getByText("Read-only: your role can view and export the matrix.")).isVisible();
        Download download = page.waitForDownload(() -> page.locator("a.raci-export-link", new Page.LocatorOptions().setHasText("Excel")).click());
        assertThat(download.suggestedFilename()).isEqualTo("raci-matrix-" + LocalDate.now() + ".xlsx");
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("RACI matrix").getPhysicalNumberOfRows()).isEqualTo(1 + 8 + 25);
            assertThat(workbook.getSheet("Legend")).isNotNull();
        }
    }
}
