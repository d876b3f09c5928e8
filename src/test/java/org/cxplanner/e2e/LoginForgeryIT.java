package org.cxplanner.e2e;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A sign-in posted from anywhere but the planner's own sign-in page signs nobody in; the real form keeps working. */
class LoginForgeryIT extends BrowserIT {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Test
    void aPostWithoutTheTokenSignsNobodyIn() throws Exception {
        try (HttpClient http = client()) {
            HttpResponse<String> posted = post(http, "username=cmo&password=demo-password", null, null);
            assertThat(posted.statusCode()).isEqualTo(302);
            assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
            assertSignedOut(http);
        }
    }

    @Test
    void aPostWithAWrongTokenOrFromAnotherSiteSignsNobodyIn() throws Exception {
        try (HttpClient http = client()) {
            String token = loginPageToken(http);
            HttpResponse<String> wrong = post(http, "username=cmo&password=demo-password&_csrf=forged", null, null);
            assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
            assertSignedOut(http);

            HttpResponse<String> foreign = post(http, "username=cmo&password=demo-password&_csrf=" + encode(token),
                    "https://evil.example", null);
            assertThat(foreign.statusCode()).isEqualTo(403);
            HttpResponse<String> crossSite = post(http, "username=cmo&password=demo-password&_csrf=" + encode(token),
                    null, "cross-site");
            assertThat(crossSite.statusCode()).isEqualTo(403);
            assertSignedOut(http);

            HttpResponse<String> own = post(http, "username=cmo&password=demo-password&_csrf=" + encode(token),
                    url(""), "same-origin");
            assertThat(own.statusCode()).isEqualTo(302);
            assertThat(own.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
        }
    }

    @Test
    void theSignInFormWorksAndAnExpiredSignInPageSaysSo() {
        page.navigate(url("/login?expired"));
        assertThat(page.locator("vaadin-login-form")).containsText("Please sign in again");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/login-expired.png")));
        signIn("cco");
        assertThat(page.locator(".view-title")).isVisible();
    }

    private void assertSignedOut(HttpClient http) throws Exception {
        HttpResponse<String> raci = http.send(HttpRequest.newBuilder(URI.create(url("/raci"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(raci.statusCode()).isEqualTo(302);
        assertThat(raci.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private String loginPageToken(HttpClient http) throws Exception {
        String html = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher matcher = TOKEN.matcher(html);
        assertThat(matcher.find()).as("the sign-in page carries its token").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> post(HttpClient http, String form, String origin, String fetchSite) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (fetchSite != null) {
            request.header("Sec-Fetch-Site", fetchSite);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager()).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
