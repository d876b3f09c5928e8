package org.cxplanner.e2e;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Cookies, security headers and the content security policy, as a browser and a plain HTTP client see them. */
class HttpHardeningIT extends BrowserIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anonymousResponsesCarryTheHeadersAndNoUrlCarriesASessionId() throws Exception {
        for (String path : List.of("/login", "/styles/app.css", "/VAADIN/", "/raci", "/export/raci.csv", "/no-such-page")) {
            HttpResponse<String> response = get(path, Map.of());
            assertSecurityHeaders(path, response.headers().map());
            response.headers().firstValue("Location").ifPresent(location -> {
                assertThat(location).as(path).doesNotContainIgnoringCase("jsessionid");
                assertThat(location).as(path).isEqualTo(url("/login"));
            });
            assertThat(response.body()).as(path).doesNotContainIgnoringCase("jsessionid=");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndSecureOnlyOverHttps() throws Exception {
        String plain = sessionCookie(get("/login", Map.of()).headers());
        assertThat(plain).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");

        String proxied = sessionCookie(get("/login", Map.of("X-Forwarded-Proto", "https")).headers());
        assertThat(proxied).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("; Secure");
    }

    @Test
    void aSignedInViewAndAnExportCarryTheHeaders() {
        signIn("viewer");
        Response view = page.navigate(url("/raci"));
        assertSecurityHeaders("/raci", lists(view.allHeaders()));
        APIResponse export = page.request().get(url("/export/raci.csv"));
        assertThat(export.status()).isEqualTo(200);
        assertSecurityHeaders("/export/raci.csv", lists(export.headers()));
        APIResponse history = page.request().get(url("/export/history.csv"));
        assertThat(history.status()).isEqualTo(200);
        assertSecurityHeaders("/export/history.csv", lists(history.headers()));
    }

    @Test
    void aSignedInUserReadsWhichReleaseRunsAtActuatorInfo() {
        signIn("viewer");
        APIResponse info = page.request().get(url("/actuator/info"));
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.text()).containsPattern("\"build\":\\{.*\"version\":\"\\d+\\.\\d+\\.\\d+[^\"]*\"")
                .doesNotContain("password");
    }

    @Test
    void noScreenBreaksTheContentSecurityPolicy() {
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage((ConsoleMessage message) -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Content-Security-Policy")) {
                violations.add(message.text());
            }
        });
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => "
                + "console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))");
        page.navigate(url("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        signIn("admin");
        long website = jdbc.queryForObject("SELECT id FROM touchpoint WHERE name = 'Website'", Long.class);
        long cmo = jdbc.queryForObject("SELECT id FROM business_function WHERE name = 'CMO'", Long.class);
        long initiative = jdbc.queryForObject("SELECT id FROM initiative WHERE title = 'Pricing page clarity'", Long.class);
        long message = jdbc.queryForObject("SELECT id FROM message WHERE title = 'December customer newsletter'", Long.class);
        Map<String, String> screens = Map.ofEntries(Map.entry("/messages", ".messages-view vaadin-grid"),
                Map.entry("/indicators", ".scorecard-view vaadin-grid"),
                Map.entry("/messages/" + message, ".message-view h2"), Map.entry("/reviews", ".review-section"),
                Map.entry("/reviews/decisions", ".decision-log-view vaadin-grid"));
        screens = new java.util.LinkedHashMap<>(screens);
        screens.putAll(Map.of(
                "/roadmap", ".timeline-bar",
                "/roadmap/list", ".roadmap-list-view vaadin-grid",
                "/roadmap/" + initiative, ".initiative-view h2",
                "/", ".home-greeting",
                "/raci", ".raci-grid",
                "/raci/function/" + cmo, "vaadin-grid",
                "/catalog", "vaadin-tabsheet",
                "/history?kind=TOUCHPOINT&item=" + website, ".history-view vaadin-grid",
                "/admin/users", "vaadin-grid"));
        screens.forEach((path, shown) -> {
            page.navigate(url(path));
            assertThat(page.locator(shown).first()).isVisible();
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        });
        assertThat(violations).isEmpty();
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpHeaders headers) {
        return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    }

    private static Map<String, List<String>> lists(Map<String, String> headers) {
        return headers.entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> e.getKey().toLowerCase(),
                e -> List.of(e.getValue())));
    }

    private static void assertSecurityHeaders(String path, Map<String, List<String>> headers) {
        Map<String, List<String>> lower = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        lower.putAll(headers);
        assertThat(lower.get("X-Content-Type-Options")).as(path).containsExactly("nosniff");
        assertThat(lower.get("Referrer-Policy")).as(path).containsExactly("same-origin");
        assertThat(lower.get("Content-Security-Policy")).as(path).singleElement().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
    }
}
