package org.cxplanner.history.ui;

import org.cxplanner.base.ui.FixedColumnsGrid;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.history.HistoryFilter;
import org.cxplanner.history.HistoryPerson;
import org.cxplanner.history.HistoryRow;
import org.cxplanner.history.HistoryService;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Who changed what and when, newest first; filters live in the URL so "History" links and exports share them. */
@Route("history")
@PageTitle("Change history · CX Partnership Planner")
@Menu(order = 80, icon = "vaadin:clock", title = "Change history")
@PermitAll
public class HistoryView extends VerticalLayout implements BeforeEnterObserver {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private final HistoryService history;
    final ComboBox<HistoryArea> area = new ComboBox<>("Area");
    final ComboBox<HistoryPerson> person = new ComboBox<>("Person");
    final TextField search = new TextField("Search");
    final DatePicker from = org.cxplanner.base.ui.DateInput.explained(new DatePicker("From"));
    final DatePicker to = org.cxplanner.base.ui.DateInput.explained(new DatePicker("To"));
    final Button lastWeek = new Button("Last 7 days");
    final Span item = new Span();
    final Button clearItem = new Button(VaadinIcon.CLOSE_SMALL.create());
    final Span count = new Span();
    final Anchor csv = new Anchor("/export/history.csv", "Export CSV");
    final Grid<HistoryRow> grid = new FixedColumnsGrid<>();
    private HistoryFilter filter = HistoryFilter.ALL;
    private boolean updating;

    HistoryView(HistoryService history) {
        this.history = history;
        addClassName("history-view");
        setSizeFull();

        area.setItems(history.areas());
        area.setItemLabelGenerator(HistoryArea::label);
        area.setPlaceholder("All areas");
        area.setClearButtonVisible(true);
        area.addValueChangeListener(e -> apply(filter.withArea(e.getValue())));
        person.setItems(history.people());
        person.setItemLabelGenerator(HistoryPerson::displayName);
        person.setPlaceholder("Anyone");
        person.setClearButtonVisible(true);
        person.addValueChangeListener(e -> apply(filter.withPerson(e.getValue() == null ? null : e.getValue().username())));
        search.setPlaceholder("Item, field or value");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> apply(filter.withText(e.getValue())));
        area.setWidth("12rem");
        person.setWidth("11rem");
        search.setWidth("14rem");
        from.setWidth("10rem");
        to.setWidth("10rem");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> apply(filter.withDates(e.getValue(), filter.to())));
        to.addValueChangeListener(e -> apply(filter.withDates(filter.from(), e.getValue())));
        lastWeek.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        lastWeek.addClickListener(click -> {
            LocalDate today = LocalDate.now(ZoneId.systemDefault());
            setDates(today.minusDays(6), today);
        });
        clearItem.setAriaLabel("Show every item");
        clearItem.setTooltipText("Show every item");
        clearItem.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        clearItem.addClickListener(click -> apply(filter.withoutItem()));
        item.addClassName("history-item");
        csv.getElement().setAttribute("router-ignore", true);
        csv.getElement().setAttribute("download", true);
        count.addClassName("history-count");

        HorizontalLayout filters = new HorizontalLayout(area, person, search, from, to, lastWeek);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout status = new HorizontalLayout(count, item, clearItem, csv);
        status.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> WHEN.format(row.changedAt().atZone(ZoneId.systemDefault()))).setHeader("When")
                .setWidth("11rem").setFlexGrow(0);
        grid.addColumn(HistoryRow::changedByName).setHeader("Who").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(row -> row.area().label()).setHeader("Area").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(row -> row.itemKindLabel() + " · " + row.itemLabel()).setHeader("Item").setFlexGrow(2);
        grid.addColumn(HistoryRow::change).setHeader("Change").setFlexGrow(2);
        grid.addColumn(row -> row.source().label()).setHeader("How").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(new CallbackDataProvider<>(
                query -> history.rows(filter, query.getOffset(), query.getLimit()).stream(),
                query -> history.count(filter), HistoryRow::id));
        grid.setEmptyStateText("No changes match. Every change to the plan shows here: who, when, and old → new.");
        grid.setSizeFull();

        add(filters, status, grid);
        setFlexGrow(1, grid);
        showFilter();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        HistoryFilter requested = HistoryFilter.fromParameters(name ->
                parameters.getOrDefault(name, java.util.List.of()).stream().findFirst().orElse(null));
        updating = true;
        try {
            area.setValue(history.areas().contains(requested.area()) ? requested.area() : null);
            person.setValue(person.getListDataView().getItems()
                    .filter(p -> requested.person() != null && p.username().equalsIgnoreCase(requested.person()))
                    .findFirst().orElse(null));
            search.setValue(requested.text() == null ? "" : requested.text());
            from.setValue(requested.from());
            to.setValue(requested.to());
        } finally {
            updating = false;
        }
        filter = requested;
        refresh(false);
    }

    HistoryFilter filter() {
        return filter;
    }

    void setDates(LocalDate start, LocalDate end) {
        updating = true;
        try {
            from.setValue(start);
            to.setValue(end);
        } finally {
            updating = false;
        }
        apply(filter.withDates(start, end));
    }

    private void apply(HistoryFilter newFilter) {
        if (updating) {
            return;
        }
        filter = newFilter;
        refresh(true);
    }

    private void refresh(boolean updateUrl) {
        grid.getDataProvider().refreshAll();
        showFilter();
        if (updateUrl) {
            String query = filter.toQueryString();
            UI.getCurrent().getPage().getHistory().replaceState(null, "history" + (query.isEmpty() ? "" : "?" + query));
        }
    }

    private void showFilter() {
        int matching = history.count(filter);
        count.setText(matching == 1 ? "1 change" : matching + " changes");
        boolean oneItem = filter.hasItem();
        item.setVisible(oneItem);
        clearItem.setVisible(oneItem);
        if (oneItem) {
            String label = history.rows(filter, 0, 1).stream().findFirst()
                    .map(row -> row.itemKindLabel() + " · " + row.itemLabel()).orElse("this item");
            item.setText("Only " + label);
        }
        String query = filter.toQueryString();
        csv.setHref("/export/history.csv" + (query.isEmpty() ? "" : "?" + query));
    }
}
