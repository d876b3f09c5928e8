package org.cxplanner.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.cxplanner.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SsoSettings.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> registrations,
                                            SsoSettings sso, ObjectProvider<SsoAccounts> accounts) throws Exception {
        // The stylesheets are fetched once, on the login page: without this the whole app stays unstyled.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/favicon.ico").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // Calendar programs cannot sign in: a feed's secret address is its credential (CalendarFeedService).
                .requestMatchers("/calendar/*.ics").permitAll()
                // Downloads outside Vaadin's router: any signed-in user; services check roles in detail.
                .requestMatchers("/export/**").authenticated());
        http.addFilterBefore(new LoginForgeryFilter(), UsernamePasswordAuthenticationFilter.class);
        if (!sso.isPasswordLogin()) {
            http.addFilterBefore(new PasswordLoginSwitch(), UsernamePasswordAuthenticationFilter.class);
        }
        // Single sign-on only when a provider is configured (spring.security.oauth2.client.registration.*): the same
        // sign-in page offers it next to the form; a refusal comes back to that page with its reason.
        ClientRegistrationRepository providers = registrations.getIfAvailable();
        if (providers != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(info -> info.oidcUserService(new CompanySignIn(sso, accounts.getObject())))
                    .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?refused")));
        }
        // Any other address is for signed-in users, who then see the planner's own "not found" page with status 404;
        // Vaadin's default refused them outright with an empty 403.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class, "/login").anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated);
            if (providers != null) {
                vaadin.logoutSuccessHandler(providerSignOut(providers));
            }
        });
        return http.build();
    }

    /** Signing out of the planner also ends the provider's session where it supports RP-initiated logout. */
    private static LogoutSuccessHandler providerSignOut(ClientRegistrationRepository providers) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(providers);
        // Sign-out is a click on a screen: the browser is sent on by Vaadin's answer, not by a plain HTTP redirect.
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        handler.setPostLogoutRedirectUri("{baseUrl}/login");
        handler.setDefaultTargetUrl("/login");
        return handler;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
