package org.cxplanner.roadmap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ReadableDates;
import org.cxplanner.base.ui.Markup;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.roadmap.DependencyLink;
import org.cxplanner.roadmap.InitiativeRow;
import org.cxplanner.roadmap.RoadmapDependencies;
import org.cxplanner.roadmap.RoadmapFilter;
import org.cxplanner.roadmap.RoadmapService;
import org.cxplanner.roadmap.RoadmapSort;
import org.jsoup.nodes.Element;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.List;

/**
 * What an initiative waits for ("starts after X ends", with the days between) and what waits for it, each link in
 * conflict said in words; its editors add a link by searching for the other initiative and remove one. On the
 * initiative's page and in its editor.
 */
class DependencyPanel extends Div {

    final Markup waitsFor = new Markup();
    final Markup waitedForBy = new Markup();
    final Div removeButtons = new Div();
    final ComboBox<InitiativeRow> predecessor = new ComboBox<>("Starts after");
    final IntegerField lag = new IntegerField("Days between");
    final Button add = new Button("Add link");
    private final RoadmapDependencies dependencies;
    private final long id;
    private final Runnable changed;

    DependencyPanel(RoadmapDependencies dependencies, RoadmapService roadmap, long id, boolean editable, Runnable changed) {
        this.dependencies = dependencies;
        this.id = id;
        this.changed = changed;
        addClassName("dependency-panel");
        removeButtons.addClassName("dependency-remove");
        add(waitsFor, removeButtons, waitedForBy);
        if (editable) {
            searchable(predecessor, lag, roadmap);
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClickListener(click -> addLink());
            HorizontalLayout form = new HorizontalLayout(predecessor, lag, add);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            add(form);
        }
        show(editable);
    }

    /**
     * Searched as typed, a page at a time: a plan may hold hundreds of initiatives. (The initiative itself stays in the
     * list: a short page would end the list early; choosing it says why it cannot be.)
     */
    static void searchable(ComboBox<InitiativeRow> predecessor, IntegerField lag, RoadmapService roadmap) {
        predecessor.setItems(query -> roadmap.page(RoadmapFilter.ALL.withText(query.getFilter().filter(t -> !t.isBlank()).orElse(null)),
                RoadmapSort.TITLE, true, query.getOffset(), query.getLimit()).stream());
        predecessor.setItemLabelGenerator(row -> row.title() + " (" + row.team().label() + ", ends " + ReadableDates.of(row.endDate()) + ")");
        predecessor.setPlaceholder("Search initiatives");
        predecessor.setClearButtonVisible(true);
        predecessor.setWidth("22rem");
        lag.setMin(0);
        lag.setMax(365);
        lag.setValue(0);
        lag.setStepButtonsVisible(true);
        lag.setWidth("9rem");
        lag.setHelperText("after it ends");
    }

    /** Reads the links again and shows them. */
    void show(boolean editable) {
        List<DependencyLink> links = dependencies.linksOf(id);
        List<Element> before = new ArrayList<>();
        List<Element> after = new ArrayList<>();
        removeButtons.removeAll();
        for (DependencyLink link : links) {
            if (link.successor().id() == id) {
                Element line = Markup.element("p", link.conflict() ? "warning" : null, "Starts " + link.describe().substring("starts ".length())
                        + " (" + ReadableDates.of(link.predecessor().end()) + ")"
                        + (link.conflict() ? ": a conflict, it starts " + ReadableDates.of(link.successor().start())
                        + " but could start " + ReadableDates.of(link.earliestStart()) + " at the earliest" : ""));
                before.add(line);
                if (editable) {
                    Button remove = new Button("Remove link to '" + link.predecessor().title() + "'",
                            click -> removeLink(link.predecessor().id()));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    removeButtons.add(remove);
                }
            } else {
                after.add(Markup.element("p", link.conflict() ? "warning" : null, "'" + link.successor().title() + "' "
                        + link.describe().replace("'" + link.predecessor().title() + "'", "this")
                        + " · starts " + ReadableDates.of(link.successor().start())
                        + (link.conflict() ? ": a conflict" : "")));
            }
        }
        if (before.isEmpty()) {
            before.add(Markup.element("p", null, "It waits for no other initiative."));
        }
        if (after.isEmpty()) {
            after.add(Markup.element("p", null, "No initiative waits for it."));
        }
        waitsFor.show(before.toArray(Element[]::new));
        waitedForBy.show(after.toArray(Element[]::new));
    }

    private void addLink() {
        predecessor.setInvalid(false);
        lag.setInvalid(false);
        if (predecessor.getValue() == null) {
            predecessor.setErrorMessage("Choose the initiative it starts after.");
            predecessor.setInvalid(true);
            return;
        }
        if (lag.getValue() == null || lag.isInvalid()) {
            lag.setErrorMessage("0 to 365 days.");
            lag.setInvalid(true);
            return;
        }
        try {
            dependencies.add(id, predecessor.getValue().id(), lag.getValue());
            Notifications.success("Linked: it now starts after '" + predecessor.getValue().title() + "' ends.");
            predecessor.clear();
            lag.setValue(0);
            changed.run();
        } catch (FieldProblem problem) {
            com.vaadin.flow.component.HasValidation field = "lag".equals(problem.field()) ? lag : predecessor;
            field.setErrorMessage(problem.getMessage());
            field.setInvalid(true);
        } catch (EditConflict | AccessDeniedException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void removeLink(long predecessorId) {
        try {
            dependencies.remove(id, predecessorId);
            Notifications.success("Link removed.");
            changed.run();
        } catch (EditConflict | AccessDeniedException e) {
            Notifications.error(e.getMessage());
        }
    }
}
