package org.cxplanner.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.cxplanner.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // The stylesheets are fetched once, on the login page: without this the whole app stays unstyled.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/favicon.ico").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // Calendar programs cannot sign in: a feed's secret address is its credential (CalendarFeedService).
                .requestMatchers("/calendar/*.ics").permitAll()
                // Downloads outside Vaadin's router: any signed-in user; services check roles in detail.
                .requestMatchers("/export/**").authenticated());
        http.addFilterBefore(new LoginForgeryFilter(), UsernamePasswordAuthenticationFilter.class);
        // Any other address is for signed-in users, who then see the planner's own "not found" page with status 404;
        // Vaadin's default refused them outright with an empty 403.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
