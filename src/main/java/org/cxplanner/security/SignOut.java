package org.cxplanner.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** Signs the caller out (Vaadin's way: the session ends and the browser goes to the sign-in page). */
@Component
public class SignOut {

    private final AuthenticationContext authentication;

    SignOut(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public void now() {
        authentication.logout();
    }
}
