package org.cxplanner.e2e;

import org.cxplanner.users.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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

    private final ApiCalls api = new ApiCalls(this::url);
    @Autowired
    private ApiTokens tokens;
    /** This application's own strategy: in the whole suite, another test's second node may own the static holder. */
    @Autowired
    private org.springframework.security.core.context.SecurityContextHolderStrategy security;

    private String token(String username, String role, boolean readOnly) {
        return ApiCalls.token(tokens, security, username, role, readOnly);
    }

    private static String lastWeek() {
        LocalDate day = LocalDate.now().minusWeeks(1);
        return String.format("%d-W%02d", day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private HttpResponse<String> call(String method, String path, String token, String body, String... headers) throws Exception {
        return api.call(method, path, token, body, headers);
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
        HttpResponse<String> aligned = call("GET", "/api/v1/messages?status=ALIGNED", reader, null);
        assertThat(aligned.statusCode()).isEqualTo(200);
        assertThat(aligned.body()).contains("\"status\":\"ALIGNED\"", "\"marketingSigned\":true").doesNotContain("\"status\":\"DRAFT\"");
        long message = jdbc.queryForObject("SELECT min(id) FROM message WHERE status = 'ALIGNED'", Long.class);
        HttpResponse<String> one = call("GET", "/api/v1/messages/" + message, reader, null);
        assertThat(one.body()).contains("\"checklist\":[{", "\"signOffs\":[{\"side\":\"MARKETING\"");
        assertThat(call("GET", "/api/v1/messages/999999", reader, null).statusCode()).isEqualTo(404);
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
    void initiativesAreCreatedAndChangedByTheEditorsRulesActionsTickedAndTheHistoryReadBack() throws Exception {
        String marketer = token("marketer", "MARKETING", false);
        long owner = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'marketer'", Long.class);
        String body = "{\"title\":\"Spring webinar\",\"team\":\"MARKETING\",\"ownerId\":" + owner
                + ",\"start\":\"2027-03-01\",\"end\":\"2027-03-31\"}";
        assertThat(call("POST", "/api/v1/initiatives", token("viewer", "VIEWER", false), body).statusCode()).isEqualTo(403);
        assertThat(call("POST", "/api/v1/initiatives", marketer, body.replace("MARKETING", "CX")).statusCode())
                .as("a marketer cannot create for the CX team, as on the screen").isIn(403, 422);
        HttpResponse<String> bad = call("POST", "/api/v1/initiatives", marketer, body.replace("2027-03-31", "2027-02-01"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        HttpResponse<String> created = call("POST", "/api/v1/initiatives", marketer, body);
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> moved = call("PUT", location, marketer, "{\"status\":\"AT_RISK\"}", "If-Match", etag);
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.body()).contains("\"status\":\"AT_RISK\"", "\"title\":\"Spring webinar\"");
        assertThat(call("PUT", location, marketer, "{\"status\":\"DONE\"}", "If-Match", etag).statusCode()).isEqualTo(412);
        assertThat(call("GET", "/api/v1/initiatives?status=AT_RISK&limit=50", marketer, null).body()).contains("Spring webinar");

        HttpResponse<String> review = call("GET", "/api/v1/reviews/current", marketer, null);
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.body()).contains("Share this quarter's NPS verbatims");
        long action = jdbc.queryForObject("SELECT id FROM review_action WHERE text LIKE 'Share this quarter%'", Long.class);
        int version = jdbc.queryForObject("SELECT version FROM review_action WHERE id = ?", Integer.class, action);
        HttpResponse<String> ticked = call("PUT", "/api/v1/reviews/current/actions/" + action, marketer, "{\"done\":true}",
                "If-Match", "\"v" + version + "\"");
        assertThat(ticked.statusCode()).isEqualTo(200);
        assertThat(ticked.body()).contains("\"done\":true");
        assertThat(call("GET", "/api/v1/reviews/" + lastWeek(),
                marketer, null).body()).contains("Pricing page clarity goes live", "\"pins\":\"End date ");

        HttpResponse<String> history = call("GET", "/api/v1/history?area=ROADMAP&limit=5", marketer, null);
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body()).contains("\"item\":\"Spring webinar\"", "\"byName\":\"Mark Campaigns\"");
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
