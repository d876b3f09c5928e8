package org.cxplanner.webhooks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.OutgoingEvent;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.security.Roles;
import org.cxplanner.webhooks.DeliveryStatus;
import org.cxplanner.webhooks.Webhook;
import org.cxplanner.webhooks.WebhookDelivery;
import org.cxplanner.webhooks.Webhooks;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Webhook endpoints for administrators: register one, send it a test event, read its delivery log (status, response
 * code, time), send a failed delivery again, replace its secret.
 */
@Route("admin/webhooks")
@PageTitle("Webhooks · CX Partnership Planner")
@Menu(order = 93, icon = "vaadin:connect", title = "Webhooks")
@RolesAllowed(Roles.ADMIN)
public class WebhooksView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm:ss", Locale.ENGLISH);

    private final Webhooks webhooks;
    final Grid<Webhook> endpoints = new Grid<>();
    final Grid<WebhookDelivery> log = new Grid<>();
    final Button add = new Button("Add endpoint");
    final Button edit = new Button("Change…");
    final Button test = new Button("Send test event");
    final Button newSecret = new Button("New secret…");
    final Button delete = new Button("Delete…");
    final Button sendAgain = new Button("Send again");
    final Button refresh = new Button("Refresh");
    /** A new secret, shown once. */
    final TextField secret = new TextField("Secret — copy it to the receiver now, it is not shown again");
    final H2 logTitle = new H2();

    WebhooksView(Webhooks webhooks) {
        this.webhooks = webhooks;
        addClassName("webhooks-view");
        setSizeFull();
        Paragraph intro = new Paragraph("The planner tells other tools what happened — a Slack or Teams channel, the BI system, "
                + "an agency's tool — with a signed POST to each endpoint below. docs/api.md says how a receiver checks the signature.");
        intro.addClassName("hint");

        endpoints.addColumn(Webhook::name).setHeader("Name").setAutoWidth(true);
        endpoints.addColumn(Webhook::url).setHeader("Address").setFlexGrow(2);
        endpoints.addColumn(w -> w.events().stream().map(OutgoingEvent::wireName).collect(Collectors.joining(", ")))
                .setHeader("Events").setFlexGrow(2);
        endpoints.addColumn(w -> w.format().name().equals("CHAT") ? "Chat" : "JSON").setHeader("Format").setAutoWidth(true).setFlexGrow(0);
        endpoints.addColumn(this::state).setHeader("Last delivery").setAutoWidth(true);
        endpoints.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        endpoints.setEmptyStateText("No endpoints yet: \"Add endpoint\" registers one.");
        endpoints.addSelectionListener(event -> select(event.getFirstSelectedItem()));
        // An installation has a handful of endpoints: all of them show, and the log below takes the rest.
        endpoints.setAllRowsVisible(true);

        log.addColumn(d -> time(d.queuedAt())).setHeader("Queued").setAutoWidth(true).setFlexGrow(0);
        log.addColumn(d -> d.event().wireName()).setHeader("Event").setWidth("11rem").setFlexGrow(0);
        log.addColumn(WebhookDelivery::summary).setHeader("What happened").setFlexGrow(3);
        log.addColumn(LitRenderer.<WebhookDelivery>of("<span class='state ${item.cls}'>${item.status}</span>")
                        .withProperty("status", this::status)
                        .withProperty("cls", d -> switch (d.status()) {
                            case SENT -> "state-on";
                            case FAILED, UNCERTAIN -> "state-off";
                            default -> "";
                        }))
                .setHeader("Status").setAutoWidth(true);
        log.addColumn(d -> d.responseCode() == null ? "—" : d.responseCode().toString()).setHeader("Answer").setAutoWidth(true).setFlexGrow(0);
        log.addColumn(d -> d.error() == null ? "" : d.error()).setHeader("Problem").setFlexGrow(2);
        log.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        log.setEmptyStateText("Nothing sent to this endpoint yet.");
        log.addSelectionListener(event -> sendAgain.setEnabled(event.getFirstSelectedItem()
                .map(d -> d.status() == DeliveryStatus.FAILED || d.status() == DeliveryStatus.UNCERTAIN).orElse(false)));
        log.setSizeFull();

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> new WebhookDialog(webhooks, null, this::registered).open());
        edit.addClickListener(click -> selected().ifPresent(w -> new WebhookDialog(webhooks, w, s -> {
            Notifications.success("Saved.");
            reload();
        }).open()));
        test.addClickListener(click -> selected().ifPresent(this::sendTest));
        newSecret.addClickListener(click -> selected().ifPresent(this::confirmNewSecret));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> selected().ifPresent(this::confirmDelete));
        sendAgain.addClickListener(click -> log.getSelectedItems().stream().findFirst().ifPresent(d -> {
            if (webhooks.sendAgain(d.id())) {
                Notifications.success("It will be sent again in a moment.");
            } else {
                Notifications.error("This delivery is no longer failed: refresh to see where it is.");
            }
            refreshLog();
        }));
        refresh.addClickListener(click -> reload());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setVisible(false);
        secret.addClassName("webhook-secret");

        HorizontalLayout actions = new HorizontalLayout(add, edit, test, newSecret, delete);
        actions.setWrap(true);
        HorizontalLayout logActions = new HorizontalLayout(logTitle, sendAgain, refresh);
        logActions.setAlignItems(FlexComponent.Alignment.BASELINE);
        logActions.setWrap(true);
        logTitle.addClassName("section-title");
        add(intro, actions, secret, endpoints, logActions, log);
        setFlexGrow(1, log);
        reload();
    }

    private void registered(String newSecretValue) {
        showSecret(newSecretValue);
        Notifications.success("Registered. Copy the secret to the receiver now, then send a test event.");
        reload();
    }

    private void sendTest(Webhook webhook) {
        try {
            webhooks.sendTest(webhook.id());
            Notifications.success("A test event is on its way to " + webhook.name() + ": its line below shows how it went.");
        } catch (EditConflict gone) {
            Notifications.error(gone.getMessage());
        }
        refreshLog();
    }

    private void confirmNewSecret(Webhook webhook) {
        ConfirmDialog confirm = new ConfirmDialog("New secret for " + webhook.name() + "?",
                "Deliveries from now on are signed with the new secret: the receiver rejects them until it has it.",
                "Make a new secret", event -> {
                    try {
                        showSecret(webhooks.newSecret(webhook.id()));
                    } catch (EditConflict gone) {
                        Notifications.error(gone.getMessage());
                    }
                    reload();
                });
        confirm.setCancelable(true);
        confirm.open();
    }

    private void confirmDelete(Webhook webhook) {
        ConfirmDialog confirm = new ConfirmDialog("Delete " + webhook.name() + "?",
                "It gets no more events, and its delivery log goes with it.", "Delete", event -> {
                    webhooks.delete(webhook.id());
                    Notifications.success("Deleted " + webhook.name() + ".");
                    reload();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void showSecret(String value) {
        secret.setValue(value);
        secret.setVisible(true);
        secret.focus();
    }

    private void reload() {
        Long keep = selected().map(Webhook::id).orElse(null);
        var all = webhooks.all();
        endpoints.setItems(all);
        all.stream().filter(w -> keep != null && w.id() == keep).findFirst()
                .or(() -> all.stream().findFirst())
                .ifPresentOrElse(endpoints::select, () -> select(Optional.empty()));
    }

    private void select(Optional<Webhook> webhook) {
        edit.setEnabled(webhook.isPresent());
        test.setEnabled(webhook.isPresent());
        newSecret.setEnabled(webhook.isPresent());
        delete.setEnabled(webhook.isPresent());
        sendAgain.setEnabled(false);
        logTitle.setText(webhook.map(w -> "Deliveries to " + w.name()).orElse("Deliveries"));
        refreshLog();
    }

    private void refreshLog() {
        Optional<Webhook> webhook = selected();
        if (webhook.isEmpty()) {
            log.setItems(java.util.List.of());
            return;
        }
        long id = webhook.get().id();
        log.setItems(query -> webhooks.deliveries(id, query.getOffset(), query.getLimit()).stream(),
                query -> webhooks.deliveryCount(id));
    }

    private Optional<Webhook> selected() {
        return endpoints.getSelectedItems().stream().findFirst();
    }

    private String state(Webhook webhook) {
        if (!webhook.enabled()) {
            return "Paused";
        }
        if (webhook.lastDelivery() == null) {
            return "None yet";
        }
        return webhook.lastStatus() + ", " + time(webhook.lastDelivery()) + (webhook.failing() > 0 ? " · " + webhook.failing() + " failed" : "");
    }

    private String status(WebhookDelivery delivery) {
        String label = delivery.status().label();
        if (delivery.status() == DeliveryStatus.SENT) {
            return label + " " + time(delivery.deliveredAt());
        }
        if (delivery.status() == DeliveryStatus.PENDING && delivery.attempts() > 0) {
            return "Retry at " + time(delivery.nextAttemptAt()) + " (" + delivery.attempts() + (delivery.attempts() == 1 ? " try)" : " tries)");
        }
        return label;
    }

    private static String time(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }
}
