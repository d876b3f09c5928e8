package org.cxplanner.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.notifications.OutboxMail;
import org.cxplanner.notifications.OutboxService;
import org.cxplanner.notifications.OutboxStatus;
import org.cxplanner.security.Roles;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Every mail the planner sent or will send, newest first, for administrators: recipient, subject, status and the
 * text. Without a mail server (the default start) nothing is sent and this shows what would have gone out.
 */
@Route("admin/outbox")
@PageTitle("Outbox · CX Partnership Planner")
@Menu(order = 92, icon = "vaadin:envelopes-o", title = "Outbox")
@RolesAllowed(Roles.ADMIN)
public class OutboxView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final OutboxService outbox;
    private final boolean sending;
    final Paragraph mode = new Paragraph();
    final Grid<OutboxMail> grid = new Grid<>();
    final Pre body = new Pre();
    final Paragraph error = new Paragraph();
    final Button sendAgain = new Button("Send again");
    final Button refresh = new Button("Refresh");

    OutboxView(OutboxService outbox) {
        this.outbox = outbox;
        this.sending = outbox.mailServerConfigured();
        addClassName("outbox-view");
        setSizeFull();
        mode.addClassName("hint");
        mode.setText(sending
                ? "Mail is sent through the configured mail server. Mails that could not be sent are tried again, then shown as failed."
                : "No mail server is configured (spring.mail.host), so nothing is sent: these are the mails that would have gone out. "
                        + "The README says how to connect a mail server.");
        grid.addColumn(mail -> WHEN.format(mail.createdAt().atZone(ZoneId.systemDefault()))).setHeader("Queued")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(mail -> mail.recipientName() == null ? mail.toAddress() : mail.recipientName() + " <" + mail.toAddress() + ">")
                .setHeader("To").setAutoWidth(true);
        grid.addColumn(OutboxMail::subject).setHeader("Subject").setFlexGrow(2);
        grid.addColumn(LitRenderer.<OutboxMail>of("<span class='state ${item.cls}'>${item.status}</span>")
                        .withProperty("status", this::status)
                        .withProperty("cls", mail -> switch (mail.status()) {
                            case SENT -> "state-on";
                            case FAILED, UNCERTAIN -> "state-off";
                            default -> "";
                        }))
                .setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> outbox.page(query.getOffset(), query.getLimit()).stream(), query -> outbox.count());
        grid.addSelectionListener(event -> show(event.getFirstSelectedItem()));
        grid.setSizeFull();

        sendAgain.setEnabled(false);
        sendAgain.addClickListener(click -> grid.getSelectedItems().stream().findFirst().ifPresent(mail -> {
            if (outbox.sendAgain(mail.id())) {
                Notifications.success("It will be sent again in a moment.");
            } else {
                Notifications.error("This mail is no longer failed: reload to see where it is.");
            }
            grid.getDataProvider().refreshAll();
        }));
        refresh.addClickListener(click -> grid.getDataProvider().refreshAll());
        body.addClassName("outbox-body");
        error.addClassName("outbox-error");
        VerticalLayout detail = new VerticalLayout(new HorizontalLayout(sendAgain, refresh), error, body);
        detail.setPadding(false);
        detail.addClassName("outbox-detail");
        SplitLayout split = new SplitLayout(grid, detail, SplitLayout.Orientation.VERTICAL);
        split.setSizeFull();
        split.setSplitterPosition(55);
        add(mode, split);
        show(Optional.empty());
    }

    private String status(OutboxMail mail) {
        if (mail.status() == OutboxStatus.PENDING && !sending) {
            return "Not sent: no mail server";
        }
        return mail.status().label() + (mail.attempts() > 1 && mail.status() != OutboxStatus.SENT ? " (" + mail.attempts() + " tries)" : "");
    }

    private void show(Optional<OutboxMail> selected) {
        body.setText(selected.map(OutboxMail::text).orElse("Select a mail to read it."));
        error.setText(selected.map(OutboxMail::lastError).orElse(""));
        error.setVisible(selected.map(OutboxMail::lastError).isPresent());
        sendAgain.setEnabled(selected.map(m -> m.status() == OutboxStatus.FAILED || m.status() == OutboxStatus.UNCERTAIN).orElse(false));
    }
}
