package org.cxplanner.security;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Map;

/**
 * A person signed in with the company's provider: the planner's own account (name, roles, as everywhere else) that
 * also carries the provider's tokens, which sign-out needs to end the provider's session too.
 */
public class SignedInOidcUser extends SignedInUser implements OidcUser {

    private final OidcUser oidc;

    SignedInOidcUser(SignedInUser account, OidcUser oidc) {
        super(account.getUsername(), "", account.getDisplayName(), true, true, account.getAuthorities());
        this.oidc = oidc;
    }

    /** The planner's user name, so changes are recorded under it and not under the provider's subject. */
    @Override
    public String getName() {
        return getUsername();
    }

    @Override
    public Map<String, Object> getClaims() {
        return oidc.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return oidc.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return oidc.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return oidc.getAttributes();
    }
}
