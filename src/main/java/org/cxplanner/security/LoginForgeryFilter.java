package org.cxplanner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a sign-in posted from anywhere but the planner's own sign-in page. Vaadin leaves the sign-in post out of
 * Spring's CSRF check, so without this another site could sign a visitor into the planner under its own account
 * (login CSRF). The sign-in form already sends the token: Vaadin writes it into the page and the login component
 * posts it. A stale token (the session expired while the page was open) leads back to the sign-in page, which says
 * so; a post from a foreign origin is refused outright.
 */
class LoginForgeryFilter extends OncePerRequestFilter {

    static final String EXPIRED_URL = "/login?expired";

    private final CsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();
    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/login".equals(request.getServletPath() + nullToEmpty(request.getPathInfo()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!sameOrigin(request)) {
            // Written here, not through the error page: that would send an anonymous visitor to the sign-in page.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign-in refused: it was not sent from this planner's own sign-in page.\n");
            return;
        }
        CsrfToken expected = tokens.loadToken(request);
        String sent = expected == null ? null : masked.resolveCsrfTokenValue(request, expected);
        if (expected == null || sent == null || !MessageDigest.isEqual(bytes(expected.getToken()), bytes(sent))) {
            response.sendRedirect(request.getContextPath() + EXPIRED_URL);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Browsers name the page a form was posted from; a post without the header (an old client) is judged by token. */
    private static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        // The host alone: behind a proxy that passes no X-Forwarded-Port the port seen here may differ from the
        // browser's. Another site has another host, and the token check covers the rest.
        try {
            return request.getServerName().equalsIgnoreCase(URI.create(origin).getHost());
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
