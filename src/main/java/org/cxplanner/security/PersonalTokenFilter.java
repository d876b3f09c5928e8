package org.cxplanner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Signs an API call in as the user of its personal access token ({@code Authorization: Bearer cxp_…}) for that call
 * only. A read-only token may only read; a token over its limit is answered 429 with {@code Retry-After}. Anything
 * else without a valid token is answered 401 by the chain's entry point.
 */
class PersonalTokenFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiTokenCheck tokens;
    private final SecurityContextHolderStrategy strategy;

    PersonalTokenFilter(ApiTokenCheck tokens, SecurityContextHolderStrategy strategy) {
        this.tokens = tokens;
        this.strategy = strategy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ApiTokenCheck.ApiCaller> caller;
            try {
                caller = tokens.check(header.substring(7).strip());
            } catch (ApiTokenCheck.TooManyCalls tooMany) {
                response.setHeader("Retry-After", String.valueOf(Math.max(1, tooMany.retryAfter().toSeconds())));
                ApiProblemResponses.write(response, 429, "Too many calls",
                        "This token made too many calls this minute. Try again after the time in Retry-After.", null);
                return;
            }
            if (caller.isPresent()) {
                if (caller.get().readOnly() && !READS.contains(request.getMethod())) {
                    ApiProblemResponses.write(response, 403, "Read-only token",
                            "This token may only read. Create a read-write token to change the plan.", null);
                    return;
                }
                var user = caller.get().user();
                var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
                strategy.getContext().setAuthentication(signedIn);
                // CurrentUser reads the static holder; it is this strategy in a running planner, but a test JVM that
                // started a second application may have swapped it: then the call is signed in there too, and out again.
                boolean alsoStatic = SecurityContextHolder.getContextHolderStrategy() != strategy;
                if (alsoStatic) {
                    SecurityContextHolder.getContext().setAuthentication(signedIn);
                }
                try {
                    chain.doFilter(request, response);
                } finally {
                    if (alsoStatic) {
                        SecurityContextHolder.clearContext();
                    }
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
