package org.cxplanner.users.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import org.cxplanner.KaribuTest;
import org.cxplanner.users.UserSummary;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** An administrator sets a person's e-mail address and time zone from user administration. */
class ContactDialogTest extends KaribuTest {

    @Test
    void theAdministratorGivesCaseyAnAddressAndATimeZone() {
        loginAndOpen("admin", "admin/users");
        UserAdminView view = _get(UserAdminView.class);
        assertThat(view.contact.isEnabled()).as("nothing selected").isFalse();
        for (int row = 0; row < GridKt._size(view.grid); row++) {
            UserSummary user = GridKt._get(view.grid, row);
            if (user.username().equals("cx")) {
                view.grid.select(user);
            }
        }
        _click(view.contact);
        ContactDialog dialog = _get(ContactDialog.class);
        assertThat(dialog.email.getValue()).isEqualTo("cx@example.com");
        _setValue(dialog.email, "casey@company.example");
        _setValue(dialog.zone, ZoneId.of("America/Toronto"));
        _click(dialog.save);
        expectNotifications("Contact of cx saved.");
        assertThat(jdbc.queryForMap("SELECT email, time_zone FROM app_user WHERE username = 'cx'"))
                .containsEntry("email", "casey@company.example").containsEntry("time_zone", "America/Toronto");
    }
}
