package org.cxplanner.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The planner's part of single sign-on (the provider itself is configured by Spring's standard
 * {@code spring.security.oauth2.client.*} properties): which claim carries the person's groups, which groups give
 * which role ({@code cxp.sso.roles.CMO=marketing-leads}), and whether the password form stays next to the button.
 */
@ConfigurationProperties("cxp.sso")
public class SsoSettings {

    /** The claim with the person's groups or roles; a dotted path reaches into an object ({@code realm_access.roles}). */
    private String rolesClaim = "groups";
    /** Role name → the groups that give it. */
    private Map<String, List<String>> roles = new LinkedHashMap<>();
    /** Whether the user name and password form is offered (and accepted) next to single sign-on. */
    private boolean passwordLogin = true;

    public String getRolesClaim() {
        return rolesClaim;
    }

    public void setRolesClaim(String rolesClaim) {
        this.rolesClaim = rolesClaim;
    }

    public Map<String, List<String>> getRoles() {
        return roles;
    }

    public void setRoles(Map<String, List<String>> roles) {
        this.roles = roles;
    }

    public boolean isPasswordLogin() {
        return passwordLogin;
    }

    public void setPasswordLogin(boolean passwordLogin) {
        this.passwordLogin = passwordLogin;
    }
}
