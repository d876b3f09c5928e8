package org.cxplanner.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The CMO and the CCO, at two browsers, finish a newsletter's checklist and sign it off; each sees the other live. */
class MessageSignOffIT extends BrowserIT {

    @Test
    void bothLeadsSignAndTheMessageBecomesAligned() {
        long id = jdbc.queryForObject("SELECT id FROM message WHERE title = 'December customer newsletter'", Long.class);
        signIn("cmo");
        page.navigate(url("/messages/" + id));
        Page cco = anotherPersonSignedInAs("cco");
        cco.navigate(url("/messages/" + id));

        // The demo newsletter is half done: three required items are still open.
        tick(cco, "Support is ready for replies", "Chris Customer-Lead");
        tick(cco, "Legal and accessibility checked", "Chris Customer-Lead");
        // This newsletter clashes with another send to the same audience: the CMO accepts it with a note.
        assertThat(page.locator(".message-clashes")).containsText("Send clash: 'Year-end product tips'");
        page.locator(".check-row", new Page.LocatorOptions().setHasText("No clash with other sends that week"))
                .locator("vaadin-text-field input").fill("Different content, agreed with CX");
        tick(page, "No clash with other sends that week", "Maria Marketing-Lead");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Sign for marketing")).click();
        assertThat(page.locator(".signoff-done")).containsText("Marketing: signed by Maria Marketing-Lead");
        // The CCO's page shows the CMO's sign-off without a reload.
        assertThat(cco.locator(".signoff-done")).containsText("Marketing: signed by Maria Marketing-Lead");

        cco.locator("vaadin-button", new Page.LocatorOptions().setHasText("Sign for customer experience")).click();
        assertThat(cco.locator(".message-view .status-badge")).hasText("Aligned");
        assertThat(page.locator(".message-view .status-badge")).hasText("Aligned");
        screenshot("message.png");
    }

    private static void tick(Page person, String item, String name) {
        Locator row = person.locator(".check-row", new Page.LocatorOptions().setHasText(item));
        row.locator("vaadin-checkbox input").click();
        assertThat(row).containsText("ticked by " + name);
    }
}
