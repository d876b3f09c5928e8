package org.cxplanner;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.List;
import java.util.Map;

/**
 * The company's OpenID Connect provider for the tests: a real one (mock-oauth2-server) inside the test JVM, started
 * once before the shared Spring context, which discovers it through its issuer address as it would Keycloak or Entra.
 */
public final class TestIdentityProvider {

    public static final String ISSUER = "company";
    public static final String CLIENT_ID = "cx-planner";
    private static MockOAuth2Server server;

    private TestIdentityProvider() {
    }

    static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server;
    }

    /** The standard Spring settings a deployment would have, pointing at the provider in this JVM. */
    static void register(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.company.client-id", () -> CLIENT_ID);
        registry.add(prefix + "registration.company.client-secret", () -> "test-secret");
        registry.add(prefix + "registration.company.client-name", () -> "Company account");
        registry.add(prefix + "registration.company.scope", () -> "openid,profile,email");
        registry.add(prefix + "registration.company.authorization-grant-type", () -> "authorization_code");
        registry.add(prefix + "provider.company.issuer-uri", () -> server().issuerUrl(ISSUER).toString());
    }

    public static String issuer() {
        return server().issuerUrl(ISSUER).toString();
    }

    /** The next sign-in at the provider is this person, in these groups. */
    public static void nextSignIn(String username, String name, String email, List<String> groups) {
        server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "sub-" + username, "JWT", List.of(CLIENT_ID),
                Map.of("preferred_username", username, "name", name, "email", email, "groups", groups), 3600));
    }
}
