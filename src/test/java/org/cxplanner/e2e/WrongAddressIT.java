package org.cxplanner.e2e;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Wrong addresses and refusals get the right status and say what happened, inside the application's frame. */
class WrongAddressIT extends BrowserIT {

    @Test
    void anUnknownAddressIsANotFoundPageWithTheNavigation() {
        signIn("viewer");
        Response response = page.navigate(url("/nope"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator(".not-found-view h2")).hasText("Page not found");
        assertThat(page.locator("vaadin-side-nav.main-nav")).isVisible();
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/not-found.png")));
    }

    @Test
    void aScreenTheRoleMayNotOpenSaysSoWithTheNavigation() {
        signIn("cx");
        Response response = page.navigate(url("/admin/users"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator(".access-denied-view h2")).hasText("You don't have access to this page");
        assertThat(page.locator("vaadin-side-nav.main-nav")).isVisible();
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/access-denied.png")));
    }

    @Test
    void exportsOfMissingItemsAndUnreadableFiltersSayWhy() {
        signIn("viewer");
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("/export/review/abc.md", 404);
        expected.put("/export/message/999999.pdf", 404);
        expected.put("/export/message/abc.pdf", 404);
        expected.put("/export/indicator/999999.csv", 404);
        expected.put("/export/raci.doc", 404);
        expected.put("/export/raci.csv?stage=abc", 400);
        expected.put("/export/roadmap.csv?status=NOPE", 400);
        expected.put("/export/roadmap.pdf?from=garbage", 400);
        expected.put("/export/messages.csv?channel=PIGEON", 400);
        expected.put("/export/scorecard.csv?team=SALES", 400);
        expected.put("/export/history.csv?from=yesterday", 400);
        expected.forEach((path, status) -> {
            APIResponse response = page.request().get(url(path));
            assertThat(response.status()).as(path).isEqualTo(status);
            assertThat(response.headers().get("content-type")).as(path).startsWith("text/plain");
            assertThat(response.text()).as(path).isNotBlank();
        });
        assertThat(page.request().get(url("/export/roadmap.csv?status=NOPE")).text()).contains("'status'")
                .contains("AT_RISK");
        assertThat(page.request().get(url("/export/roadmap.csv?status=AT_RISK&from=2026-07&zoom=year")).status())
                .as("known values pass, parameters an export does not read are ignored").isEqualTo(200);
    }

    @Test
    void everyPageAndFileCarriesOneFramePolicyAndHstsBehindHttps() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/login", "/favicon.ico", "/styles/app.css", "/raci", "/export/raci.csv")) {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.headers().allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).hasValueSatisfying(
                    value -> assertThat(value).startsWith("max-age="));
        }
        signIn("viewer");
        Response raci = page.navigate(url("/raci"));
        assertThat(raci.headers().get("x-frame-options")).isEqualTo("DENY");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url("/favicon.ico"))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(200);
    }
}
