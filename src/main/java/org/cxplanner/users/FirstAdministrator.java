package org.cxplanner.users;

import org.cxplanner.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Set;

/**
 * An installation on an external database starts with no users: the first administrator comes from
 * CXP_ADMIN_USERNAME / CXP_ADMIN_PASSWORD, and without them the log says how to create one.
 */
@Component
@Order(20)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;
    private final String username;
    private final String password;

    FirstAdministrator(UserRepository users, PasswordEncoder passwordEncoder, TransactionTemplate transactions,
                       @Value("${cxp.admin.username:}") String username, @Value("${cxp.admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
        this.username = username.trim();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> ensureAdministrator());
    }

    void ensureAdministrator() {
        if (users.countEnabledAdmins() > 0) {
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            log.warn("""
                    No enabled administrator exists, so nobody can manage users. Restart with the environment \
                    variables CXP_ADMIN_USERNAME and CXP_ADMIN_PASSWORD (at least {} characters) to create one.""",
                    PasswordRules.MIN_LENGTH);
            return;
        }
        if (!username.matches("\\S{1,60}") || password.length() < PasswordRules.MIN_LENGTH) {
            log.error("CXP_ADMIN_USERNAME must be 1-60 characters without spaces and CXP_ADMIN_PASSWORD at least {} characters; "
                    + "no administrator was created.", PasswordRules.MIN_LENGTH);
            return;
        }
        AppUser existing = users.findByUsernameIgnoreCase(username).orElse(null);
        if (existing != null) {
            Set<String> roles = new java.util.TreeSet<>(existing.getRoleNames());
            roles.add(Roles.ADMIN);
            existing.setRoleNames(roles);
            existing.setEnabled(true);
            existing.setPasswordHash(passwordEncoder.encode(password));
            users.save(existing);
        } else {
            users.save(new AppUser(username, username, passwordEncoder.encode(password), Set.of(Roles.ADMIN)));
        }
        log.info("Administrator '{}' created from CXP_ADMIN_USERNAME.", username);
    }
}
