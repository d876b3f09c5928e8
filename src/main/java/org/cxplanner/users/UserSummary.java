package org.cxplanner.users;

import java.util.Set;

/** A user as the administration list shows it; never carries the password hash. */
public record UserSummary(long id, int version, String username, String displayName, boolean enabled, Set<String> roles) {

    static UserSummary of(AppUser user) {
        return new UserSummary(user.getId(), user.getVersion(), user.getUsername(), user.getDisplayName(),
                user.isEnabled(), user.getRoleNames());
    }
}
