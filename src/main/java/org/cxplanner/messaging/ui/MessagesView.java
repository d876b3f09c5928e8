package org.cxplanner.messaging.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.base.ui.SharedScreen;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.messaging.MessageRow;
import org.cxplanner.messaging.MessagingService;
import org.cxplanner.roadmap.RoadmapService;

import java.time.format.DateTimeFormatter;
import java.util.Set;

/** Every planned customer message by send date, with its checklist progress and both sign-offs at a glance. */
@Route("messages")
@PageTitle("Messages · CX Partnership Planner")
@Menu(order = 40, icon = "vaadin:envelopes-o", title = "Messages")
@PermitAll
public class MessagesView extends VerticalLayout implements SharedScreen, com.vaadin.flow.router.BeforeEnterObserver {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy");
    static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("EEE d MMM");

    final Grid<MessageRow> grid = new Grid<>();
    final Button create = new Button("New message", VaadinIcon.PLUS.create());
    final com.vaadin.flow.component.html.Anchor csv = exportLink("CSV", "csv");
    final com.vaadin.flow.component.html.Anchor xlsx = exportLink("Excel", "xlsx");
    private final com.vaadin.flow.component.html.Div exports = new com.vaadin.flow.component.html.Div(
            new com.vaadin.flow.component.html.Span("Export:"), csv, xlsx);
    final com.vaadin.flow.component.checkbox.Checkbox waiting = new com.vaadin.flow.component.checkbox.Checkbox("Waiting for my sign-off");
    private final MessagingService messaging;

    MessagesView(MessagingService messaging, CatalogService catalog, RoadmapService roadmap, PlanEvents events) {
        this.messaging = messaging;
        addClassName("messages-view");
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> SHORT_DATE.format(row.sendDate())).setHeader("Send date").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(MessageRow::title).setHeader("Message").setWidth("16rem").setFlexGrow(3);
        grid.addColumn(row -> row.channel().label()).setHeader("Channel").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(MessageRow::audience).setHeader("Audience").setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.ticked() + " of " + row.required()).setHeader("Checklist").setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(row -> (row.marketingSigned() ? "✓ CMO" : "○ CMO") + "  " + (row.cxSigned() ? "✓ CCO" : "○ CCO"))
                .setHeader("Sign-offs").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<MessageRow>of("<span class='status-badge ${item.css}'>${item.status}</span>")
                        .withProperty("css", row -> row.status().cssName()).withProperty("status", row -> row.status().label()))
                .setHeader("Status").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<MessageRow>of("<span class='clash' ?hidden=${!item.clash} title='${item.clash}'>⚠ clash</span>")
                        .withProperty("clash", MessageRow::clashText))
                .setHeader("Clash").setWidth("6rem").setFlexGrow(0);
        grid.setEmptyStateText("No messages planned yet.");
        grid.addItemClickListener(click -> UI.getCurrent().navigate(MessageView.class, click.getItem().id()));
        grid.setSizeFull();

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(!roadmap.permissions().editableTeams().isEmpty());
        create.addClickListener(click -> new MessageDialog(messaging, catalog, roadmap.permissions(), null,
                saved -> UI.getCurrent().navigate(MessageView.class, saved.getId())).open());
        com.vaadin.flow.router.RouterLink calendar = new com.vaadin.flow.router.RouterLink("Calendar", MessageCalendarView.class);
        com.vaadin.flow.component.orderedlayout.HorizontalLayout header = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(create, calendar);
        header.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        waiting.setVisible(messaging.signableSideOfCaller() != null);
        waiting.addValueChangeListener(event -> refresh());
        header.add(waiting, exports);
        exports.addClassName("raci-exports");
        add(header, grid);
        setFlexGrow(1, grid);
        refresh();
        events.subscribeWhileAttached(this, Set.of(MessagingService.EVENT_KIND), event -> refresh());
    }

    @Override
    public String presenceScreen() {
        return "messages";
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        waiting.setValue(waiting.isVisible() && event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("waiting", java.util.List.of()).contains("true"));
    }

    void refresh() {
        java.util.List<MessageRow> rows = messaging.rows();
        if (waiting.getValue()) {
            java.util.Set<Long> mine = new java.util.HashSet<>(messaging.waitingForMe());
            rows = rows.stream().filter(row -> mine.contains(row.id())).toList();
        }
        grid.setItems(rows);
        String query = waiting.getValue() ? "?waiting=true" : "";
        csv.setHref("/export/messages.csv" + query);
        xlsx.setHref("/export/messages.xlsx" + query);
    }

    private static com.vaadin.flow.component.html.Anchor exportLink(String text, String format) {
        com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor("/export/messages." + format, text);
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().setAttribute("download", true);
        link.addClassName("raci-export-link");
        return link;
    }
}
