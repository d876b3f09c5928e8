package org.cxplanner.users;

import org.cxplanner.IntegrationTest;
import org.cxplanner.base.DemoDataLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserStorageTest extends IntegrationTest {

    @Autowired
    private DemoDataLoader demoDataLoader;
    @Autowired
    private UserRepository users;
    @Autowired
    private PasswordEncoder passwordEncoder;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void aSecondStartDoesNotDuplicateOrResetDemoUsers() {
        jdbc.update("UPDATE app_user SET display_name = 'Renamed by admin' WHERE username = 'cx'");
        demoDataLoader.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user", Integer.class)).isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT display_name FROM app_user WHERE username = 'cx'", String.class))
                .isEqualTo("Renamed by admin");
    }

    @Test
    void demoUsersHoldOneRoleEachAndTheReadmePassword() {
        assertThat(jdbc.queryForList("SELECT u.username || '=' || r.role FROM app_user u JOIN user_role r ON r.user_id = u.id ORDER BY 1", String.class))
                .containsExactly("admin=ADMIN", "cco=CCO", "cmo=CMO", "cx=CX", "marketer=MARKETING", "viewer=VIEWER");
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'viewer'", String.class);
        assertThat(passwordEncoder.matches("demo-password", hash)).isTrue();
    }

    @Test
    void theDatabaseRefusesDuplicateUsernamesBlankNamesAndUnknownRoles() {
        assertThatThrownBy(() -> jdbc.update("INSERT INTO app_user (username, display_name, password_hash) VALUES ('Viewer', 'x', '{noop}x')"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO app_user (username, display_name, password_hash) VALUES ('with space', 'x', '{noop}x')"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO user_role (user_id, role) SELECT id, 'KING' FROM app_user WHERE username = 'cx'"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseKeepsAnEnabledAdministrator() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(s ->
                jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = 'admin'")))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(s ->
                jdbc.update("DELETE FROM user_role WHERE role = 'ADMIN'")))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(users.countEnabledAdmins()).isEqualTo(1);
    }

    @Test
    void theFirstAdministratorComesFromTheEnvironmentWhenNoneExists() {
        jdbc.execute("TRUNCATE app_user CASCADE");
        new FirstAdministrator(users, passwordEncoder, transactions, "", "").run(new DefaultApplicationArguments());
        assertThat(users.count()).isZero();

        new FirstAdministrator(users, passwordEncoder, transactions, "root", "short").run(new DefaultApplicationArguments());
        assertThat(users.count()).isZero();

        new FirstAdministrator(users, passwordEncoder, transactions, "root", "a-long-enough-password").run(new DefaultApplicationArguments());
        AppUser root = users.findByUsernameIgnoreCase("root").orElseThrow();
        assertThat(root.getRoleNames()).containsExactly("ADMIN");
        assertThat(passwordEncoder.matches("a-long-enough-password", root.getPasswordHash())).isTrue();

        new FirstAdministrator(users, passwordEncoder, transactions, "other", "another-long-password").run(new DefaultApplicationArguments());
        assertThat(users.count()).isEqualTo(1);
    }
}
