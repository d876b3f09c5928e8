package org.cxplanner.users.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import org.cxplanner.KaribuTest;
import org.cxplanner.users.UserSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class UserAdminViewTest extends KaribuTest {

    @Autowired
    private PasswordEncoder passwordEncoder;

    private UserAdminView view;

    @BeforeEach
    void openAsAdmin() {
        loginAndOpen("admin", "admin/users");
        view = _get(UserAdminView.class);
    }

    @Test
    void listsEveryUserWithRolesAndState() {
        assertThat(GridKt._size(view.grid)).isEqualTo(6);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).containsExactly("admin", "Ada Admin", "Administrator", "Enabled");
    }

    @Test
    void createsAUserWhoCanSignIn() {
        NewUserDialog dialog = openNewUserDialog();
        _setValue(dialog.username, "dana");
        _setValue(dialog.displayName, "Dana Digital");
        _setValue(dialog.password, "a-long-enough-password");
        _setValue(dialog.roles, Set.of("MARKETING", "CX"));
        _click(dialog.save);

        expectNotifications("User dana created.");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(view.grid)).isEqualTo(7);
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'dana'", String.class);
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("a-long-enough-password", hash)).isTrue();
    }

    @Test
    void refusesATakenUsernameWhateverItsCase() {
        NewUserDialog dialog = fill("CMO", "a-long-enough-password", Set.of("VIEWER"));
        _click(dialog.save);
        assertInvalid(dialog.username, "The username 'CMO' is already taken.");
        assertThat(userCount()).isEqualTo(6);
    }

    @Test
    void refusesBlankUsername() {
        NewUserDialog dialog = fill("  ", "a-long-enough-password", Set.of("VIEWER"));
        _click(dialog.save);
        assertInvalid(dialog.username, "Enter a username.");
        assertThat(userCount()).isEqualTo(6);
    }

    @Test
    void refusesUsernameWithSpaces() {
        NewUserDialog dialog = fill("dana digital", "a-long-enough-password", Set.of("VIEWER"));
        _click(dialog.save);
        assertInvalid(dialog.username, "A username cannot contain spaces.");
        assertThat(userCount()).isEqualTo(6);
    }

    @Test
    void refusesShortPassword() {
        NewUserDialog dialog = fill("dana", "short-pass", Set.of("VIEWER"));
        _click(dialog.save);
        assertInvalid(dialog.password, "Use at least 12 characters (and at most 128).");
        assertThat(userCount()).isEqualTo(6);
    }

    @Test
    void refusesUserWithoutRole() {
        NewUserDialog dialog = fill("dana", "a-long-enough-password", Set.of());
        _click(dialog.save);
        assertInvalid(dialog.roles, "Choose at least one role.");
        assertThat(userCount()).isEqualTo(6);
    }

    @Test
    void editsRoles() {
        select("viewer");
        _click(view.editRoles);
        RolesDialog dialog = _get(RolesDialog.class);
        _setValue(dialog.roles, Set.of("VIEWER", "CX"));
        _click(dialog.save);
        expectNotifications("Roles of viewer saved.");
        assertThat(roles("viewer")).containsExactlyInAnyOrder("VIEWER", "CX");
    }

    @Test
    void disablesAndEnablesAUser() {
        select("cx");
        assertThat(view.toggleEnabled.getText()).isEqualTo("Disable");
        _click(view.toggleEnabled);
        expectNotifications("cx can no longer sign in.");
        assertThat(enabled("cx")).isFalse();

        select("cx");
        assertThat(view.toggleEnabled.getText()).isEqualTo("Enable");
        _click(view.toggleEnabled);
        expectNotifications("cx can sign in again.");
        assertThat(enabled("cx")).isTrue();
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabled() {
        select("admin");
        _click(view.toggleEnabled);
        expectNotifications("admin is the last enabled administrator and cannot be disabled. Make another user an administrator first.");
        assertThat(enabled("admin")).isTrue();
    }

    @Test
    void theLastEnabledAdministratorCannotBeDemoted() {
        select("admin");
        _click(view.editRoles);
        RolesDialog dialog = _get(RolesDialog.class);
        _setValue(dialog.roles, Set.of("VIEWER"));
        _click(dialog.save);
        assertInvalid(dialog.roles, "admin is the last enabled administrator and cannot be demoted. Make another user an administrator first.");
        assertThat(roles("admin")).containsExactly("ADMIN");
    }

    @Test
    void anAdministratorCanBeDemotedOnceAnotherExists() {
        select("cmo");
        _click(view.editRoles);
        RolesDialog roles = _get(RolesDialog.class);
        _setValue(roles.roles, Set.of("CMO", "ADMIN"));
        _click(roles.save);

        select("admin");
        _click(view.toggleEnabled);
        assertThat(enabled("admin")).isFalse();
    }

    @Test
    void resetsAPasswordAndRefusesAShortOne() {
        select("marketer");
        _click(view.resetPassword);
        ResetPasswordDialog dialog = _get(ResetPasswordDialog.class);
        _setValue(dialog.password, "too-short");
        _click(dialog.save);
        assertInvalid(dialog.password, "Use at least 12 characters (and at most 128).");

        _setValue(dialog.password, "brand-new-password");
        _click(dialog.save);
        expectNotifications("Password of marketer reset.");
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'marketer'", String.class);
        assertThat(passwordEncoder.matches("brand-new-password", hash)).isTrue();
    }

    @Test
    void aStaleRoleEditIsRefusedWithAReloadMessage() {
        select("viewer");
        _click(view.editRoles);
        RolesDialog dialog = _get(RolesDialog.class);
        jdbc.update("UPDATE app_user SET version = version + 1, display_name = 'Changed elsewhere' WHERE username = 'viewer'");
        _setValue(dialog.roles, Set.of("CX"));
        _click(dialog.save);
        expectNotifications("This was changed by someone else while you were editing. Reload to see their change, then edit again.");
        assertThat(roles("viewer")).containsExactly("VIEWER");
    }

    @Test
    void anotherAdministratorsChangeShowsWithoutReloading() {
        UserSummary cx = GridKt._findAll(view.grid).stream().filter(u -> u.username().equals("cx")).findFirst().orElseThrow();
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            actAs("another-admin", "ADMIN");
            userService.setEnabled(cx.id(), cx.version(), false);
        }).join();
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            assertThat(GridKt._findAll(view.grid).stream().filter(u -> u.username().equals("cx")).findFirst().orElseThrow()
                    .enabled()).isFalse();
        });
    }

    @Autowired
    private org.cxplanner.users.UserService userService;

    private NewUserDialog openNewUserDialog() {
        _click(view.create);
        return _get(NewUserDialog.class);
    }

    private NewUserDialog fill(String username, String password, Set<String> roles) {
        NewUserDialog dialog = openNewUserDialog();
        _setValue(dialog.username, username);
        _setValue(dialog.password, password);
        _setValue(dialog.roles, roles);
        return dialog;
    }

    private void select(String username) {
        Grid<UserSummary> grid = view.grid;
        UserSummary user = GridKt._findAll(grid).stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        grid.select(user);
    }

    private static void assertInvalid(com.vaadin.flow.component.HasValidation field, String message) {
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }

    private int userCount() {
        return jdbc.queryForObject("SELECT count(*) FROM app_user", Integer.class);
    }

    private List<String> roles(String username) {
        return jdbc.queryForList("SELECT r.role FROM user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?",
                String.class, username);
    }

    private boolean enabled(String username) {
        return jdbc.queryForObject("SELECT enabled FROM app_user WHERE username = ?", Boolean.class, username);
    }

}
