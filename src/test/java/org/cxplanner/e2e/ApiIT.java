package org.cxplanner.e2e;

import org.cxplanner.users.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API over HTTP with personal access tokens: who may call what (the screens' rules), read-only tokens, the
 * problem+json answers, ETag/If-Match on a RACI cell, cursor pages, and a script recording this week's NPS that the
 * open scorecard shows at once.
 */
class ApiIT extends BrowserIT {

    private final HttpClient http = HttpClient.newHttpClient();
    @Autowired
    private ApiTokens tokens;

    private String token(String username, String role, boolean readOnly) {
        actAs(username, role);
        try {
            return tokens.create(username + " script", 30, readOnly).secret();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private HttpResponse<String> call(String method, String path, String token, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withoutAValidTokenTheApiAnswers401AndAReadOnlyTokenOnlyReads() throws Exception {
        HttpResponse<String> anonymous = call("GET", "/api/v1/indicators", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(anonymous.headers().firstValue("Set-Cookie")).as("no session for the API").isEmpty();
        assertThat(call("GET", "/api/v1/indicators", "cxp_not-a-token", null).statusCode()).isEqualTo(401);

        String reader = token("cx", "CX", true);
        HttpResponse<String> read = call("GET", "/api/v1/indicators?limit=3", reader, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"name\":\"", "\"status\":", "\"next\":\"");
        HttpResponse<String> write = call("POST", "/api/v1/measurements", reader,
                "{\"measurements\":[{\"indicator\":\"Net Promoter Score\",\"date\":\"" + LocalDate.now() + "\",\"value\":41}]}");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.body()).contains("This token may only read.");
    }

    @Test
    void theApiIsDescribedAtOpenapiJsonAndBrowsableBySignedInPeople() throws Exception {
        HttpResponse<String> spec = call("GET", "/api/v1/openapi.json", null, null);
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("\"title\":\"CX Partnership Planner API\"", "/api/v1/measurements", "/api/v1/raci/{touchpointId}/{functionId}",
                "\"bearer\"");
        signIn("viewer");
        page.navigate(url("/api-docs"));
        assertThat(page.locator(".swagger-ui .info .title")).containsText("CX Partnership Planner API");
        screenshot("api-docs.png");
    }

    @Test
    void aScriptRecordsThisWeeksNpsAndTheOpenScorecardShowsItAtOnce() throws Exception {
        signIn("cco");
        page.navigate(url("/indicators"));
        assertThat(page.locator("vaadin-grid")).containsText("Net Promoter Score");

        String viewer = token("viewer", "VIEWER", false);
        String body = "{\"measurements\":[{\"indicator\":\"Net Promoter Score\",\"date\":\"" + LocalDate.now() + "\",\"value\":43.5}]}";
        HttpResponse<String> refused = call("POST", "/api/v1/measurements", viewer, body);
        assertThat(refused.statusCode()).as("the API refuses what the screen refuses").isEqualTo(403);
        assertThat(refused.body()).contains("Your role cannot do this.");

        String script = token("cx", "CX", false);
        HttpResponse<String> bad = call("POST", "/api/v1/measurements", script, "{\"measurements\":[{\"indicator\":\"Net Promoter Score\","
                + "\"date\":\"" + LocalDate.now() + "\",\"value\":43.5},{\"indicator\":\"Nope\",\"date\":\"2026-13-01\",\"value\":1}]}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Nothing was recorded", "Measurement 2: no indicator is named 'Nope'.");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM measurement WHERE value = 43.5", Integer.class)).as("all or nothing").isZero();

        HttpResponse<String> recorded = call("POST", "/api/v1/measurements", script, body);
        assertThat(recorded.statusCode()).isEqualTo(201);
        assertThat(recorded.body()).isEqualTo("{\"recorded\":1}");
        assertThat(page.locator("vaadin-grid")).containsText("43.5");
        HttpResponse<String> again = call("POST", "/api/v1/measurements", script, body);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("Measurement 1: Net Promoter Score already has a measurement for the period starting "
                + LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    @Test
    void aRaciCellIsSetWithTheETagItWasReadWithAndAStaleOneIsRefused() throws Exception {
        long touchpoint = jdbc.queryForObject("SELECT id FROM touchpoint WHERE name = 'Order confirmation'", Long.class);
        long support = jdbc.queryForObject("SELECT id FROM business_function WHERE name = 'Support'", Long.class);
        String cco = token("cco", "CCO", false);
        HttpResponse<String> gaps = call("GET", "/api/v1/raci?gaps=true", cco, null);
        assertThat(gaps.statusCode()).isEqualTo(200);
        assertThat(gaps.body()).contains("\"touchpoint\":\"Order confirmation\"", "\"health\":[\"no R\"]");

        HttpResponse<String> cell = call("GET", "/api/v1/raci/" + touchpoint + "/" + support, cco, null);
        String etag = cell.headers().firstValue("ETag").orElseThrow();
        assertThat(call("PUT", "/api/v1/raci/" + touchpoint + "/" + support, cco, "{\"letter\":\"R\"}").statusCode())
                .as("without If-Match").isEqualTo(428);
        assertThat(call("PUT", "/api/v1/raci/" + touchpoint + "/" + support, token("viewer", "VIEWER", false), "{\"letter\":\"R\"}",
                "If-Match", etag).statusCode()).isEqualTo(403);
        assertThat(call("PUT", "/api/v1/raci/" + touchpoint + "/" + support, cco, "{\"letter\":\"X\"}", "If-Match", etag).body())
                .contains("\"field\":\"letter\"", "The letter is R, A, C or I");
        HttpResponse<String> set = call("PUT", "/api/v1/raci/" + touchpoint + "/" + support, cco, "{\"letter\":\"R\"}", "If-Match", etag);
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(set.headers().firstValue("ETag")).contains("\"R\"");
        HttpResponse<String> stale = call("PUT", "/api/v1/raci/" + touchpoint + "/" + support, cco, "{\"letter\":\"C\"}", "If-Match", etag);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.body()).contains("Someone changed this since you read it");
        assertThat(call("GET", "/api/v1/raci?gaps=true", cco, null).body()).doesNotContain("\"touchpoint\":\"Order confirmation\"");
        assertThat(jdbc.queryForObject("SELECT source FROM change_history WHERE area = 'RACI' ORDER BY id DESC LIMIT 1", String.class))
                .isEqualTo("EDIT");

        HttpResponse<String> first = call("GET", "/api/v1/raci?limit=10", cco, null);
        String next = first.body().replaceAll(".*\"next\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> second = call("GET", "/api/v1/raci?limit=10&cursor=" + next, cco, null);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).doesNotContain(first.body().replaceAll(".*?\"touchpoint\":\"([^\"]+)\".*", "\"touchpoint\":\"$1\""));
        assertThat(call("GET", "/api/v1/raci?cursor=garbage", cco, null).statusCode()).isEqualTo(400);
    }
}
