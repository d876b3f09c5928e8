package org.cxplanner.notifications;

import org.cxplanner.IntegrationTest;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How each person is reached: defaults nobody must set, one's own choices, an administrator's part, and the limits. */
class NotificationSettingsTest extends IntegrationTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    private NotificationSettingsService settings;

    @Test
    void nobodyMustConfigureAnything() {
        actAs("cco", Roles.CCO);
        NotificationSettings mine = settings.mine();
        assertThat(mine.email()).isEqualTo("cco@example.com");
        assertThat(mine.zone()).isEqualTo(ZoneId.systemDefault());
        assertThat(mine.digestTime()).isEqualTo(LocalTime.of(7, 30));
        assertThat(mine.delivery(NotificationKind.SIGN_OFF_ASKED)).isEqualTo(Delivery.AT_ONCE);
        assertThat(mine.delivery(NotificationKind.NUMBERS_DUE)).isEqualTo(Delivery.DIGEST);
        assertThat(mine.deliveries()).hasSize(NotificationKind.values().length);
    }

    @Test
    void everyoneChoosesTheirOwnAndOnlyTheirOwn() {
        actAs("viewer", Roles.VIEWER);
        settings.saveMine(" vic@finance.example.org ", BERLIN, LocalTime.of(8, 0, 41),
                Map.of(NotificationKind.REVIEW_CLOSED, Delivery.DIGEST, NotificationKind.ACTION_DUE, Delivery.OFF));
        NotificationSettings mine = settings.mine();
        assertThat(mine.email()).isEqualTo("vic@finance.example.org");
        assertThat(mine.zone()).isEqualTo(BERLIN);
        assertThat(mine.digestTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(mine.delivery(NotificationKind.REVIEW_CLOSED)).isEqualTo(Delivery.DIGEST);
        assertThat(mine.delivery(NotificationKind.ACTION_DUE)).isEqualTo(Delivery.OFF);
        assertThat(mine.delivery(NotificationKind.SIGN_OFF_ASKED)).isEqualTo(Delivery.AT_ONCE);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM notification_preference", Integer.class))
                .as("only choices that differ from the default are stored").isEqualTo(2);

        actAs("cmo", Roles.CMO);
        assertThat(settings.mine().email()).isEqualTo("cmo@example.com");
        assertThatThrownBy(() -> settings.ofUser(idOf("viewer"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.setContact(idOf("viewer"), "x@example.com", BERLIN)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorSetsTheAddressAndZoneButNotWhatSomeoneHears() {
        actAs("cx", Roles.CX);
        settings.saveMine("cx@example.com", BERLIN, LocalTime.of(6, 30), Map.of(NotificationKind.ACTION_GIVEN, Delivery.DIGEST));
        actAs("admin", Roles.ADMIN);
        settings.setContact(idOf("cx"), "casey@company.example", ZoneId.of("America/New_York"));
        NotificationSettings theirs = settings.ofUser(idOf("cx"));
        assertThat(theirs.email()).isEqualTo("casey@company.example");
        assertThat(theirs.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(theirs.digestTime()).isEqualTo(LocalTime.of(6, 30));
        assertThat(theirs.delivery(NotificationKind.ACTION_GIVEN)).isEqualTo(Delivery.DIGEST);
        settings.setContact(idOf("cx"), "  ", ZoneId.of("America/New_York"));
        assertThat(settings.ofUser(idOf("cx")).email()).as("an empty address: told only inside the planner").isNull();
    }

    @Test
    void aBadAddressIsRefusedInWordsAndTheDatabaseBacksItUp() {
        actAs("cmo", Roles.CMO);
        assertThatThrownBy(() -> settings.saveMine("maria at example", BERLIN, LocalTime.of(7, 30), Map.of()))
                .isInstanceOfSatisfying(FieldProblem.class, p -> {
                    assertThat(p.field()).isEqualTo("email");
                    assertThat(p.getMessage()).isEqualTo("That is not an e-mail address: it looks like name@example.com.");
                });
        assertThatThrownBy(() -> settings.saveMine("a@" + "b".repeat(250) + ".com", BERLIN, LocalTime.of(7, 30), Map.of()))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.getMessage()).startsWith("Too long"));
        assertThatThrownBy(() -> settings.saveMine("cmo@example.com", null, LocalTime.of(7, 30), Map.of()))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("zone"));
        assertThat(settings.mine().email()).as("nothing saved").isEqualTo("cmo@example.com");
        assertThatThrownBy(() -> jdbc.update("UPDATE app_user SET email = 'no address' WHERE username = 'cmo'"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO notification_preference VALUES (1, 'SIGN_OFF_ASKED', 'SOMETIMES')"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void nobodySignedInReadsNothing() {
        assertThatThrownBy(() -> settings.mine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private long idOf(String username) {
        return jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
    }
}
