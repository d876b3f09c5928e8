package org.cxplanner.roadmap.ui;

import org.cxplanner.roadmap.RoadmapEvents;

import org.cxplanner.security.CurrentUser;

import org.cxplanner.base.ui.FixedColumnsGrid;
import org.cxplanner.security.Team;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.base.ui.SharedScreen;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.roadmap.InitiativeRow;
import org.cxplanner.roadmap.RoadmapFilter;
import org.cxplanner.roadmap.RoadmapService;
import org.cxplanner.roadmap.RoadmapSort;
import org.cxplanner.users.UserService;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/** Every initiative in a sortable, filterable list; a row opens its page. */
@Route("roadmap/list")
@PageTitle("Roadmap list · CX Partnership Planner")
@PermitAll
public class RoadmapListView extends VerticalLayout implements BeforeEnterObserver, SharedScreen {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    final RoadmapFilterBar filters;
    final Grid<InitiativeRow> grid = new FixedColumnsGrid<>();
    final Button create = new Button("New initiative", VaadinIcon.PLUS.create());
    final RoadmapExportLinks exports = new RoadmapExportLinks(false);
    private final RoadmapService roadmap;

    RoadmapListView(org.cxplanner.indicators.IndicatorService indicatorService, RoadmapService roadmap,
                    org.cxplanner.roadmap.RoadmapDependencies dependencies, CatalogService catalog, UserService users, PlanEvents events) {
        this.roadmap = roadmap;
        addClassName("roadmap-list-view");
        setSizeFull();
        RoadmapChoices choices = RoadmapChoices.load(catalog, users, indicatorService);
        filters = new RoadmapFilterBar(choices, filter -> applied());

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(InitiativeRow::title).setHeader("Title").setSortProperty(RoadmapSort.TITLE.name()).setFlexGrow(4).setWidth("16rem");
        grid.addColumn(row -> row.team().label()).setHeader("Team").setSortProperty(RoadmapSort.TEAM.name()).setAutoWidth(true);
        grid.addColumn(LitRenderer.<InitiativeRow>of("<span class='status-badge ${item.css}'>${item.status}</span>")
                        .withProperty("css", row -> row.status().cssName()).withProperty("status", row -> row.status().label()))
                .setHeader("Status").setSortProperty(RoadmapSort.STATUS.name()).setAutoWidth(true);
        grid.addColumn(InitiativeRow::ownerName).setHeader("Owner").setSortProperty(RoadmapSort.OWNER.name()).setAutoWidth(true);
        grid.addColumn(row -> DATE.format(row.startDate())).setHeader("Start").setSortProperty(RoadmapSort.START.name()).setAutoWidth(true);
        grid.addColumn(row -> DATE.format(row.endDate())).setHeader("End").setSortProperty(RoadmapSort.END.name()).setAutoWidth(true);
        grid.addColumn(LitRenderer.<InitiativeRow>of("${item.after}<span class='conflict-badge' ?hidden=${!item.conflict}>Dates conflict</span>")
                        .withProperty("after", row -> row.dependsOn() == null ? "" : row.dependsOn() + " ")
                        .withProperty("conflict", InitiativeRow::conflict))
                .setHeader("Depends on").setFlexGrow(2).setWidth("12rem");
        grid.setItems(new CallbackDataProvider<>(query -> {
            RoadmapSort sort = RoadmapSort.START;
            boolean ascending = true;
            if (!query.getSortOrders().isEmpty()) {
                sort = RoadmapSort.valueOf(query.getSortOrders().getFirst().getSorted());
                ascending = query.getSortOrders().getFirst().getDirection() == SortDirection.ASCENDING;
            }
            return roadmap.page(filters.filter(), sort, ascending, query.getOffset(), query.getLimit()).stream();
        }, query -> roadmap.count(filters.filter()), InitiativeRow::id));
        grid.setEmptyStateText("No initiatives match these filters.");
        grid.addItemClickListener(click -> UI.getCurrent().navigate(InitiativeView.class, click.getItem().id()));
        grid.setSizeFull();

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(!CurrentUser.access().editableTeams().isEmpty());
        create.addClickListener(click -> new InitiativeDialog(roadmap, dependencies, choices, null,
                saved -> UI.getCurrent().navigate(InitiativeView.class, saved.getId())).open());

        add(new RoadmapHeader(RoadmapHeader.Shown.LIST, create, exports), filters, grid);
        setFlexGrow(1, grid);
        events.subscribeWhileAttached(this, Set.of(RoadmapEvents.ROADMAP), event -> grid.getDataProvider().refreshAll());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        filters.show(RoadmapFilter.fromParameters(name -> parameters.getOrDefault(name, List.of()).stream().findFirst().orElse(null)));
        exports.update(filters.filter(), null);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String presenceScreen() {
        return "roadmap";
    }

    private void applied() {
        grid.getDataProvider().refreshAll();
        exports.update(filters.filter(), null);
        String query = filters.filter().toQueryString();
        UI.getCurrent().getPage().getHistory().replaceState(null, "roadmap/list" + (query.isEmpty() ? "" : "?" + query));
    }
}
