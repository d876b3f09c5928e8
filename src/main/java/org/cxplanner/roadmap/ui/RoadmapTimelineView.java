package org.cxplanner.roadmap.ui;

import org.cxplanner.roadmap.RoadmapEvents;

import org.cxplanner.security.CurrentUser;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.base.ui.Markup;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.base.ui.SharedScreen;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.roadmap.InitiativeRow;
import org.cxplanner.roadmap.InitiativeStatus;
import org.cxplanner.roadmap.RoadmapDependencies;
import org.cxplanner.roadmap.RoadmapFilter;
import org.cxplanner.roadmap.RoadmapService;
import org.cxplanner.users.UserService;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roadmap people look at in the meeting: three lanes over a month axis, zoom and move in time, filters, all in
 * the URL so a view can be bookmarked. Editors reschedule by dragging a bar along its lane (week precision).
 */
@Route("roadmap")
@PageTitle("Roadmap · CX Partnership Planner")
@Menu(order = 30, icon = "vaadin:road-branches", title = "Roadmap")
@PermitAll
public class RoadmapTimelineView extends VerticalLayout implements BeforeEnterObserver, SharedScreen {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy");

    private final RoadmapService roadmap;
    private final RoadmapDependencies dependencies;
    final RoadmapFilterBar filters;
    final ZoomSwitch zoom;
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Button today = new Button("Today");
    final Span range = new Span();
    final Button create = new Button("New initiative", VaadinIcon.PLUS.create());
    final RoadmapExportLinks exports = new RoadmapExportLinks(true);
    final TimelineCanvas canvas;
    /** The filters fold away on a phone or a small laptop, so the lanes keep the screen. */
    final Details filterPanel;
    private TimelineWindow window = TimelineWindow.around(LocalDate.now(), TimelineWindow.Zoom.HALF);
    private List<InitiativeRow> shown = List.of();

    RoadmapTimelineView(org.cxplanner.indicators.IndicatorService indicatorService, RoadmapService roadmap,
                        RoadmapDependencies dependencies, CatalogService catalog, UserService users, PlanEvents events) {
        this.roadmap = roadmap;
        this.dependencies = dependencies;
        addClassName("roadmap-view");
        setSizeFull();
        RoadmapChoices choices = RoadmapChoices.load(catalog, users, indicatorService);
        filters = new RoadmapFilterBar(choices, filter -> refresh(true));
        canvas = new TimelineCanvas(id -> UI.getCurrent().navigate(InitiativeView.class, id), this::dropped, this::movedByWeeks);

        zoom = new ZoomSwitch(window.zoom(), picked -> {
            window = window.zoomed(picked);
            refresh(true);
        });
        // A plain title, not a Vaadin tooltip: that is one more component per button for as long as the tab is open.
        previous.setAriaLabel("Earlier");
        previous.getElement().setAttribute("title", "Earlier");
        next.setAriaLabel("Later");
        next.getElement().setAttribute("title", "Later");
        previous.addClickListener(click -> move(-1));
        next.addClickListener(click -> move(1));
        today.addClickListener(click -> {
            window = TimelineWindow.around(LocalDate.now(), window.zoom());
            refresh(true);
        });
        for (Button button : List.of(previous, next, today)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        range.addClassName("timeline-range");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(!CurrentUser.access().editableTeams().isEmpty());
        create.addClickListener(click -> new InitiativeDialog(roadmap, dependencies, choices, null, saved -> refresh(false)).open());

        HorizontalLayout navigation = new HorizontalLayout(previous, range, next, today, zoom);
        navigation.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        navigation.setWrap(true);
        navigation.addClassName("timeline-navigation");
        filterPanel = new Details("Filters", filters);
        filterPanel.addClassName("roadmap-filter-panel");
        add(new RoadmapHeader(RoadmapHeader.Shown.TIMELINE, create, exports), filterPanel, navigation, statusLegend(), canvas);
        setFlexGrow(1, canvas);
        events.subscribeWhileAttached(this, Set.of(RoadmapEvents.ROADMAP), event -> refresh(false));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        java.util.function.Function<String, String> parameter = name -> parameters.getOrDefault(name, List.of()).stream()
                .findFirst().orElse(null);
        TimelineWindow.Zoom requestedZoom = TimelineWindow.Zoom.parse(parameter.apply("zoom"));
        window = TimelineWindow.around(LocalDate.now(), requestedZoom);
        String from = parameter.apply("from");
        if (from != null) {
            try {
                window = new TimelineWindow(requestedZoom, java.time.YearMonth.parse(from).atDay(1));
            } catch (java.time.format.DateTimeParseException ignored) {
                // an old or mistyped bookmark opens around today
            }
        }
        zoom.setValue(requestedZoom);
        filters.show(RoadmapFilter.fromParameters(parameter::apply));
        refresh(false);
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        // One boolean from the browser, not its extended details: those stay in the session once asked for.
        attachEvent.getUI().getPage().executeJs("return window.innerWidth >= 1400 && window.innerHeight >= 850")
                .then(Boolean.class, filterPanel::setOpened);
    }

    @Override
    public String presenceScreen() {
        return "roadmap";
    }

    TimelineWindow window() {
        return window;
    }

    List<InitiativeRow> shown() {
        return shown;
    }

    /** The server side of a drop: the bar's new left edge as a fraction of the track; week precision. */
    void dropped(long id, double leftFraction) {
        reschedule(id, row -> window.dayAt(leftFraction));
    }

    /** Shift+Arrow on a bar: a week earlier or later, the focus staying on the bar. */
    void movedByWeeks(long id, int weeks) {
        reschedule(id, row -> row.startDate().plusWeeks(weeks));
    }

    /**
     * Moves a shown initiative to a new start, says how it went and redraws (nothing if it is not shown any more).
     * A move that would move or conflict with what waits for it, or break a message's promise, is shown first and
     * made only when confirmed.
     */
    private void reschedule(long id, java.util.function.Function<InitiativeRow, LocalDate> newStartOf) {
        InitiativeRow row = shown.stream().filter(r -> r.id() == id).findFirst().orElse(null);
        if (row == null) {
            return;
        }
        LocalDate newStart = newStartOf.apply(row);
        if (newStart.equals(row.startDate())) {
            return;
        }
        LocalDate newEnd = row.endDate().plusDays(java.time.temporal.ChronoUnit.DAYS.between(row.startDate(), newStart));
        RoadmapDependencies.Preview preview;
        try {
            preview = dependencies.preview(id, newStart, newEnd);
        } catch (EditConflict e) {
            Notifications.error(e.getMessage());
            refresh(false);
            return;
        }
        if (preview.isEmpty()) {
            move(row, newStart, false);
        } else {
            KnockOnDialog knockOn = new KnockOnDialog(row.title(), preview, moveToo -> move(row, newStart, moveToo));
            knockOn.addOpenedChangeListener(change -> {
                if (!change.isOpened()) {
                    canvas.focusBar(id);
                }
            });
            knockOn.open();
        }
    }

    private void move(InitiativeRow row, LocalDate newStart, boolean moveDependants) {
        try {
            roadmap.reschedule(row.id(), row.version(), newStart, moveDependants);
            Notifications.success("Moved '" + row.title() + "' to start " + RoadmapListView.DATE.format(newStart) + "."
                    + (moveDependants ? " What waits for it moved too." : ""));
        } catch (EditConflict | AccessDeniedException e) {
            Notifications.error(e.getMessage());
        }
        refresh(false);
        canvas.focusBar(row.id());
    }

    private void move(int direction) {
        window = window.moved(direction);
        refresh(true);
    }

    private void refresh(boolean updateUrl) {
        shown = roadmap.span(filters.filter(), window.from(), window.to());
        canvas.show(window, shown, dependencies.links(), CurrentUser.access().editableTeams(), LocalDate.now());
        range.setText(MONTH.format(window.from()) + " – " + MONTH.format(window.to()));
        int active = filters.filter().activeCount();
        filterPanel.setSummaryText(active == 0 ? "Filters" : "Filters · " + active + " on");
        exports.update(filters.filter(), window.from());
        if (updateUrl) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("zoom", window.toParameter());
            parameters.put("from", java.time.YearMonth.from(window.from()).toString());
            parameters.putAll(filters.filter().toParameters());
            String query = parameters.entrySet().stream()
                    .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            UI.getCurrent().getPage().getHistory().replaceState(null, "roadmap?" + query);
        }
    }

    /** Read-only, so markup: eight spans as components cost every open timeline as much state as the filters. */
    private static Markup statusLegend() {
        List<org.jsoup.nodes.Element> entries = new java.util.ArrayList<>();
        for (InitiativeStatus status : InitiativeStatus.values()) {
            entries.add(Markup.element("span", "status-badge " + status.cssName(), status.label()));
        }
        entries.add(Markup.element("span", "legend-milestone", "◆ milestone"));
        Markup legend = new Markup(entries.toArray(org.jsoup.nodes.Element[]::new));
        legend.addClassName("status-legend");
        return legend;
    }
}
