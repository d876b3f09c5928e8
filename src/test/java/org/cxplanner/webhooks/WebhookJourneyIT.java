package org.cxplanner.webhooks;

import com.microsoft.playwright.Page;
import org.cxplanner.e2e.BrowserIT;
import org.cxplanner.messaging.MessageAlignment;
import org.cxplanner.messaging.MessageFixtures;
import org.cxplanner.messaging.MessageRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.Instant;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator registers a receiver on the Webhooks screen, copies its secret and sends a test event; when both
 * leads sign a message, the receiver gets one "message aligned" event it can verify with that secret, and the
 * screen's log shows both deliveries.
 */
class WebhookJourneyIT extends BrowserIT {

    @Autowired
    private WebhookSender sender;
    @Autowired
    private MessageAlignment alignment;
    @Autowired
    private MessageRepository messages;
    @Autowired
    private SecurityContextHolderStrategy security;

    @Test
    void theAdministratorRegistersAReceiverWhichGetsOneSignedMessageAlignedEvent() throws Exception {
        try (TestReceiver receiver = new TestReceiver()) {
            signIn("admin");
            page.navigate(url("/admin/webhooks"));
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Add endpoint")).click();
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Agency tool");
            page.getByLabel("Address", new Page.GetByLabelOptions().setExact(true)).fill(receiver.url());
            page.locator("vaadin-checkbox", new Page.LocatorOptions().setHasText("A message is aligned")).click();
            page.locator("vaadin-checkbox", new Page.LocatorOptions().setHasText("Allow an internal")).click();
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Register")).click();
            var secretField = page.locator(".webhook-secret input");
            assertThat(secretField).hasValue(java.util.regex.Pattern.compile("whsec_.+"));
            String secret = secretField.inputValue();

            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Send test event")).click();
            assertThat(page.getByText("A test event is on its way to Agency tool")).isVisible();
            assertThat(sender.sendDue()).isEqualTo(1);
            assertThat(receiver.received()).singleElement().satisfies(ping -> assertThat(ping.header("X-CXP-Event")).isEqualTo("ping"));

            long id = jdbc.queryForObject("SELECT id FROM message WHERE title = 'Year-end product tips'", Long.class);
            try {
                MessageFixtures.align(id, alignment, messages, this::signInEverywhere);
            } finally {
                security.clearContext();
                SecurityContextHolder.clearContext();
            }
            assertThat(sender.sendDue()).isEqualTo(1);
            assertThat(sender.sendDue()).isZero();

            assertThat(receiver.received()).hasSize(2);
            TestReceiver.Received aligned = receiver.received().get(1);
            assertThat(aligned.header("X-CXP-Event")).isEqualTo("message.aligned");
            assertThat(WebhookSignature.verify(secret, aligned.header(WebhookSignature.HEADER), aligned.body(),
                    Instant.now().getEpochSecond())).as("signed with the secret the screen showed once").isTrue();
            assertThat(aligned.body()).contains("\"summary\":\"\\\"Year-end product tips\\\" is aligned: both sides signed it");

            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Refresh")).click();
            var log = page.locator("vaadin-grid").nth(1);
            assertThat(log).containsText("message.aligned");
            assertThat(log).containsText("Delivered");
            assertThat(log).containsText("204");
            screenshot("webhooks.png");
        }
    }

    /** The application's own strategy too: in the whole suite, another test's node may own the static holder (see ApiIT). */
    private void signInEverywhere(String username, String role) {
        signInAs(username, role);
        security.getContext().setAuthentication(SecurityContextHolder.getContext().getAuthentication());
    }
}
