package org.cxplanner.bench;

import org.cxplanner.raci.LargePlan;
import org.cxplanner.users.ApiTokens;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The API's round trips over HTTP on a real server with a generated plan (500 touchpoints × 30 functions, 300
 * indicators): recording 1,000 measurements in one call, and reading the whole matrix (500 rows) in one page.
 * Run as docs/benchmarks.md says; results go to standard output.
 */
public final class ApiBenchmark {

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = BenchmarkApp.start()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            LargePlan.create(jdbc, 500, 30);
            LargePlan.indicators(jdbc, 300, 52);
            String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            String token = token(context, "cmo");
            List<String> names = jdbc.queryForList(
                    "SELECT name FROM indicator WHERE team IN ('MARKETING', 'JOINT') ORDER BY id LIMIT 200", String.class);
            HttpClient http = HttpClient.newHttpClient();

            List<Long> writes = new ArrayList<>();
            for (int run = 0; run < 12; run++) {
                StringBuilder body = new StringBuilder("{\"measurements\":[");
                LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY);
                for (int week = 0; week < 5; week++) {
                    LocalDate day = monday.minus(53 + run * 5 + week, ChronoUnit.WEEKS);
                    for (String name : names) {
                        body.append(body.charAt(body.length() - 1) == '[' ? "" : ",").append("{\"indicator\":\"").append(name)
                                .append("\",\"date\":\"").append(day).append("\",\"value\":").append(40 + week).append('}');
                    }
                }
                body.append("]}");
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/measurements"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
                writes.add(System.nanoTime() - start);
                if (response.statusCode() != 201 || !response.body().equals("{\"recorded\":1000}")) {
                    throw new IllegalStateException(response.statusCode() + " " + response.body());
                }
            }
            report("POST /api/v1/measurements with 1,000 measurements", writes);

            List<Long> reads = new ArrayList<>();
            for (int run = 0; run < 25; run++) {
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/raci?limit=500"))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                reads.add(System.nanoTime() - start);
                if (response.statusCode() != 200 || !response.body().contains("\"next\":null")) {
                    throw new IllegalStateException(response.statusCode() + " " + response.body().substring(0, 200));
                }
            }
            report("GET /api/v1/raci?limit=500 (the 500x30 matrix in one page)", reads);
        }
    }

    /** A token made as the user would make it, signed in through the application's own security strategy. */
    private static String token(ConfigurableApplicationContext context, String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolderStrategy security = context.getBean(SecurityContextHolderStrategy.class);
        security.getContext().setAuthentication(signedIn);
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        try {
            return context.getBean(ApiTokens.class).create("benchmark", 1, false).secret();
        } finally {
            security.clearContext();
            SecurityContextHolder.clearContext();
        }
    }

    private static void report(String what, List<Long> nanos) {
        long[] ms = nanos.stream().skip(2).mapToLong(n -> n / 1_000_000).sorted().toArray();
        System.out.printf("%s: median %d ms, best %d ms, worst %d ms over %d warm runs (first cold run %d ms)%n",
                what, ms[ms.length / 2], ms[0], ms[ms.length - 1], ms.length, nanos.getFirst() / 1_000_000);
    }
}
