package org.cxplanner.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Supplier;

/**
 * Runs work as a named person, for seeding the demo plan the way that person would have made it. It sets the
 * context in the strategy the method-security checks use (Vaadin installs its own as a bean), not only in the
 * static holder: with two applications in one JVM, as in the tests, the static holder may be the other one's.
 */
@Component
public class RunAs {

    private final SecurityContextHolderStrategy strategy;

    RunAs(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public <T> T run(String username, String role, Supplier<T> work) {
        SecurityContextHolderStrategy global = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext previous = strategy.getContext();
        SecurityContext previousGlobal = global.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        strategy.setContext(context);
        global.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
            global.setContext(previousGlobal);
        }
    }
}
