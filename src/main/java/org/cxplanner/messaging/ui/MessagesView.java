package org.cxplanner.messaging.ui;

import org.cxplanner.messaging.MessagingEvents;

import org.cxplanner.security.CurrentUser;

import org.cxplanner.base.ui.ExportLinks;
import org.cxplanner.base.ui.FixedColumnsGrid;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.base.ui.SharedScreen;
import org.cxplanner.catalog.CatalogEntry;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.catalog.JourneyStage;
import org.cxplanner.messaging.MessageChannel;
import org.cxplanner.messaging.MessageFilter;
import org.cxplanner.messaging.MessageRow;
import org.cxplanner.messaging.MessageStatus;
import org.cxplanner.messaging.MessageEditing;
import org.cxplanner.messaging.MessageQueries;
import org.cxplanner.roadmap.RoadmapService;
import org.cxplanner.security.Team;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Every planned customer message by send date: a lazy, filterable list with checklist progress, sign-offs and clashes. */
@Route("messages")
@PageTitle("Messages · CX Partnership Planner")
@Menu(order = 40, icon = "vaadin:envelopes-o", title = "Messages")
@PermitAll
public class MessagesView extends VerticalLayout implements SharedScreen, BeforeEnterObserver {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy");
    static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("EEE d MMM");

    final Grid<MessageRow> grid = new FixedColumnsGrid<>();
    final Button create = new Button("New message", VaadinIcon.PLUS.create());
    final ComboBox<MessageStatus> status = new ComboBox<>("Status");
    final ComboBox<MessageChannel> channel = new ComboBox<>("Channel");
    final ComboBox<JourneyStage> audience = new ComboBox<>("Audience");
    final ComboBox<Team> team = new ComboBox<>("Team");
    final DatePicker from = org.cxplanner.base.ui.DateInput.explained(new DatePicker("Sends from"));
    final DatePicker to = org.cxplanner.base.ui.DateInput.explained(new DatePicker("to"));
    final Checkbox waiting = new Checkbox("Waiting for my sign-off");
    final ExportLinks exports = new ExportLinks("/export/messages", ExportLinks.Format.of("CSV", "csv"),
            ExportLinks.Format.of("Excel", "xlsx"));
    private MessageFilter filter = MessageFilter.ALL;
    private boolean updating;

    MessagesView(MessageQueries messaging, MessageEditing editing, CatalogService catalog, RoadmapService roadmap, PlanEvents events) {
        addClassName("messages-view");
        setSizeFull();
        // Long titles and audiences wrap rather than being cut.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> SHORT_DATE.format(row.sendDate())).setHeader("Send date").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(MessageRow::title).setHeader("Message").setWidth("16rem").setFlexGrow(3);
        grid.addColumn(row -> row.channel().label()).setHeader("Channel").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(MessageRow::audience).setHeader("Audience").setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.ticked() + " of " + row.required()).setHeader("Checklist").setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(row -> (row.marketingSigned() ? "✓ CMO" : "○ CMO") + "  " + (row.cxSigned() ? "✓ CCO" : "○ CCO"))
                .setHeader("Sign-offs").setWidth("10.5rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<MessageRow>of("<span class='status-badge ${item.css}'>${item.status}</span>")
                        .withProperty("css", row -> row.status().cssName()).withProperty("status", row -> row.status().label()))
                .setHeader("Status").setWidth("7rem").setFlexGrow(0);
        // One column for both warnings: a column costs every open list a component.
        grid.addColumn(LitRenderer.<MessageRow>of("<span class='clash' ?hidden=${!item.clash} title='${item.clash}'>⚠ clash</span>"
                                + "<span class='late-promise' ?hidden=${!item.promise}>⚠ ${item.promise}</span>")
                        .withProperty("clash", MessageRow::clashText).withProperty("promise", MessageRow::promiseText))
                .setHeader("Warnings").setWidth("8rem").setFlexGrow(1);
        grid.setItems(new CallbackDataProvider<>(query -> messaging.rows(filter, query.getOffset(), query.getLimit()).stream(),
                query -> messaging.count(filter), MessageRow::id));
        grid.setEmptyStateText("No messages match these filters.");
        grid.addItemClickListener(click -> UI.getCurrent().navigate(MessageView.class, click.getItem().id()));
        grid.setSizeFull();

        status.setItems(MessageStatus.values());
        status.setItemLabelGenerator(MessageStatus::label);
        channel.setItems(MessageChannel.values());
        channel.setItemLabelGenerator(MessageChannel::label);
        audience.setItems(catalog.stages().stream().filter(s -> !s.isArchived()).toList());
        audience.setItemLabelGenerator(CatalogEntry::getName);
        team.setItems(Team.values());
        team.setItemLabelGenerator(Team::label);
        for (ComboBox<?> box : List.of(status, channel, audience, team)) {
            box.setClearButtonVisible(true);
            box.setPlaceholder("Any");
            box.setWidth("10rem");
        }
        from.setWidth("9.5rem");
        to.setWidth("9.5rem");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        status.addValueChangeListener(e -> apply(filter.withStatus(e.getValue())));
        channel.addValueChangeListener(e -> apply(filter.withChannel(e.getValue())));
        audience.addValueChangeListener(e -> apply(filter.withAudience(e.getValue() == null ? null : e.getValue().getId())));
        team.addValueChangeListener(e -> apply(filter.withTeam(e.getValue())));
        from.addValueChangeListener(e -> apply(filter.withDates(e.getValue(), filter.to())));
        to.addValueChangeListener(e -> apply(filter.withDates(filter.from(), e.getValue())));
        waiting.setVisible(CurrentUser.access().leads().orElse(null) != null);
        waiting.addValueChangeListener(e -> apply(filter.withWaitingForMe(e.getValue())));

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(!CurrentUser.access().editableTeams().isEmpty());
        create.addClickListener(click -> new MessageDialog(messaging, editing, catalog, roadmap, null,
                saved -> UI.getCurrent().navigate(MessageView.class, saved.getId())).open());
        HorizontalLayout header = new HorizontalLayout(create, new RouterLink("Calendar", MessageCalendarView.class),
                new RouterLink("Checklist templates", TemplatesView.class), exports);
        header.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        HorizontalLayout filters = new HorizontalLayout(status, channel, audience, team, from, to, waiting);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(header, filters, grid);
        setFlexGrow(1, grid);
        showFilter();
        events.subscribeWhileAttached(this, Set.of(MessagingEvents.MESSAGES), event -> grid.getDataProvider().refreshAll());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        MessageFilter requested = MessageFilter.fromParameters(name -> parameters.getOrDefault(name, List.of()).stream().findFirst().orElse(null));
        updating = true;
        try {
            status.setValue(requested.status());
            channel.setValue(requested.channel());
            audience.setValue(audience.getListDataView().getItems().filter(s -> Objects.equals(s.getId(), requested.audienceStageId()))
                    .findFirst().orElse(null));
            team.setValue(requested.team());
            from.setValue(requested.from());
            to.setValue(requested.to());
            waiting.setValue(waiting.isVisible() && requested.waitingForMe());
        } finally {
            updating = false;
        }
        filter = requested.withWaitingForMe(waiting.getValue());
        grid.getDataProvider().refreshAll();
        showFilter();
    }

    @Override
    public String presenceScreen() {
        return "messages";
    }

    MessageFilter filter() {
        return filter;
    }

    private void apply(MessageFilter newFilter) {
        if (updating) {
            return;
        }
        filter = newFilter;
        grid.getDataProvider().refreshAll();
        showFilter();
        String query = filter.toQueryString();
        UI.getCurrent().getPage().getHistory().replaceState(null, "messages" + (query.isEmpty() ? "" : "?" + query));
    }

    private void showFilter() {
        exports.update(filter.toQueryString());
    }

}
