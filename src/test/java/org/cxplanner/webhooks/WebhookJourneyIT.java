package org.cxplanner.webhooks;

import com.microsoft.playwright.Page;
import org.cxplanner.e2e.BrowserIT;
import org.cxplanner.messaging.Message;
import org.cxplanner.messaging.MessageAlignment;
import org.cxplanner.messaging.MessageRepository;
import org.cxplanner.security.SignedInUser;
import org.cxplanner.security.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.Instant;
import java.util.List;

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
            tickEverything(id);
            as("cmo", "CMO", "Maria Marketing-Lead", () -> alignment.signOff(id, version(id), Team.MARKETING));
            as("cco", "CCO", "Chris Customer-Lead", () -> alignment.signOff(id, version(id), Team.CX));
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

    private void tickEverything(long id) {
        for (String[] person : new String[][]{{"marketer", "MARKETING", "Mark Campaigns"}, {"cx", "CX", "Casey Experience"}}) {
            as(person[0], person[1], person[2], () -> {
                Message message = messages.findById(id).orElseThrow();
                for (int i = 0; i < message.getChecks().size(); i++) {
                    var check = messages.findById(id).orElseThrow().getChecks().get(i);
                    boolean mine = person[0].equals("cx") ? check.side() == Team.CX : check.side() != Team.CX;
                    if (mine && !check.ticked()) {
                        alignment.tick(id, version(id), i, true, check.checksClash() ? "Accepted: different audiences" : null);
                    }
                }
                return null;
            });
        }
    }

    private int version(long id) {
        return messages.findById(id).orElseThrow().getVersion();
    }

    /** Calls services as this person, through the application's own strategy and the static holder (see ApiIT). */
    private void as(String username, String role, String name, java.util.concurrent.Callable<?> work) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role));
        var person = new SignedInUser(username, "", name, true, true, authorities);
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(person, null, authorities);
        security.getContext().setAuthentication(signedIn);
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        try {
            work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            security.clearContext();
            SecurityContextHolder.clearContext();
        }
    }
}
