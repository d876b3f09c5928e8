package org.cxplanner.e2e;

import org.cxplanner.users.ApiTokens;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.UnaryOperator;

/** The REST API over HTTP with a personal access token, as a script calls it. */
final class ApiCalls {

    private final HttpClient http = HttpClient.newHttpClient();
    private final UnaryOperator<String> url;

    ApiCalls(UnaryOperator<String> url) {
        this.url = url;
    }

    /** A new token of this demo person, made through the service as the user menu does. */
    static String token(ApiTokens tokens, SecurityContextHolderStrategy security, String username, String role, boolean readOnly) {
        var signedIn = new TestingAuthenticationToken(username, null, "ROLE_" + role);
        signedIn.setAuthenticated(true);
        // The application's own strategy and the static holder: in the whole suite another test's node may own the latter.
        security.getContext().setAuthentication(signedIn);
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        try {
            return tokens.create(username + " script", 30, readOnly).secret();
        } finally {
            security.clearContext();
            SecurityContextHolder.clearContext();
        }
    }

    HttpResponse<String> call(String method, String path, String token, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.apply(path)))
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
}
