package org.cxplanner.webhooks;

import jakarta.validation.Valid;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.OutgoingEvent;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** What administrators do with webhooks: register, change, send a test event, read the delivery log, send again. */
@Service
@Validated
public class Webhooks {

    /** A new endpoint and its secret, which is shown this once. */
    public record Registered(long id, String secret) {
    }

    /** Endpoints are in the administrators' part of the history: who sent the plan where, and since when. */
    public static final String HISTORY_KIND = "WEBHOOK";
    private static final String GONE = "This endpoint was deleted meanwhile. Reload the list.";

    private final WebhookRecords records;
    private final WebhookOutbox outbox;
    private final ChangeHistory history;
    private final Clock clock;

    Webhooks(WebhookRecords records, WebhookOutbox outbox, ChangeHistory history, Clock clock) {
        this.records = records;
        this.outbox = outbox;
        this.history = history;
        this.clock = clock;
    }

    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public List<Webhook> all() {
        return records.all();
    }

    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional
    public Registered register(@Valid WebhookForm form) {
        String url = checked(form);
        String secret = WebhookSignature.newSecret();
        long id = records.insert(form.getName().strip(), url, secret, form.getFormat(), form.getEvents(), form.isAllowInternal(),
                CurrentUser.name());
        history.record(ChangeEntry.event(HistoryArea.USERS, HISTORY_KIND, id, form.getName().strip(), "Webhook registered: " + url
                + " · " + events(form.getEvents()) + (form.isAllowInternal() ? " · internal address allowed" : "")));
        return new Registered(id, secret);
    }

    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional
    public void update(long id, int expectedVersion, @Valid WebhookForm form) {
        String url = checked(form);
        Webhook before = records.find(id).orElseThrow(() -> new EditConflict(GONE));
        if (records.update(id, expectedVersion, form.getName().strip(), url, form.getFormat(), form.getEvents(),
                form.isAllowInternal(), form.isEnabled()) == 0) {
            throw new EditConflict(records.find(id).isPresent()
                    ? "Another administrator changed this endpoint while you were editing. Reload, then make your change again."
                    : GONE);
        }
        String name = form.getName().strip();
        List<ChangeEntry> changes = new java.util.ArrayList<>();
        change(changes, id, name, "Name", before.name(), name);
        change(changes, id, name, "Address", before.url(), url);
        change(changes, id, name, "Events", events(before.events()), events(form.getEvents()));
        change(changes, id, name, "Format", before.format().label(), form.getFormat().label());
        change(changes, id, name, "Internal address", allowed(before.allowInternal()), allowed(form.isAllowInternal()));
        change(changes, id, name, "Delivers", before.enabled() ? "Yes" : "Paused", form.isEnabled() ? "Yes" : "Paused");
        history.record(changes);
    }

    /** Replaces the secret (after a leak, say): deliveries from now on are signed with the new one, shown this once. */
    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional
    public String newSecret(long id) {
        String secret = WebhookSignature.newSecret();
        Webhook webhook = records.find(id).orElseThrow(() -> new EditConflict(GONE));
        records.newSecret(id, secret);
        history.record(ChangeEntry.event(HistoryArea.USERS, HISTORY_KIND, id, webhook.name(), "Webhook secret replaced"));
        return secret;
    }

    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional
    public void delete(long id) {
        records.find(id).ifPresent(webhook -> {
            records.delete(id);
            history.record(ChangeEntry.event(HistoryArea.USERS, HISTORY_KIND, id, webhook.name(), "Webhook deleted (was " + webhook.url() + ")"));
        });
    }

    /** Queues a "ping" for this endpoint, whatever it subscribes to; the log shows how it went. */
    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional
    public void sendTest(long id) {
        Webhook webhook = records.find(id).orElseThrow(() -> new EditConflict(GONE));
        records.emitTo(id, "Test event from the CX Partnership Planner for \"" + webhook.name() + "\", sent by "
                + CurrentUser.displayName() + ".", outbox.link("admin/webhooks"), WebhookPayloads.data(Map.of("webhook", webhook.name())),
                CurrentUser.name());
    }

    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public List<WebhookDelivery> deliveries(long webhookId, int offset, int limit) {
        return records.log(webhookId, offset, limit);
    }

    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public int deliveryCount(long webhookId) {
        return records.logCount(webhookId);
    }

    /** A failed delivery, or one that may have gone, is tried again; false when it no longer is either. */
    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional
    public boolean sendAgain(long deliveryId) {
        return records.sendAgain(deliveryId, clock.instant()) == 1;
    }

    private static void change(List<ChangeEntry> changes, long id, String name, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.add(ChangeEntry.changed(HistoryArea.USERS, HISTORY_KIND, id, name, field, before, after));
        }
    }

    private static String events(java.util.Set<OutgoingEvent> events) {
        return events.stream().map(OutgoingEvent::wireName).collect(java.util.stream.Collectors.joining(", "));
    }

    private static String allowed(boolean allowed) {
        return allowed ? "Allowed" : "Refused";
    }

    private static String checked(WebhookForm form) {
        String url = form.getUrl().strip();
        WebhookTargets.problem(url, form.isAllowInternal()).ifPresent(problem -> {
            throw new FieldProblem("url", problem);
        });
        return url;
    }
}
