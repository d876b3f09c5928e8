package org.cxplanner.notifications.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import org.cxplanner.KaribuTest;
import org.cxplanner.messaging.MessageAlignment;
import org.cxplanner.security.Roles;
import org.cxplanner.security.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The administrators' outbox on the default start (no mail server): the mails that would have gone out. */
class OutboxViewTest extends KaribuTest {

    @Autowired
    private MessageAlignment alignment;

    @Test
    void theAdministratorSeesTheMailThatWouldHaveGoneToTheCco() {
        jdbc.update("DELETE FROM mail_outbox");
        actAs("cmo", Roles.CMO);
        alignment.requestSignOff(jdbc.queryForObject("SELECT id FROM message WHERE title = 'Year-end product tips'", Long.class), Team.CX);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        loginAndOpen("admin", "admin/outbox");
        OutboxView view = _get(OutboxView.class);
        assertThat(view.mode.getText()).startsWith("No mail server is configured (spring.mail.host), so nothing is sent");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).containsSubsequence(
                "Chris Customer-Lead <cco@example.com>", "[CX Planner] Your sign-off is asked for: Year-end product tips",
                "Not sent: no mail server");
        assertThat(view.body.getText()).isEqualTo("Select a mail to read it.");
        view.grid.select(GridKt._get(view.grid, 0));
        assertThat(view.body.getText()).contains("Hello Chris Customer-Lead,", "/messages/", "Choose what you are told");
        assertThat(view.sendAgain.isEnabled()).as("only failed mails are sent again").isFalse();
    }

    @Test
    void aFailedMailShowsAsFailedWithItsReasonAndIsSentAgainOnRequest() {
        jdbc.update("DELETE FROM mail_outbox");
        jdbc.update("""
                INSERT INTO mail_outbox (idempotency_key, recipient_id, to_address, subject, text_body, html_body, status, attempts, last_error)
                SELECT 'notification-1', id, 'cx@example.com', '[CX Planner] Due tomorrow: Publish the returns policy', 'Hello', '<p>Hello</p>',
                       'FAILED', 5, 'Mail server connection failed' FROM app_user WHERE username = 'cx'""");
        loginAndOpen("admin", "admin/outbox");
        OutboxView view = _get(OutboxView.class);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Failed (5 tries)");
        view.grid.select(GridKt._get(view.grid, 0));
        assertThat(view.error.getText()).isEqualTo("Mail server connection failed");
        assertThat(view.sendAgain.isEnabled()).isTrue();
        com.github.mvysny.kaributesting.v10.LocatorJ._click(view.sendAgain);
        assertThat(jdbc.queryForObject("SELECT status FROM mail_outbox", String.class)).isEqualTo("PENDING");
    }

    @Test
    void onlyAdministratorsOpenTheOutbox() {
        loginAndOpen("cmo", "admin/outbox");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(OutboxView.class)).isEmpty();
    }
}
