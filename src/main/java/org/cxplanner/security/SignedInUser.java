package org.cxplanner.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Collection;
import java.util.List;

/** The principal of a session: Spring's user plus the name people recognise. */
public class SignedInUser extends User {

    private final String displayName;

    public SignedInUser(String username, String password, String displayName, boolean enabled, boolean nonLocked,
                        Collection<? extends GrantedAuthority> authorities) {
        super(username, password, enabled, true, true, nonLocked, authorities);
        this.displayName = displayName;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** Role names without the ROLE_ prefix, in the order of {@link Roles#ALL}. */
    public List<String> roleNames() {
        return Roles.ALL.stream().filter(role -> getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role))).toList();
    }
}
