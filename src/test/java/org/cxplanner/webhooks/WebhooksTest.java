package org.cxplanner.webhooks;

import org.cxplanner.IntegrationTest;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.OutgoingEvent;
import org.cxplanner.indicators.MeasurementEntry;
import org.cxplanner.messaging.Message;
import org.cxplanner.messaging.MessageAlignment;
import org.cxplanner.messaging.MessageFixtures;
import org.cxplanner.messaging.MessageRepository;
import org.cxplanner.raci.RaciLetter;
import org.cxplanner.raci.RaciService;
import org.cxplanner.review.DecisionForm;
import org.cxplanner.review.ReviewLifecycle;
import org.cxplanner.review.ReviewMeeting;
import org.cxplanner.review.ReviewQueries;
import org.cxplanner.review.ReviewWeek;
import org.cxplanner.roadmap.Initiative;
import org.cxplanner.roadmap.InitiativeForm;
import org.cxplanner.roadmap.InitiativeRepository;
import org.cxplanner.roadmap.InitiativeStatus;
import org.cxplanner.roadmap.RoadmapService;
import org.cxplanner.security.Roles;
import org.cxplanner.security.Team;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhooks against a real HTTP receiver on this machine: a "message aligned" event arrives once, correctly signed;
 * a receiver that fails is asked again with back-off, then given up on; chat endpoints get {"text": …}; addresses
 * inside the network are refused (when saved and when sent); every event the issue names reaches its subscribers;
 * only administrators manage endpoints.
 */
class WebhooksTest extends IntegrationTest {

    @Autowired
    private Webhooks webhooks;
    @Autowired
    private WebhookSender sender;
    @Autowired
    private WebhookOutbox outbox;
    @Autowired
    private MessageAlignment alignment;
    @Autowired
    private MessageRepository messages;
    @Autowired
    private RaciService raci;
    @Autowired
    private RoadmapService roadmap;
    @Autowired
    private InitiativeRepository initiatives;
    @Autowired
    private MeasurementEntry entry;
    @Autowired
    private ReviewQueries reviews;
    @Autowired
    private ReviewMeeting meeting;
    @Autowired
    private ReviewLifecycle lifecycle;

    private TestReceiver receiver;

    @BeforeEach
    void aReceiver() throws Exception {
        receiver = new TestReceiver();
    }

    @AfterEach
    void stopTheReceiver() {
        receiver.close();
    }

    @Test
    void aRegisteredReceiverGetsOneCorrectlySignedMessageAlignedEvent() {
        Webhooks.Registered hook = register("BI intake", receiver.url(), WebhookFormat.PLANNER, EnumSet.of(OutgoingEvent.MESSAGE_ALIGNED));
        assertThat(hook.secret()).startsWith("whsec_").hasSizeGreaterThan(40);

        long id = alignedMessage();

        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).as("a delivered event is not sent again").isZero();
        assertThat(receiver.received()).hasSize(1);
        TestReceiver.Received got = receiver.received().getFirst();
        assertThat(got.header("X-CXP-Event")).isEqualTo("message.aligned");
        assertThat(got.header("Content-Type")).startsWith("application/json");
        assertThat(WebhookSignature.verify(hook.secret(), got.header(WebhookSignature.HEADER), got.body(), Instant.now().getEpochSecond()))
                .as("the signature checks out with the endpoint's secret").isTrue();
        assertThat(WebhookSignature.verify("whsec_someone-else-s-secret-00000000000", got.header(WebhookSignature.HEADER), got.body(),
                Instant.now().getEpochSecond())).as("not with another secret").isFalse();
        assertThat(WebhookSignature.verify(hook.secret(), got.header(WebhookSignature.HEADER), got.body().replace("Year-end", "Year-End"),
                Instant.now().getEpochSecond())).as("not for a changed body").isFalse();
        assertThat(WebhookSignature.verify(hook.secret(), got.header(WebhookSignature.HEADER), got.body(),
                Instant.now().getEpochSecond() + 301)).as("not replayed after five minutes").isFalse();

        JsonNode body = WebhookPayloads.JSON.readTree(got.body());
        assertThat(body.get("event").asString()).isEqualTo("message.aligned");
        assertThat(body.get("id").asString()).isEqualTo(got.header("X-CXP-Delivery"));
        assertThat(body.get("summary").asString()).isEqualTo("\"Year-end product tips\" is aligned: both sides signed it (sends "
                + messages.findById(id).orElseThrow().getSendDate() + ").");
        assertThat(body.get("link").asString()).endsWith("/messages/" + id);
        assertThat(body.get("actor").get("name").asString()).isEqualTo("Chris Customer-Lead");
        assertThat(body.get("data").get("messageId").asLong()).isEqualTo(id);
        assertThat(body.get("data").get("signedBy").get("MARKETING").asString()).isEqualTo("cmo");
        assertThat(body.get("data").get("status").asString()).isEqualTo("ALIGNED");

        actAs("admin", Roles.ADMIN);
        assertThat(webhooks.deliveries(hook.id(), 0, 10)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(d.responseCode()).isEqualTo(204);
            assertThat(d.event()).isEqualTo(OutgoingEvent.MESSAGE_ALIGNED);
        });
    }

    @Test
    void aFailingReceiverIsAskedAgainWithBackOffThenTheDeliveryShowsAsFailedAndCanBeSentAgain() {
        Webhooks.Registered hook = register("Flaky", receiver.url(), WebhookFormat.PLANNER, EnumSet.of(OutgoingEvent.MESSAGE_ALIGNED));
        actAs("admin", Roles.ADMIN);
        webhooks.sendTest(hook.id());
        receiver.answer(500);

        assertThat(sender.sendDue()).isZero();
        WebhookDelivery first = onlyDelivery(hook.id());
        assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(first.responseCode()).isEqualTo(500);
        assertThat(first.error()).isEqualTo("The endpoint answered 500.");
        assertThat(first.nextAttemptAt()).isBetween(Instant.now().plusSeconds(50), Instant.now().plusSeconds(70));
        assertThat(sender.sendDue()).as("not before its time").isZero();
        assertThat(receiver.received()).hasSize(1);

        for (int attempt = 2; attempt <= WebhookSender.ATTEMPTS; attempt++) {
            receiver.answer(503);
            jdbc.update("UPDATE webhook_delivery SET next_attempt_at = now() - interval '1 second'");
            sender.sendDue();
        }
        WebhookDelivery failed = onlyDelivery(hook.id());
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.error()).isEqualTo("The endpoint answered 503. Gave up after 6 attempts.");
        assertThat(receiver.received()).hasSize(WebhookSender.ATTEMPTS)
                .extracting(r -> r.header("X-CXP-Delivery")).as("every attempt carries the same delivery id").containsOnly(
                        receiver.received().getFirst().header("X-CXP-Delivery"));
        assertThat(receiver.received()).extracting(TestReceiver.Received::body).as("and the same body").containsOnly(
                receiver.received().getFirst().body());

        assertThat(webhooks.sendAgain(failed.id())).isTrue();
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(onlyDelivery(hook.id()).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(webhooks.all()).singleElement().satisfies(w -> assertThat(w.lastStatus()).isEqualTo("Delivered"));
    }

    @Test
    void aChatEndpointGetsTheSentenceAndTheLinkAsSlackAndTeamsExpect() {
        register("Slack #cx", receiver.url(), WebhookFormat.CHAT, EnumSet.of(OutgoingEvent.MESSAGE_ALIGNED));
        long id = alignedMessage();
        sender.sendDue();
        JsonNode body = WebhookPayloads.JSON.readTree(receiver.received().getFirst().body());
        assertThat(body.propertyNames()).containsExactly("text");
        assertThat(body.get("text").asString()).startsWith("\"Year-end product tips\" is aligned: both sides signed it")
                .endsWith("/messages/" + id);
    }

    @Test
    void addressesInsideTheNetworkOrWithoutHttpsAreRefusedUnlessAllowedForTheEndpoint() throws Exception {
        actAs("admin", Roles.ADMIN);
        for (String url : List.of("https://127.0.0.1/hook", "https://localhost:8443/hook", "https://10.1.2.3/hook",
                "https://192.168.0.10/hook", "https://172.16.5.5/hook", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/hook", "https://[fd00::1]/hook", "https://100.64.0.1/hook", "https://0.0.0.0/hook")) {
            assertThatThrownBy(() -> webhooks.register(form("Inside", url, WebhookFormat.PLANNER, EnumSet.of(OutgoingEvent.REVIEW_CLOSED), false)))
                    .as(url).isInstanceOfSatisfying(FieldProblem.class, p -> {
                        assertThat(p.field()).isEqualTo("url");
                        assertThat(p.getMessage()).startsWith("This address points inside the planner's own network");
                    });
        }
        assertThatThrownBy(() -> webhooks.register(form("Plain", "http://hooks.example.com/x", WebhookFormat.PLANNER,
                EnumSet.of(OutgoingEvent.REVIEW_CLOSED), false)))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.getMessage()).startsWith("Use an https:// address"));
        assertThatThrownBy(() -> webhooks.register(form("Nonsense", "hooks.example.com", WebhookFormat.PLANNER,
                EnumSet.of(OutgoingEvent.REVIEW_CLOSED), false)))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.getMessage()).startsWith("This is not a web address"));
        assertThatThrownBy(() -> webhooks.register(form("Userinfo", "https://bob:pw@hooks.example.com/x", WebhookFormat.PLANNER,
                EnumSet.of(OutgoingEvent.REVIEW_CLOSED), false)))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.getMessage()).startsWith("Leave the user name"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM webhook", Integer.class)).isZero();

        assertThat(webhooks.register(form("Outside", "https://hooks.example.com/x", WebhookFormat.PLANNER,
                EnumSet.of(OutgoingEvent.REVIEW_CLOSED), false)).id()).isPositive();

        // An address that was outside when saved but leads inside when sent (a changed DNS name, say) is not called.
        Webhooks.Registered inside = register("Was allowed", receiver.url().replace("http://", "https://"), WebhookFormat.PLANNER,
                EnumSet.of(OutgoingEvent.MESSAGE_ALIGNED));
        jdbc.update("UPDATE webhook SET allow_internal = false WHERE id = ?", inside.id());
        actAs("admin", Roles.ADMIN);
        webhooks.sendTest(inside.id());
        assertThat(sender.sendDue()).isZero();
        assertThat(receiver.received()).isEmpty();
        assertThat(onlyDelivery(inside.id())).satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(d.error()).startsWith("Not sent: this address points inside the planner's own network");
        });
        assertThat(WebhookTargets.internal(java.net.InetAddress.getByAddress(new byte[] {8, 8, 8, 8}))).isFalse();
    }

    @Test
    void everyEventReachesTheEndpointsThatWantItAndNobodyElse() {
        Webhooks.Registered all = register("Everything", receiver.url(), WebhookFormat.PLANNER, EnumSet.complementOf(EnumSet.of(OutgoingEvent.TEST)));
        register("Reviews only", receiver.url(), WebhookFormat.CHAT, EnumSet.of(OutgoingEvent.REVIEW_CLOSED));

        // A touchpoint that loses its only Accountable becomes a gap; given one back, it is closed again.
        long[] cell = jdbc.queryForObject("""
                SELECT a.touchpoint_id, a.function_id FROM raci_assignment a JOIN touchpoint t ON t.id = a.touchpoint_id
                WHERE a.letter = 'A' AND (SELECT count(*) FROM raci_assignment r WHERE r.touchpoint_id = a.touchpoint_id AND r.letter = 'A') = 1
                  AND EXISTS (SELECT 1 FROM raci_assignment r WHERE r.touchpoint_id = a.touchpoint_id AND r.letter = 'R')
                ORDER BY t.id LIMIT 1""", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
        actAs("cmo", Roles.CMO);
        raci.setCell(cell[0], cell[1], RaciLetter.A, RaciLetter.C);
        raci.setCell(cell[0], cell[1], RaciLetter.C, RaciLetter.A);
        raci.setCell(cell[0], cell[1], RaciLetter.A, RaciLetter.A);

        Initiative joint = initiatives.findAll().iterator().next();
        InitiativeForm atRisk = InitiativeForm.of(joint);
        atRisk.setStatus(InitiativeStatus.AT_RISK);
        actAs("admin", Roles.ADMIN);
        roadmap.update(joint.getId(), joint.getVersion(), atRisk);

        long nps = jdbc.queryForObject("SELECT id FROM indicator WHERE name = 'Net Promoter Score'", Long.class);
        actAs("cx", Roles.CX);
        entry.record(Map.of(nps, new BigDecimal("-90")), LocalDate.now().plusMonths(3));

        alignedMessage();
        long id = messageId("Year-end product tips");
        Message aligned = messages.findById(id).orElseThrow();
        int marketingCheck = 0;
        while (aligned.getChecks().get(marketingCheck).side() == Team.CX) {
            marketingCheck++;
        }
        actAs("marketer", Roles.MARKETING);
        alignment.tick(id, aligned.getVersion(), marketingCheck, false, null);

        ReviewWeek week = reviews.currentWeek();
        actAs("cco", Roles.CCO);
        meeting.addDecision(week, DecisionForm.of("Support owns the call centre script", null));
        lifecycle.close(week, reviews.page(week).version());

        List<String> events = jdbc.queryForList("SELECT e.event FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id "
                + "WHERE d.webhook_id = ? ORDER BY d.id", String.class, all.id());
        assertThat(events).containsExactly("raci.gap-appeared", "raci.gap-closed", "initiative.at-risk", "indicator.off-track",
                "message.aligned", "sign-off.withdrawn", "review.closed");
        assertThat(jdbc.queryForList("SELECT e.event FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id "
                + "WHERE d.webhook_id <> ?", String.class, all.id())).containsExactly("review.closed");
        assertThat(jdbc.queryForList("SELECT summary FROM webhook_event ORDER BY occurred_at, event", String.class))
                .anySatisfy(s -> assertThat(s).contains("became a RACI gap: no A"))
                .anySatisfy(s -> assertThat(s).contains("was put at risk by Ada Admin"))
                .anySatisfy(s -> assertThat(s).contains("is off track: -90"))
                .anySatisfy(s -> assertThat(s).startsWith("The marketing sign-off of \"Year-end product tips\" was withdrawn by Mark Campaigns"))
                .anySatisfy(s -> assertThat(s).startsWith("The weekly review of " + week + " was closed by Chris Customer-Lead: 1 decision"));

        assertThat(sender.sendDue()).isEqualTo(8);
        assertThat(receiver.received()).hasSize(8);
    }

    @Test
    void anEventNobodyWantsIsNotKept() {
        register("Reviews only", receiver.url(), WebhookFormat.PLANNER, EnumSet.of(OutgoingEvent.REVIEW_CLOSED));
        alignedMessage();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM webhook_event", Integer.class)).isZero();
        assertThat(sender.sendDue()).isZero();
    }

    @Test
    void onlyAdministratorsManageEndpointsAChangeMadeMeanwhileIsNotOverwrittenAndEveryChangeIsInTheHistory() {
        Webhooks.Registered hook = register("Ops", receiver.url(), WebhookFormat.PLANNER, EnumSet.of(OutgoingEvent.REVIEW_CLOSED));
        for (String[] who : new String[][]{{"cmo", Roles.CMO}, {"cco", Roles.CCO}, {"marketer", Roles.MARKETING}, {"cx", Roles.CX},
                {"viewer", Roles.VIEWER}}) {
            actAs(who[0], who[1]);
            List<Runnable> calls = List.of(webhooks::all, () -> webhooks.register(form("X", "https://example.com/x", WebhookFormat.PLANNER,
                            EnumSet.of(OutgoingEvent.REVIEW_CLOSED), false)),
                    () -> webhooks.update(hook.id(), 0, form("X", "https://example.com/x", WebhookFormat.PLANNER,
                            EnumSet.of(OutgoingEvent.REVIEW_CLOSED), false)),
                    () -> webhooks.newSecret(hook.id()), () -> webhooks.delete(hook.id()), () -> webhooks.sendTest(hook.id()),
                    () -> webhooks.deliveries(hook.id(), 0, 10), () -> webhooks.deliveryCount(hook.id()), () -> webhooks.sendAgain(1));
            for (Runnable call : calls) {
                assertThatThrownBy(call::run).as(who[0]).isInstanceOf(AccessDeniedException.class);
            }
        }
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(webhooks::all).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> outbox.emit(OutgoingEvent.REVIEW_CLOSED, "x", null, Map.of()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        actAs("admin", Roles.ADMIN);
        Webhook current = webhooks.all().getFirst();
        WebhookForm paused = WebhookForm.of(current);
        paused.setEnabled(false);
        webhooks.update(current.id(), current.version(), paused);
        assertThatThrownBy(() -> webhooks.update(current.id(), current.version(), WebhookForm.of(current)))
                .isInstanceOf(EditConflict.class).hasMessageStartingWith("Another administrator changed this endpoint");
        String secret = webhooks.newSecret(current.id());
        assertThat(secret).isNotEqualTo(hook.secret()).startsWith("whsec_");
        webhooks.delete(current.id());
        assertThat(webhooks.all()).isEmpty();
        assertThat(jdbc.queryForList("""
                SELECT coalesce(field || ': ' || old_value || ' → ' || new_value, new_value) FROM change_history
                WHERE area = 'USERS' AND item_kind = 'WEBHOOK' ORDER BY id""", String.class))
                .as("who sent the plan where, in the administrators' history").containsExactly(
                        "Webhook registered: " + receiver.url() + " · review.closed · internal address allowed",
                        "Delivers: Yes → Paused",
                        "Webhook secret replaced",
                        "Webhook deleted (was " + receiver.url() + ")");
    }

    private void actAs(String username, String role) {
        signInAs(username, role);
    }

    private Webhooks.Registered register(String name, String url, WebhookFormat format, Set<OutgoingEvent> events) {
        actAs("admin", Roles.ADMIN);
        return webhooks.register(form(name, url, format, events, true));
    }

    private static WebhookForm form(String name, String url, WebhookFormat format, Set<OutgoingEvent> events, boolean allowInternal) {
        WebhookForm form = new WebhookForm();
        form.setName(name);
        form.setUrl(url);
        form.setFormat(format);
        form.setEvents(events);
        form.setAllowInternal(allowInternal);
        return form;
    }

    private WebhookDelivery onlyDelivery(long webhookId) {
        actAs("admin", Roles.ADMIN);
        List<WebhookDelivery> log = webhooks.deliveries(webhookId, 0, 10);
        assertThat(log).hasSize(1);
        return log.getFirst();
    }

    private long messageId(String title) {
        return jdbc.queryForObject("SELECT id FROM message WHERE title = ?", Long.class, title);
    }

    /** Both teams tick their items and both leads sign "Year-end product tips". */
    private long alignedMessage() {
        long id = messageId("Year-end product tips");
        MessageFixtures.align(id, alignment, messages, this::actAs);
        return id;
    }
}
