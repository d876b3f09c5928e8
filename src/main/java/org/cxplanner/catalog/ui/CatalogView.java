package org.cxplanner.catalog.ui;

import org.cxplanner.catalog.CatalogEvents;

import org.cxplanner.security.CurrentUser;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.base.ui.SharedScreen;
import org.cxplanner.catalog.BusinessFunction;
import org.cxplanner.catalog.CatalogKind;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.users.Person;
import org.cxplanner.users.UserService;
import org.cxplanner.catalog.JourneyStage;
import org.cxplanner.catalog.Touchpoint;
import org.cxplanner.security.Roles;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Journey stages, touchpoints and functions: everyone reads them, the CMO, CCO and administrators change them. */
@Route("catalog")
@PageTitle("Catalog · CX Partnership Planner")
@Menu(order = 20, icon = "vaadin:list-ul", title = "Catalog")
@PermitAll
public class CatalogView extends VerticalLayout implements SharedScreen {

    final TabSheet tabs = new TabSheet();
    final CatalogTab<Touchpoint> touchpoints;
    final CatalogTab<JourneyStage> stages;
    final CatalogTab<BusinessFunction> functions;
    private Map<Long, String> stageNames = Map.of();

    private Map<Long, String> personNames = Map.of();

    CatalogView(CatalogService catalog, PlanEvents events, UserService users) {
        addClassName("catalog-view");
        setSizeFull();
        boolean canManage = CurrentUser.hasAnyRole(Roles.CATALOG_MANAGERS);

        touchpoints = new CatalogTab<>(CatalogKind.TOUCHPOINT, catalog, catalog::touchpoints, canManage,
                (existing, saved) -> new TouchpointDialog(catalog, existing, saved).open());
        touchpoints.setBeforeReload(() -> stageNames = stageNames(catalog));
        touchpoints.grid.addColumn(t -> stageNames.getOrDefault(t.getStageId(), "")).setHeader("Stage").setWidth("9rem").setFlexGrow(0);
        touchpoints.addNameColumn();
        touchpoints.grid.addColumn(t -> t.getChannel().label()).setHeader("Channel").setWidth("8rem").setFlexGrow(0);
        touchpoints.grid.addColumn(t -> t.getDescription() == null ? "" : t.getDescription()).setHeader("Description").setFlexGrow(2);
        touchpoints.addStateColumn();

        stages = new CatalogTab<>(CatalogKind.STAGE, catalog, catalog::stages, canManage,
                (existing, saved) -> new NameDialog(catalog, CatalogKind.STAGE, existing, saved).open());
        stages.addNameColumn();
        stages.addStateColumn();

        functions = new CatalogTab<>(CatalogKind.FUNCTION, catalog, catalog::functions, canManage,
                (existing, saved) -> new NameDialog(catalog, CatalogKind.FUNCTION, existing, users.people(), saved).open());
        functions.setBeforeReload(() -> personNames = users.people().stream().collect(Collectors.toMap(Person::id, Person::displayName)));
        functions.addNameColumn();
        functions.grid.addColumn(f -> f.getLeadId() == null ? "" : personNames.getOrDefault(f.getLeadId(), "")).setHeader("Lead")
                .setWidth("12rem").setFlexGrow(0);
        functions.addStateColumn();

        tabs.add("Touchpoints", touchpoints);
        tabs.add("Journey stages", stages);
        tabs.add("Functions (RACI columns)", functions);
        tabs.setSizeFull();
        // The tab list's inner scroller carries tabindex="-1", which puts a focusable element between the tablist and
        // its tabs for assistive technology (axe: aria-required-children); the tabs keep their own roving focus.
        tabs.getElement().executeJs("customElements.whenDefined('vaadin-tabs').then(() => requestAnimationFrame(() => {"
                + " const scroll = this.querySelector('vaadin-tabs')?.shadowRoot?.getElementById('scroll');"
                + " if (scroll) scroll.removeAttribute('tabindex'); }))");
        // Only the open tab's list is read: the other two are read when their tab is opened.
        tabs.addSelectedChangeListener(event -> ((CatalogTab<?>) tabs.getComponent(event.getSelectedTab())).reload());
        if (!canManage) {
            Span hint = new Span("Only the CMO, the CCO and administrators change the catalog.");
            hint.addClassName("hint");
            add(hint);
        }
        add(tabs);
        events.subscribeWhileAttached(this, Set.of(CatalogEvents.CATALOG), event -> colleagueChanged());
        touchpoints.reload();
    }

    @Override
    public String presenceScreen() {
        return "catalog";
    }

    /**
     * A colleague changed the catalog (on any node): the open tab shows it, keeping its selection; the others read
     * their list anew when they are opened.
     */
    void colleagueChanged() {
        ((CatalogTab<?>) tabs.getComponent(tabs.getSelectedTab())).reload();
    }

    private static Map<Long, String> stageNames(CatalogService catalog) {
        return catalog.stages().stream().collect(Collectors.toMap(JourneyStage::getId, JourneyStage::getName));
    }
}
