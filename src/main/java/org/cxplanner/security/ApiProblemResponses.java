package org.cxplanner.security;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Refusals written before any controller runs, in the API's one error format ({@code application/problem+json}). */
final class ApiProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblemResponses() {
    }

    static void write(HttpServletResponse response, int status, String title, String detail, String field) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (field != null) {
            problem.put("field", field);
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
