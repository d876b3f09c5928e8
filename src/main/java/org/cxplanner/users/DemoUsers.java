package org.cxplanner.users;

import org.cxplanner.base.DemoDataSeeder;
import org.cxplanner.security.Roles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.Set;

/** One demo user per role, all with the password the README gives. */
@Component
class DemoUsers implements DemoDataSeeder {

    static final String DEMO_PASSWORD = "demo-password";

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private String demoPasswordHash;

    DemoUsers(UserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void seed() {
        if (users.count() > 0) {
            return;
        }
        create("admin", "Ada Admin", Roles.ADMIN);
        create("cmo", "Maria Marketing-Lead", Roles.CMO);
        create("cco", "Chris Customer-Lead", Roles.CCO);
        create("marketer", "Mark Campaigns", Roles.MARKETING);
        create("cx", "Casey Experience", Roles.CX);
        create("viewer", "Vic Finance", Roles.VIEWER);
    }

    @Override
    public int getOrder() {
        return 0;
    }

    private void create(String username, String name, String role) {
        users.save(new AppUser(username, name, demoPasswordHash(), Set.of(role)));
    }

    // bcrypt is slow on purpose; hashing once keeps resets of the demo data (and the tests) quick.
    private synchronized String demoPasswordHash() {
        if (demoPasswordHash == null) {
            demoPasswordHash = passwordEncoder.encode(DEMO_PASSWORD);
        }
        return demoPasswordHash;
    }
}
