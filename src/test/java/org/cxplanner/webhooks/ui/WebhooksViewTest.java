package org.cxplanner.webhooks.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.cxplanner.KaribuTest;
import org.cxplanner.base.OutgoingEvent;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The administrators' webhooks screen: register, the secret shown once, a test event in the log, refusals next to the field. */
class WebhooksViewTest extends KaribuTest {

    @Test
    void theAdministratorRegistersAnEndpointCopiesItsSecretAndSendsATestEvent() {
        loginAndOpen("admin", "admin/webhooks");
        WebhooksView view = _get(WebhooksView.class);
        assertThat(GridKt._size(view.endpoints)).isZero();
        assertThat(view.test.isEnabled()).as("nothing to test yet").isFalse();

        _click(view.add);
        WebhookDialog dialog = _get(WebhookDialog.class);
        dialog.name.setValue("Slack #cx-planning");
        dialog.url.setValue("http://hooks.example.com/services/T0/B0/x");
        dialog.events.setValue(EnumSet.of(OutgoingEvent.MESSAGE_ALIGNED, OutgoingEvent.REVIEW_CLOSED));
        _click(dialog.save);
        assertThat(dialog.url.isInvalid()).isTrue();
        assertThat(dialog.url.getErrorMessage()).startsWith("Use an https:// address");

        dialog.url.setValue("https://10.0.0.7/hook");
        _click(dialog.save);
        assertThat(dialog.url.getErrorMessage()).startsWith("This address points inside the planner's own network");

        dialog.url.setValue("https://hooks.example.com/services/T0/B0/x");
        dialog.events.clear();
        _click(dialog.save);
        assertThat(dialog.events.isInvalid()).as("at least one event").isTrue();
        dialog.events.setValue(EnumSet.of(OutgoingEvent.MESSAGE_ALIGNED, OutgoingEvent.REVIEW_CLOSED));
        _click(dialog.save);

        assertThat(_find(WebhookDialog.class)).isEmpty();
        assertThat(view.secret.isVisible()).isTrue();
        assertThat(view.secret.getValue()).startsWith("whsec_");
        assertThat(GridKt._getFormattedRow(view.endpoints, 0)).containsSubsequence("Slack #cx-planning",
                "https://hooks.example.com/services/T0/B0/x", "message.aligned, review.closed", "JSON", "None yet");
        assertThat(view.logTitle.getText()).isEqualTo("Deliveries to Slack #cx-planning");

        _click(view.test);
        assertThat(GridKt._size(view.log)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.log, 0)).containsSubsequence("ping",
                "Test event from the CX Partnership Planner for \"Slack #cx-planning\", sent by Ada Admin.", "Waiting");
    }

    @Test
    void aPausedEndpointAndANewSecretAndDeletion() {
        loginAndOpen("admin", "admin/webhooks");
        WebhooksView view = _get(WebhooksView.class);
        _click(view.add);
        WebhookDialog dialog = _get(WebhookDialog.class);
        dialog.name.setValue("BI intake");
        dialog.url.setValue("https://bi.example.com/cx");
        dialog.events.setValue(EnumSet.of(OutgoingEvent.INDICATOR_OFF_TRACK));
        _click(dialog.save);
        String first = view.secret.getValue();

        _click(view.edit);
        WebhookDialog change = _get(WebhookDialog.class);
        assertThat(change.enabled.getValue()).isTrue();
        change.enabled.setValue(false);
        _click(change.save);
        assertThat(GridKt._getFormattedRow(view.endpoints, 0)).contains("Paused");

        _click(view.newSecret);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        confirm.close();
        assertThat(view.secret.getValue()).startsWith("whsec_").isNotEqualTo(first);

        _click(view.delete);
        ConfirmDialog delete = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(delete, new ConfirmDialog.ConfirmEvent(delete, true));
        assertThat(GridKt._size(view.endpoints)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM webhook", Integer.class)).isZero();
    }

    @Test
    void onlyAdministratorsOpenWebhooks() {
        for (String user : new String[]{"cmo", "cco", "marketer", "cx", "viewer"}) {
            loginAndOpen(user, "admin/webhooks");
            assertThat(_find(WebhooksView.class)).as(user).isEmpty();
        }
    }
}
