package org.cxplanner.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Set;

/**
 * Signs a person in with the company's OpenID Connect provider: their groups give their roles (as {@link SsoSettings}
 * maps them), and their planner account is created or brought up to date. A person whose groups give no role, or
 * whose account an administrator switched off, stays out with a sentence saying why.
 */
class CompanySignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(CompanySignIn.class);

    private final OidcUserService provider = new OidcUserService();
    private final SsoSettings settings;
    private final SsoAccounts accounts;

    CompanySignIn(SsoSettings settings, SsoAccounts accounts) {
        this.settings = settings;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = provider.loadUser(request);
        String providerName = request.getClientRegistration().getClientName();
        String username = username(oidc);
        Set<String> groups = SsoRoleMapping.groups(oidc.getClaims(), settings.getRolesClaim());
        Set<String> roles = SsoRoleMapping.roles(groups, settings.getRoles());
        if (roles.isEmpty()) {
            log.info("Single sign-on refused for {}: groups {} give no role", username, groups);
            throw refused("Your company account (" + username + ") signed in, but none of its groups gives a role in the planner"
                    + (groups.isEmpty() ? "" : " (your groups: " + String.join(", ", groups) + ")")
                    + ". Ask your administrator to add you to the planner's groups.");
        }
        try {
            SignedInUser account = accounts.signIn(new SsoAccounts.SsoIdentity(providerName,
                    oidc.getIssuer() + "|" + oidc.getSubject(), username, displayName(oidc, username), oidc.getEmail(), roles));
            return new SignedInOidcUser(account, oidc);
        } catch (SsoAccounts.Refused refusal) {
            throw refused(refusal.getMessage());
        } catch (DataAccessException e) {
            log.warn("Single sign-on of {} could not update the account", username, e);
            throw refused("Your account could not be brought up to date (" + username + "). Ask your administrator.");
        }
    }

    /** The provider's preferred user name, else the e-mail address, else its subject: no spaces, at most 60 characters. */
    static String username(OidcUser oidc) {
        String name = oidc.getPreferredUsername();
        if (name == null || name.isBlank()) {
            name = oidc.getEmail();
        }
        if (name == null || name.isBlank()) {
            name = oidc.getSubject();
        }
        name = name.strip().replaceAll("\\s+", ".");
        return name.length() <= 60 ? name : name.substring(0, 60);
    }

    private static String displayName(OidcUser oidc, String username) {
        String name = oidc.getFullName();
        if (name == null || name.isBlank()) {
            name = String.join(" ", java.util.stream.Stream.of(oidc.getGivenName(), oidc.getFamilyName())
                    .filter(s -> s != null && !s.isBlank()).toList());
        }
        name = name.isBlank() ? username : name.strip();
        return name.length() <= 120 ? name : name.substring(0, 120);
    }

    private static OAuth2AuthenticationException refused(String message) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", message, null), message);
    }
}
