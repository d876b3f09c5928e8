package org.cxplanner.notifications.ui;

import org.cxplanner.KaribuTest;
import org.cxplanner.base.ui.UserMenuTesting;
import org.cxplanner.notifications.Delivery;
import org.cxplanner.notifications.NotificationKind;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.time.ZoneId;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** Everyone reaches their notification settings from the user menu and changes them there. */
class NotificationSettingsDialogTest extends KaribuTest {

    @Test
    void aLeadChoosesADigestForClosedReviewsAndAnotherAddress() {
        loginAndOpen("cco", "");
        UserMenuTesting.choose("Notifications and e-mail…");
        NotificationSettingsDialog dialog = _get(NotificationSettingsDialog.class);
        assertThat(dialog.email.getValue()).isEqualTo("cco@example.com");
        assertThat(dialog.digestTime.getValue()).isEqualTo(LocalTime.of(7, 30));
        assertThat(dialog.deliveries.get(NotificationKind.SIGN_OFF_ASKED).getValue()).isEqualTo(Delivery.AT_ONCE);

        _setValue(dialog.email, "chris@company.example");
        _setValue(dialog.zone, ZoneId.of("Europe/Lisbon"));
        _setValue(dialog.deliveries.get(NotificationKind.REVIEW_CLOSED), Delivery.DIGEST);
        _click(dialog.save);
        expectNotifications("Your notification settings are saved.");

        UserMenuTesting.choose("Notifications and e-mail…");
        NotificationSettingsDialog again = _get(NotificationSettingsDialog.class);
        assertThat(again.email.getValue()).isEqualTo("chris@company.example");
        assertThat(again.zone.getValue()).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(again.deliveries.get(NotificationKind.REVIEW_CLOSED).getValue()).isEqualTo(Delivery.DIGEST);
    }

    @Test
    void aBadAddressIsSaidNextToTheFieldAndNothingIsSaved() {
        loginAndOpen("viewer", "");
        UserMenuTesting.choose("Notifications and e-mail…");
        NotificationSettingsDialog dialog = _get(NotificationSettingsDialog.class);
        _setValue(dialog.email, "vic at finance");
        _click(dialog.save);
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("SELECT email FROM app_user WHERE username = 'viewer'", String.class))
                .isEqualTo("viewer@example.com");
    }
}
