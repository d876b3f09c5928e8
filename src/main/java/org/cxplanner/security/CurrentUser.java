package org.cxplanner.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place that reads who is signed in (an ArchUnit rule keeps it so). Services ask it for the caller's name
 * and {@link TeamAccess}; views ask it which buttons to show. Outside a request (start-up, scheduled work) nobody
 * is signed in: no roles, and the name "system".
 */
public final class CurrentUser {

    public static final String SYSTEM = "system";

    private CurrentUser() {
    }

    /** The user name of the caller, or "system" when nobody is signed in. */
    public static String name() {
        Authentication user = authentication();
        return user == null ? SYSTEM : user.getName();
    }

    /** The principal with the name people recognise, when a person is signed in. */
    public static Optional<SignedInUser> signedIn() {
        Authentication user = authentication();
        return user != null && user.getPrincipal() instanceof SignedInUser signedIn ? Optional.of(signedIn) : Optional.empty();
    }

    public static String displayName() {
        return signedIn().map(SignedInUser::getDisplayName).orElse(name());
    }

    /** Role names without Spring's ROLE_ prefix. */
    public static Set<String> roles() {
        Authentication user = authentication();
        if (user == null) {
            return Set.of();
        }
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toUnmodifiableSet());
    }

    public static boolean hasRole(String role) {
        return roles().contains(role);
    }

    public static boolean hasAnyRole(Collection<String> roles) {
        Set<String> held = roles();
        return roles.stream().anyMatch(held::contains);
    }

    /** What the caller may do for which team. */
    public static TeamAccess access() {
        return TeamAccess.of(roles());
    }

    private static Authentication authentication() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null || !user.isAuthenticated() || "anonymousUser".equals(user.getPrincipal()) ? null : user;
    }
}
