package org.cxplanner.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reaching people where they work, in the browser: the CMO asks the CCO to sign and the CCO's bell counts it at
 * once; the administrator's outbox shows the mail that would go out; a person's calendar feed answers a calendar
 * program without a sign-in, and a renewed address is not found.
 */
class ReachJourneyIT extends BrowserIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theCcosBellCountsTheCmosRequestLiveAndTheOutboxShowsTheMail() {
        long id = jdbc.queryForObject("SELECT id FROM message WHERE title = 'Year-end product tips'", Long.class);
        jdbc.update("DELETE FROM notification");
        jdbc.update("DELETE FROM mail_outbox");
        Page cco = anotherPersonSignedInAs("cco");
        assertThat(cco.locator(".bell-link")).hasAttribute("aria-label", "Notifications: none unread");

        signIn("cmo");
        page.navigate(url("/messages/" + id));
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Ask the CCO to sign")).click();

        assertThat(cco.locator(".bell-count")).hasText("1");
        assertThat(cco.locator(".bell-link")).hasAttribute("aria-label", "Notifications: 1 unread");
        cco.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "bell.png")));
        cco.locator(".bell-link").click();
        assertThat(cco.locator(".notification-unread")).containsText("Your sign-off is asked for: Year-end product tips");

        Page admin = anotherPersonSignedInAs("admin");
        admin.navigate(url("/admin/outbox"));
        assertThat(admin.getByText("No mail server is configured")).isVisible();
        assertThat(admin.locator("vaadin-grid")).containsText("Chris Customer-Lead <cco@example.com>");
        assertThat(admin.locator("vaadin-grid")).containsText("[CX Planner] Your sign-off is asked for: Year-end product tips");
        assertThat(admin.locator("vaadin-grid")).containsText("Not sent: no mail server");
        admin.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "outbox.png")));
    }

    @Test
    void aCalendarProgramReadsTheFeedWithoutSigningInAndARenewedAddressIsNotFound() throws Exception {
        signIn("cmo");
        page.locator(".user-menu-root").click();
        page.locator(".user-menu-entry", new Page.LocatorOptions().setHasText("Calendar feed")).click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Make my feed address")).click();
        var field = page.locator("vaadin-text-field", new Page.LocatorOptions().setHasText("Your feed's address")).locator("input");
        assertThat(field).hasValue(java.util.regex.Pattern.compile("http://localhost:\\d+/calendar/.+\\.ics"));
        String first = field.inputValue();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "calendar-feed.png")));

        HttpResponse<String> feed = get(first);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Weekly CX planning review", "RRULE:FREQ=WEEKLY");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("New address")).click();
        assertThat(field).not().hasValue(first);
        assertThat(get(first).statusCode()).as("the old address after renewal").isEqualTo(404);
        assertThat(get(field.inputValue()).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String address) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
