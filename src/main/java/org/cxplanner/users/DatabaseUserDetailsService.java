package org.cxplanner.users;

import jakarta.servlet.http.HttpServletRequest;
import org.cxplanner.security.LoginThrottle;
import org.cxplanner.security.SignedInUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;

@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final LoginThrottle throttle;

    DatabaseUserDetailsService(UserRepository users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        List<SimpleGrantedAuthority> authorities = user.getRoleNames().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        return new SignedInUser(user.getUsername(), user.getPasswordHash(), user.getDisplayName(), user.isEnabled(),
                !throttle.isBlocked(user.getUsername(), remoteAddress()), authorities);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
