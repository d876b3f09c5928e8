package org.cxplanner.users.ui;

import org.cxplanner.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class ChangePasswordTest extends KaribuTest {

    @Autowired
    private PasswordEncoder passwordEncoder;
    private ChangePasswordDialog dialog;

    @BeforeEach
    void openDialogFromTheUserMenu() {
        loginAndOpen("viewer", "");
        org.cxplanner.base.ui.UserMenuTesting.choose("Change password…");
        dialog = _get(ChangePasswordDialog.class);
    }

    @Test
    void changesOwnPasswordWithTheCurrentOne() {
        _setValue(dialog.current, "demo-password");
        _setValue(dialog.newPassword, "my-own-secret-phrase");
        _setValue(dialog.repeat, "my-own-secret-phrase");
        _click(dialog.save);
        expectNotifications("Your password has been changed.");
        assertThat(passwordEncoder.matches("my-own-secret-phrase", hashOf("viewer"))).isTrue();
    }

    @Test
    void refusesAWrongCurrentPassword() {
        _setValue(dialog.current, "not-my-password");
        _setValue(dialog.newPassword, "my-own-secret-phrase");
        _setValue(dialog.repeat, "my-own-secret-phrase");
        _click(dialog.save);
        assertThat(dialog.current.isInvalid()).isTrue();
        assertThat(dialog.current.getErrorMessage()).isEqualTo("That is not your current password.");
        assertThat(passwordEncoder.matches("demo-password", hashOf("viewer"))).isTrue();
    }

    @Test
    void refusesAShortOrMistypedNewPassword() {
        _setValue(dialog.current, "demo-password");
        _setValue(dialog.newPassword, "short");
        _setValue(dialog.repeat, "shorter");
        _click(dialog.save);
        assertThat(dialog.repeat.getErrorMessage()).isEqualTo("The two new passwords differ.");

        _setValue(dialog.repeat, "short");
        _click(dialog.save);
        assertThat(dialog.newPassword.getErrorMessage()).isEqualTo("Use at least 12 characters (and at most 128).");
        assertThat(passwordEncoder.matches("demo-password", hashOf("viewer"))).isTrue();
    }

    private String hashOf(String username) {
        return jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class, username);
    }
}
