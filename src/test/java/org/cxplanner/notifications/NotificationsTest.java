package org.cxplanner.notifications;

import org.cxplanner.IntegrationTest;
import org.cxplanner.messaging.MessageAlignment;
import org.cxplanner.security.Roles;
import org.cxplanner.security.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.IllegalTransactionStateException;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who is told of a sign-off request, never the person asking; everyone reads and marks only their own list. */
class NotificationsTest extends IntegrationTest {

    @Autowired
    private NotificationService notifications;
    @Autowired
    private NotificationSettingsService settings;
    @Autowired
    private MessageAlignment alignment;

    @Test
    void theCcoIsToldWhenTheCmoAsksForTheirSignOffAndTheCmoIsNot() {
        long tips = messageId("Year-end product tips");
        actAs("cmo", Roles.CMO);
        alignment.requestSignOff(tips, Team.CX);
        assertThat(notifications.mine(0, 10)).as("never told of one's own action").isEmpty();

        actAs("cco", Roles.CCO);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        Notification told = notifications.mine(0, 10).getFirst();
        assertThat(told.kind()).isEqualTo(NotificationKind.SIGN_OFF_ASKED);
        assertThat(told.title()).isEqualTo("Your sign-off is asked for: Year-end product tips");
        assertThat(told.detail()).startsWith("The customer experience sign-off · sends ");
        assertThat(told.route()).isEqualTo("messages/" + tips);
        assertThat(told.actorName()).isEqualTo("Maria Marketing-Lead");
        assertThat(told.read()).isFalse();

        actAs("marketer", Roles.MARKETING);
        assertThat(notifications.mine(0, 10)).as("only the lead of the asked side").isEmpty();
    }

    @Test
    void someoneWhoHearsNothingOfAKindIsNotTold() {
        actAs("cco", Roles.CCO);
        settings.saveMine("cco@example.com", ZoneId.systemDefault(), LocalTime.of(7, 30),
                Map.of(NotificationKind.SIGN_OFF_ASKED, Delivery.OFF));
        actAs("cmo", Roles.CMO);
        alignment.requestSignOff(messageId("Year-end product tips"), Team.CX);
        actAs("cco", Roles.CCO);
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void everyoneMarksOnlyTheirOwnAsRead() {
        actAs("cmo", Roles.CMO);
        alignment.requestSignOff(messageId("Year-end product tips"), Team.CX);
        actAs("cco", Roles.CCO);
        long id = notifications.mine(0, 10).getFirst().id();

        actAs("cmo", Roles.CMO);
        notifications.markRead(id);
        notifications.markAllRead();
        actAs("cco", Roles.CCO);
        assertThat(notifications.unreadCount()).as("another person's marks change nothing").isEqualTo(1);
        notifications.markRead(id);
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.mine(0, 10).getFirst().read()).isTrue();
    }

    @Test
    void notificationsAreWrittenOnlyWithTheChangeAndReadOnlyBySomeoneSignedIn() {
        actAs("cmo", Roles.CMO);
        assertThatThrownBy(() -> notifications.tell(Recipients.roles(Roles.CCO), NotificationKind.SIGN_OFF_ASKED, "x", null, null))
                .as("outside the transaction of a change").isInstanceOf(IllegalTransactionStateException.class);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> notifications.unreadCount()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private long messageId(String title) {
        return jdbc.queryForObject("SELECT id FROM message WHERE title = ?", Long.class, title);
    }
}
