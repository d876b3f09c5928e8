package org.cxplanner.e2e;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import org.cxplanner.ServerIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page and download refuses someone who has not signed in: they get the login page, never data. */
class AnonymousAccessIT extends ServerIT {

    @Autowired
    private ServletContext servletContext;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyRouteRedirectsAnAnonymousVisitorToLogin() throws Exception {
        List<String> paths = new ArrayList<>(ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                .getRegisteredRoutes().stream()
                .map(route -> "/" + route.getTemplate().replaceAll(":[^/]+", "1"))
                .filter(path -> !path.equals("/login")).toList());
        paths.addAll(ProtectedUrls.DOWNLOADS);
        assertThat(paths).contains("/", "/admin/users");
        for (String path : paths) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValue(url("/login"));
        }
    }

    @Test
    void theLoginPageAndStylesheetsAreOpen() throws Exception {
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
        HttpResponse<String> css = http.send(HttpRequest.newBuilder(URI.create(url("/styles/app.css"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains("--cxp-brand");
    }
}
