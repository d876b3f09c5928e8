package org.cxplanner.users;

import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.security.Roles;
import org.cxplanner.security.SignedInUser;
import org.cxplanner.security.SsoAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The planner's account of a person who signs in with the company's provider: found by the provider's subject (or,
 * the first time, by user name, so an existing account keeps its history), created otherwise; name, e-mail and roles
 * follow the provider on every sign-in, and each role change is in the history. An account an administrator switched
 * off stays out, whatever the provider says.
 */
@Service
class SsoAccountService implements SsoAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private final UserRepository users;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final ChangeHistory history;
    private final PlanEvents events;

    SsoAccountService(UserRepository users, JdbcTemplate jdbc, PasswordEncoder passwords, ChangeHistory history, PlanEvents events) {
        this.users = users;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.history = history;
        this.events = events;
    }

    /** Called while the person signs in, before anyone is signed in: no role check, the provider's tokens are the credential. */
    @Override
    @Transactional
    public SignedInUser signIn(SsoIdentity who) {
        Optional<AppUser> known = jdbc.queryForList("SELECT id FROM app_user WHERE sso_subject = ?", Long.class, who.subject())
                .stream().findFirst().flatMap(users::findById);
        AppUser account;
        if (known.isPresent()) {
            account = update(known.get(), who);
        } else {
            Optional<AppUser> sameName = users.findByUsernameIgnoreCase(who.username());
            if (sameName.isPresent()) {
                String linked = jdbc.queryForObject("SELECT sso_subject FROM app_user WHERE id = ?", String.class, sameName.get().getId());
                if (linked != null) {
                    throw new Refused("The planner already has a user '" + who.username() + "' who signs in with another company "
                            + "account. Ask your administrator.");
                }
                account = update(sameName.get(), who);
            } else {
                account = users.save(new AppUser(who.username(), who.displayName(), unusablePassword(), who.roles()));
                record(account, null, null, "Created at the first sign-in with " + who.provider() + ", roles " + list(who.roles()));
            }
        }
        String email = who.email() != null && who.email().strip().matches(EMAIL) && who.email().length() <= 254 ? who.email().strip() : null;
        jdbc.update("UPDATE app_user SET sso_subject = ?, email = coalesce(?, email) WHERE id = ?", who.subject(), email, account.getId());
        return new SignedInUser(account.getUsername(), "", account.getDisplayName(), true, true,
                account.getRoleNames().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
    }

    private AppUser update(AppUser account, SsoIdentity who) {
        if (!account.isEnabled()) {
            throw new Refused("Your planner account (" + account.getUsername() + ") is switched off. Ask an administrator "
                    + "of the planner to switch it on.");
        }
        Set<String> before = account.getRoleNames();
        boolean changed = false;
        if (!before.equals(who.roles())) {
            account.setRoleNames(who.roles());
            changed = true;
        }
        if (!account.getDisplayName().equals(who.displayName())) {
            account.setDisplayName(who.displayName());
            changed = true;
        }
        if (!changed) {
            return account;
        }
        AppUser saved = users.save(account);
        if (!before.equals(who.roles())) {
            record(saved, "Roles", list(before), list(who.roles()) + " (groups at sign-in with " + who.provider() + ")");
        }
        return saved;
    }

    /** Such a person signs in only through the provider: the password no one knows is never asked for. */
    private String unusablePassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return passwords.encode(Base64.getEncoder().encodeToString(bytes));
    }

    private void record(AppUser user, String field, String oldValue, String newValue) {
        history.record(field == null
                ? ChangeEntry.event(HistoryArea.USERS, UserEvents.HISTORY_KIND, user.getId(), user.getUsername(), newValue)
                : ChangeEntry.changed(HistoryArea.USERS, UserEvents.HISTORY_KIND, user.getId(), user.getUsername(), field, oldValue, newValue));
        events.publish(UserEvents.USERS, user.getId());
    }

    private static String list(Set<String> roles) {
        return Roles.ALL.stream().filter(roles::contains).collect(Collectors.joining(", "));
    }
}
