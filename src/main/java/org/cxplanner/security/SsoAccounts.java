package org.cxplanner.security;

import java.util.Set;

/**
 * Implemented by the users feature: the planner's account of a person who signed in with the company's provider,
 * created on their first sign-in and brought up to date (name, e-mail, roles) on every one.
 */
public interface SsoAccounts {

    /** Who the provider says signed in, and the roles their groups give ({@code roles} is never empty). */
    record SsoIdentity(String provider, String subject, String username, String displayName, String email, Set<String> roles) {
    }

    /** The person as signed in now; {@link Refused} (with the words for the sign-in page) when they stay out. */
    SignedInUser signIn(SsoIdentity identity);

    /** The person may not come in: the message says why and what to do. */
    final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }
}
