package org.cxplanner.users;

import org.cxplanner.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserServiceSecurityTest extends IntegrationTest {

    @Autowired
    private UserService userService;

    @ParameterizedTest(name = "{0} may not administer users")
    @ValueSource(strings = {"CMO", "CCO", "MARKETING", "CX", "VIEWER"})
    void everyAdministrationMethodRefusesNonAdministrators(String role) {
        actAs("someone", role);
        UserForm form = new UserForm();
        form.setUsername("intruder");
        form.setPassword("a-long-enough-password");
        form.setRoles(Set.of("ADMIN"));
        long viewerId = idOf("viewer");

        assertThatThrownBy(() -> userService.list(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.count()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.create(form)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.updateRoles(viewerId, 0, Set.of("ADMIN"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.setEnabled(viewerId, 0, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.resetPassword(viewerId, "a-long-enough-password")).isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user WHERE username = 'intruder'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM user_role WHERE role = 'ADMIN'", Integer.class)).isEqualTo(1);
    }

    @Test
    void anAdministratorMayAdministerUsers() {
        actAs("admin", "ADMIN");
        assertThat(userService.count()).isEqualTo(6);
        assertThat(userService.list(0, 3)).extracting(UserSummary::username).containsExactly("admin", "cco", "cmo");
    }

    @Test
    void nothingIsAvailableWithoutSigningIn() {
        assertThatThrownBy(() -> userService.list(0, 10)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> userService.changeOwnPassword("demo-password", "a-long-enough-password"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> userService.countEnabledUsers()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private long idOf(String username) {
        return jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
    }
}
