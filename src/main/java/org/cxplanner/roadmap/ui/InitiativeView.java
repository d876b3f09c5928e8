package org.cxplanner.roadmap.ui;

import org.cxplanner.roadmap.RoadmapEvents;

import org.cxplanner.catalog.CatalogEvents;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.base.ui.Markup;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.base.ui.SharedScreen;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.history.HistoryFilter;
import org.cxplanner.history.HistoryService;
import org.cxplanner.raci.RaciChanged;
import org.cxplanner.raci.RaciService;
import org.cxplanner.raci.TouchpointOwners;
import org.cxplanner.roadmap.Initiative;
import org.cxplanner.roadmap.InitiativeDetails;
import org.cxplanner.roadmap.Milestone;
import org.cxplanner.roadmap.RoadmapService;
import org.cxplanner.users.UserService;
import org.jsoup.nodes.Element;
import org.springframework.security.access.AccessDeniedException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * One initiative: every field, its milestones, the touchpoints it changes with who is accountable for them in the
 * RACI matrix (a promise nobody owns is named in plain words), and its history.
 */
@Route("roadmap")
@PermitAll
public class InitiativeView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle, SharedScreen {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private final org.cxplanner.base.DecisionFlags decisions;
    private final RoadmapService roadmap;
    private final RaciService raci;
    private final HistoryService history;
    /** What the editor's pickers offer, read when someone opens the editor: most visits only read the page. */
    private final java.util.function.Supplier<RoadmapChoices> choices;
    final H2 title = new H2();
    final Span status = new Span();
    final Div facts = new Div();
    final Paragraph description = new Paragraph();
    // Read-only lines are markup: one element each instead of a component per line and per link.
    final Markup warnings = new Markup();
    final Markup touchpoints = new Markup();
    final Markup milestones = new Markup();
    final Markup indicatorList = new Markup();
    final Markup changes = new Markup();
    final Button edit = new Button("Edit", VaadinIcon.EDIT.create());
    final Button delete = new Button("Delete…", VaadinIcon.TRASH.create());
    final Anchor allHistory = new Anchor();
    private final org.cxplanner.indicators.IndicatorService indicatorService;
    private final org.cxplanner.roadmap.RoadmapDependencies dependencies;
    /** What it waits for and what waits for it; built once the initiative is known. */
    final Div dependencyHolder = new Div();
    DependencyPanel dependencyPanel;
    private long id;
    private InitiativeDetails shown;

    InitiativeView(org.cxplanner.indicators.IndicatorService indicatorService, RoadmapService roadmap,
                   org.cxplanner.roadmap.RoadmapDependencies dependencies, RaciService raci, HistoryService history,
                   CatalogService catalog, UserService users, PlanEvents events, org.cxplanner.base.DecisionFlags decisions) {
        this.decisions = decisions;
        this.roadmap = roadmap;
        this.dependencies = dependencies;
        this.raci = raci;
        this.history = history;
        this.choices = () -> RoadmapChoices.load(catalog, users, indicatorService);
        addClassName("initiative-view");

        status.addClassName("status-badge");
        facts.addClassName("initiative-facts");
        warnings.addClassName("initiative-warnings");
        // Two short read-only lists: tables, not grids, so the page builds fast and keeps little state per visit.
        touchpoints.addClassName("owners-table");
        changes.addClassName("changes-table");

        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.addClickListener(click -> new InitiativeDialog(roadmap, dependencies, choices.get(), shown.initiative(), saved -> load()).open());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> confirmDelete());
        RouterLink back = new RouterLink("← Roadmap", RoadmapTimelineView.class);
        HorizontalLayout actions = new HorizontalLayout(back, edit, delete);
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        heading.setWrap(true);

        add(actions, heading, facts, description, warnings, new H3("Touchpoints it changes"), touchpoints,
                new H3("Milestones"), milestones, new H3("Depends on"), dependencyHolder, new H3("Indicators it should move"), indicatorList,
                new H3("History"), changes, allHistory);
        this.indicatorService = indicatorService;
        events.subscribeWhileAttached(this, Set.of(RoadmapEvents.ROADMAP, RaciChanged.KIND, CatalogEvents.CATALOG),
                event -> {
                    if (!event.kind().equals(RoadmapEvents.ROADMAP) || event.isEverything() || event.ids().contains(id)) {
                        load();
                    }
                });
    }

    @Override
    public void setParameter(BeforeEvent event, Long initiativeId) {
        id = initiativeId;
        load();
    }

    @Override
    public String getPageTitle() {
        return (shown == null ? "Initiative" : shown.initiative().getTitle()) + " · CX Partnership Planner";
    }

    @Override
    public String presenceScreen() {
        return "roadmap/" + id;
    }

    private void load() {
        shown = roadmap.details(id).orElse(null);
        if (shown == null) {
            removeAll();
            add(new Paragraph("This initiative does not exist (any more)."), new RouterLink("← Roadmap", RoadmapTimelineView.class));
            return;
        }
        Initiative initiative = shown.initiative();
        title.setText(initiative.getTitle());
        status.setText(initiative.getStatus().label());
        status.setClassName("status-badge " + initiative.getStatus().cssName());
        facts.setText(initiative.getTeam().label() + " · owner " + shown.ownerName() + " · "
                + RoadmapListView.DATE.format(initiative.getStartDate()) + " – " + RoadmapListView.DATE.format(initiative.getEndDate())
                + (shown.stageNames().isEmpty() ? "" : " · " + String.join(", ", shown.stageNames())));
        description.setText(initiative.getDescription() == null ? "" : initiative.getDescription());
        description.setVisible(initiative.getDescription() != null);

        List<TouchpointOwners> owners = raci.owners(initiative.getTouchpointIds());
        touchpoints.show(Markup.table(List.of("Touchpoint", "Accountable", "Responsible", "RACI health"), owners.stream()
                .map(t -> List.of(Markup.cell(t.touchpoint()), Markup.cell(String.join(", ", t.accountable())),
                        Markup.cell(String.join(", ", t.responsible())),
                        Markup.cell(t.healthLabel()).addClass(t.health().isEmpty() ? "health-ok" : "health-gap")))
                .toList(), "No touchpoints named."));
        warnings.show(java.util.stream.Stream.concat(
                decisions.against(org.cxplanner.base.DecisionFlags.INITIATIVE, id).stream()
                        .map(flag -> Markup.element("p", "warning decision-flag", "⚠ " + flag)),
                owners.stream().map(TouchpointOwners::accountabilityProblem).filter(java.util.Objects::nonNull)
                        .map(problem -> Markup.element("p", "warning", problem + ", which this initiative changes: a promise with no single owner.")))
                .toArray(Element[]::new));

        Element milestoneList = new Element("ul");
        for (Milestone milestone : initiative.getMilestones()) {
            Element item = Markup.element("li", null, (milestone.done() ? "✓ " : "◇ ") + milestone.name() + " — "
                    + RoadmapListView.DATE.format(milestone.dueDate()));
            if (milestone.isOutside(initiative.getStartDate(), initiative.getEndDate())) {
                item.appendChild(Markup.element("span", "warning", " outside the initiative's dates"));
            }
            milestoneList.appendChild(item);
        }
        if (initiative.getMilestones().isEmpty()) {
            milestoneList.appendChild(Markup.element("li", null, "No milestones."));
        }
        milestones.show(milestoneList);
        dependencyHolder.removeAll();
        dependencyPanel = new DependencyPanel(dependencies, roadmap, id, shown.editable(), this::load);
        dependencyHolder.add(dependencyPanel);

        Element indicators = new Element("ul");
        if (!initiative.getIndicatorIds().isEmpty()) {
            indicatorService.scorecardOf(initiative.getIndicatorIds()).stream()
                    .filter(row -> initiative.getIndicatorIds().contains(row.indicator().getId()))
                    .forEach(row -> indicators.appendChild(new Element("li").appendChild(Markup.link(
                            org.cxplanner.indicators.IndicatorLinks.route(row.indicator().getId()),
                            null, row.indicator().getName() + " — " + row.statusLabel().toLowerCase()
                                    + (row.latest() == null ? "" : ", latest " + row.latest().stripTrailingZeros().toPlainString()
                                    + " " + row.indicator().getUnit() + " against " + row.indicator().targetText())))));
        } else {
            indicators.appendChild(Markup.element("li", null, "None named yet."));
        }
        indicatorList.show(indicators);
        HistoryFilter own = HistoryFilter.ofItem(RoadmapEvents.HISTORY_KIND, id);
        changes.show(Markup.table(List.of("When", "Who", "Change"), history.rows(own, 0, 20).stream()
                .map(row -> List.of(Markup.cell(WHEN.format(row.changedAt().atZone(ZoneId.systemDefault()))),
                        Markup.cell(row.changedByName()), Markup.cell(row.change())))
                .toList(), "No changes recorded yet."));
        allHistory.setText("All history of this initiative");
        allHistory.setHref(own.route());
        edit.setVisible(shown.editable());
        delete.setVisible(shown.deletable());
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog("Delete initiative?", "Delete '" + shown.initiative().getTitle()
                + "' for good? To keep it on record, set its status to Dropped instead.", "Delete", event -> {
            try {
                roadmap.delete(id, shown.initiative().getVersion());
                Notifications.success("Deleted '" + shown.initiative().getTitle() + "'.");
                UI.getCurrent().navigate(RoadmapTimelineView.class);
            } catch (EditConflict | AccessDeniedException e) {
                Notifications.error(e.getMessage());
                load();
            }
        }, "Cancel", event -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
