package org.cxplanner.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The REST API under {@code /api/}: its own filter chain, before the screens' one. No session, no cookie, no CSRF token
 * (a call carries its credential in the Authorization header, which a browser never adds by itself); every call signs
 * in with a personal access token, and the services check roles as they do for the screens.
 */
@Configuration
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenCheck tokens,
                                       org.springframework.security.core.context.SecurityContextHolderStrategy strategy)
            throws Exception {
        http.securityMatcher("/api/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new PersonalTokenFilter(tokens, strategy), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // The API's description is no secret (the planner is open source): tools read it without a token.
                        .requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            ApiProblemResponses.write(response, 401, "Sign in with a token",
                                    "Send a personal access token: Authorization: Bearer cxp_… (create one in the user menu, "
                                            + "Access tokens). It may have expired or been revoked.", null);
                        })
                        .accessDeniedHandler((request, response, e) -> ApiProblemResponses.write(response, 403, "Not allowed",
                                "Your role cannot do this.", null)));
        return http.build();
    }
}
