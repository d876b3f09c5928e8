package org.cxplanner.raci.ui;

import org.cxplanner.security.CurrentUser;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.base.ui.ExportLinks;
import org.cxplanner.base.ui.SharedScreen;
import org.cxplanner.catalog.CatalogEntry;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.catalog.JourneyStage;
import org.cxplanner.raci.FunctionColumn;
import org.cxplanner.raci.HealthSummary;
import org.cxplanner.raci.MatrixFilter;
import org.cxplanner.raci.RaciBroadcaster;
import org.cxplanner.raci.RaciChanged;
import org.cxplanner.raci.RaciImportService;
import org.cxplanner.raci.RaciService;
import org.cxplanner.raci.TouchpointLinks;
import org.cxplanner.security.Roles;

import java.util.List;
import java.util.Objects;

@Route("raci")
@PageTitle("RACI matrix · CX Partnership Planner")
@Menu(order = 10, icon = "vaadin:table", title = "RACI matrix")
@PermitAll
public class RaciMatrixView extends VerticalLayout implements BeforeEnterObserver, SharedScreen {

    private final RaciService raciService;
    final RaciHeadline summary = new RaciHeadline();
    final ComboBox<JourneyStage> stage = new ComboBox<>("Stage");
    final ComboBox<FunctionColumn> function = new ComboBox<>("Function takes part");
    final Checkbox gapsOnly = new Checkbox("Gaps only");
    final TextField search = new TextField("Search");
    final ExportLinks exports = new ExportLinks("/export/raci", ExportLinks.Format.of("CSV", "csv"),
            ExportLinks.Format.of("Excel", "xlsx"), ExportLinks.Format.of("PDF", "pdf"));
    final RaciGrid grid;
    final org.cxplanner.base.ui.LiveRegion live = new org.cxplanner.base.ui.LiveRegion();
    private MatrixFilter filter = MatrixFilter.ALL;
    private Registration resize;
    private final org.cxplanner.base.DecisionFlags decisions;
    /** How many colleagues' changes this screen has shown; its own edits are shown once, not echoed. */
    int colleagueChanges;

    RaciMatrixView(RaciService raciService, CatalogService catalogService, RaciImportService importService,
                   RaciBroadcaster broadcaster, List<TouchpointLinks> links, org.cxplanner.base.DecisionFlags decisions) {
        this.raciService = raciService;
        this.decisions = decisions;
        broadcaster.register(this, this::colleagueChanged);
        addClassName("raci-view");
        setSizeFull();

        List<FunctionColumn> columns = raciService.columns();
        grid = new RaciGrid(raciService, columns, () -> filter,
                CurrentUser.hasAnyRole(Roles.RACI_EDITORS), this::updateSummary, links);

        stage.setItems(catalogService.stages().stream().filter(s -> !s.isArchived()).toList());
        stage.setItemLabelGenerator(CatalogEntry::getName);
        stage.setPlaceholder("All stages");
        stage.setClearButtonVisible(true);
        stage.addValueChangeListener(e -> applyFilter(filter.withStage(e.getValue() == null ? null : e.getValue().getId())));
        function.setItems(columns);
        function.setItemLabelGenerator(FunctionColumn::name);
        function.setPlaceholder("Any function");
        function.setClearButtonVisible(true);
        function.addValueChangeListener(e -> applyFilter(filter.withFunction(e.getValue() == null ? null : e.getValue().id())));
        gapsOnly.addValueChangeListener(e -> applyFilter(filter.withGapsOnly(e.getValue())));
        search.setPlaceholder("Touchpoint, stage or description");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> applyFilter(filter.withText(e.getValue())));

        HorizontalLayout filters = new HorizontalLayout(stage, function, search, gapsOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.addClassName("raci-filters");

        HorizontalLayout actions = new HorizontalLayout(exports);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        if (CurrentUser.hasAnyRole(Roles.CATALOG_MANAGERS)) {
            Button importButton = new Button("Import CSV…", VaadinIcon.UPLOAD.create(),
                    click -> new RaciImportDialog(importService, this::reloadAll).open());
            importButton.addClassName("raci-import");
            actions.add(importButton);
        }
        if (!grid.isEditable()) {
            Span readOnly = new Span("Read-only: your role can view and export the matrix.");
            readOnly.addClassName("hint");
            actions.add(readOnly);
        }

        // Shown by CSS only while function columns lie beyond the grid's right edge (the grid marks its overflow).
        Span scrollHint = new Span("Scroll the matrix sideways for all " + columns.size() + " functions →");
        scrollHint.addClassName("scroll-hint");
        actions.add(scrollHint);
        add(summary, filters, actions, grid, live);
        setFlexGrow(1, grid);
        HealthSummary health = raciService.summary();
        show(health);
        grid.countOnOpen(health.touchpoints());
        updateExportLinks();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MatrixFilter requested = MatrixFilter.fromParameters(event.getLocation().getQueryParameters().getParameters());
        if (requested.equals(MatrixFilter.ALL)) {
            return;
        }
        gapsOnly.setValue(requested.gapsOnly());
        search.setValue(requested.text() == null ? "" : requested.text());
        stage.getListDataView().getItems().filter(s -> Objects.equals(s.getId(), requested.stageId())).findFirst().ifPresent(stage::setValue);
        function.getListDataView().getItems().filter(f -> Objects.equals(f.id(), requested.functionId())).findFirst().ifPresent(function::setValue);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ui.getPage().retrieveExtendedClientDetails(details -> grid.adaptToWidth(details.getWindowInnerWidth()));
        resize = ui.getPage().addBrowserWindowResizeListener(event -> grid.adaptToWidth(event.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (resize != null) {
            resize.remove();
        }
    }

    @Override
    public String presenceScreen() {
        return "raci";
    }

    MatrixFilter filter() {
        return filter;
    }

    private void colleagueChanged(RaciChanged change) {
        colleagueChanges++;
        if (change.everything()) {
            grid.getDataProvider().refreshAll();
        } else {
            grid.changeUnderFocus(change.rows()).ifPresent(live::announce);
            change.rows().forEach(grid::showRow);
        }
        show(change.summary());
    }

    private void applyFilter(MatrixFilter newFilter) {
        filter = newFilter;
        grid.getDataProvider().refreshAll();
        updateExportLinks();
    }

    private void reloadAll() {
        grid.getDataProvider().refreshAll();
        updateSummary();
    }

    private void updateSummary() {
        show(raciService.summary());
    }

    private void show(HealthSummary health) {
        summary.show(health, decisions.against(org.cxplanner.base.DecisionFlags.TOUCHPOINT));
    }

    private void updateExportLinks() {
        exports.update(filter.toQueryString());
    }

}
