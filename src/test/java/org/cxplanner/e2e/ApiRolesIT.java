package org.cxplanner.e2e;

import org.cxplanner.ServerIT;
import org.cxplanner.users.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API endpoint against every role, over HTTP: everyone signed in reads; each write answers exactly as the screen's
 * rule for that role says (the same services decide); nobody without a token gets in.
 */
class ApiRolesIT extends ServerIT {

    private static final List<String> ROLES = List.of("ADMIN", "CMO", "CCO", "MARKETING", "CX", "VIEWER");
    private static final Map<String, String> USER = Map.of("ADMIN", "admin", "CMO", "cmo", "CCO", "cco", "MARKETING", "marketer",
            "CX", "cx", "VIEWER", "viewer");

    private final ApiCalls api = new ApiCalls(this::url);
    @Autowired
    private ApiTokens tokens;
    @Autowired
    private org.springframework.security.core.context.SecurityContextHolderStrategy security;

    @Test
    void everyRoleReadsEveryEndpointAndWritesExactlyWhatItsRoleMay() throws Exception {
        long touchpoint = id("SELECT id FROM touchpoint WHERE name = 'Order confirmation'");
        long function = id("SELECT id FROM business_function WHERE name = 'Support'");
        long joint = id("SELECT min(id) FROM initiative WHERE team = 'JOINT'");
        long indicator = id("SELECT id FROM indicator WHERE name = 'Net Promoter Score'");
        long message = id("SELECT min(id) FROM message");
        long action = id("SELECT id FROM review_action WHERE text LIKE 'Share this quarter%'");
        long owner = id("SELECT id FROM app_user WHERE username = 'cco'");
        List<String> reads = List.of("/api/v1/touchpoints", "/api/v1/functions?archived=true", "/api/v1/raci?gaps=true",
                "/api/v1/raci/" + touchpoint + "/" + function, "/api/v1/initiatives?status=PLANNED", "/api/v1/initiatives/" + joint,
                "/api/v1/indicators", "/api/v1/indicators/" + indicator, "/api/v1/messages", "/api/v1/messages/" + message,
                "/api/v1/reviews/current", "/api/v1/history?limit=5");

        Map<String, Map<String, Integer>> answered = new LinkedHashMap<>();
        int k = 0;
        for (String role : ROLES) {
            String token = token(USER.get(role), role);
            for (String read : reads) {
                assertThat(call("GET", read, token, null).statusCode()).as(role + " reads " + read).isEqualTo(200);
            }
            Map<String, Integer> writes = new LinkedHashMap<>();
            k++;
            writes.put("record a measurement", call("POST", "/api/v1/measurements", token, "{\"measurements\":[{\"indicator\":"
                    + "\"Net Promoter Score\",\"date\":\"" + LocalDate.now().minusYears(3).plusWeeks(k) + "\",\"value\":40}]}").statusCode());
            String cellTag = call("GET", "/api/v1/raci/" + touchpoint + "/" + function, token, null).headers().firstValue("ETag").orElseThrow();
            writes.put("set a RACI cell", call("PUT", "/api/v1/raci/" + touchpoint + "/" + function, token,
                    "{\"letter\":\"" + (cellTag.contains("R") ? "C" : "R") + "\"}", "If-Match", cellTag).statusCode());
            writes.put("create an initiative", call("POST", "/api/v1/initiatives", token, "{\"title\":\"Joint pilot " + k
                    + "\",\"team\":\"JOINT\",\"ownerId\":" + owner + ",\"start\":\"2027-05-01\",\"end\":\"2027-05-31\"}").statusCode());
            String initiativeTag = call("GET", "/api/v1/initiatives/" + joint, token, null).headers().firstValue("ETag").orElseThrow();
            writes.put("change an initiative", call("PUT", "/api/v1/initiatives/" + joint, token, "{\"description\":\"Checked by " + role
                    + "\"}", "If-Match", initiativeTag).statusCode());
            int actionVersion = jdbc.queryForObject("SELECT version FROM review_action WHERE id = ?", Integer.class, action);
            boolean done = jdbc.queryForObject("SELECT done FROM review_action WHERE id = ?", Boolean.class, action);
            writes.put("tick an action", call("PUT", "/api/v1/reviews/current/actions/" + action, token, "{\"done\":" + !done + "}",
                    "If-Match", "\"v" + actionVersion + "\"").statusCode());
            answered.put(role, writes);
        }

        // The screens' rules: measurements and action items are the teams' (not an administrator's or a viewer's); the
        // RACI matrix and joint initiatives are everyone's but a viewer's.
        assertThat(answered).isEqualTo(Map.of(
                "ADMIN", writes(403, 200, 201, 200, 403),
                "CMO", writes(201, 200, 201, 200, 200),
                "CCO", writes(201, 200, 201, 200, 200),
                "MARKETING", writes(201, 200, 201, 200, 200),
                "CX", writes(201, 200, 201, 200, 200),
                "VIEWER", writes(403, 403, 403, 403, 403)));

        for (String read : reads) {
            assertThat(call("GET", read, null, null).statusCode()).as("anonymous " + read).isEqualTo(401);
        }
        assertThat(call("GET", "/api/v1/touchpoints", token("viewer", "VIEWER"), null).body())
                .contains("\"name\":\"Order confirmation\"", "\"stage\":", "\"channel\":");
        assertThat(call("POST", "/api/v1/measurements", null, "{}").statusCode()).isEqualTo(401);
        assertThat(call("PUT", "/api/v1/initiatives/" + joint, "cxp_not-a-token", "{}").statusCode()).isEqualTo(401);
    }

    private static Map<String, Integer> writes(int measurement, int cell, int create, int change, int tick) {
        Map<String, Integer> writes = new LinkedHashMap<>();
        writes.put("record a measurement", measurement);
        writes.put("set a RACI cell", cell);
        writes.put("create an initiative", create);
        writes.put("change an initiative", change);
        writes.put("tick an action", tick);
        return writes;
    }

    private long id(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private String token(String username, String role) {
        return ApiCalls.token(tokens, security, username, role, false);
    }

    private HttpResponse<String> call(String method, String path, String token, String body, String... headers) throws Exception {
        return api.call(method, path, token, body, headers);
    }
}
