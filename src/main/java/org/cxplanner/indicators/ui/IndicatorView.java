package org.cxplanner.indicators.ui;

import org.cxplanner.indicators.MeasurementEntry;

import org.cxplanner.indicators.IndicatorEvents;

import org.cxplanner.security.CurrentUser;

import org.cxplanner.base.ui.FixedColumnsGrid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.base.ui.SharedScreen;
import org.cxplanner.history.HistoryFilter;
import org.cxplanner.indicators.IndicatorService;
import org.cxplanner.indicators.Measurement;
import org.cxplanner.indicators.ScorecardRow;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/** One indicator: its definition, all its measurements as a chart and a table, and its guardrail partner. */
@Route("indicators")
@PermitAll
public class IndicatorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle, SharedScreen {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private final org.cxplanner.base.DecisionFlags decisions;
    private final IndicatorService indicators;
    private final MeasurementEntry entry;
    final H2 title = new H2();
    final Span status = new Span();
    final Paragraph facts = new Paragraph();
    final Paragraph description = new Paragraph();
    final Paragraph partner = new Paragraph();
    final Div chart = new Div();
    final Grid<Measurement> table = new FixedColumnsGrid<>();
    final Anchor history = new Anchor();
    final com.vaadin.flow.component.html.Anchor csv = new com.vaadin.flow.component.html.Anchor("", "Export the measurements (CSV)");
    private long id;
    private ScorecardRow shown;
    private boolean recordable;

    final com.vaadin.flow.component.button.Button edit = new com.vaadin.flow.component.button.Button("Edit definition");
    final com.vaadin.flow.component.html.UnorderedList initiatives = new com.vaadin.flow.component.html.UnorderedList();
    private final List<org.cxplanner.indicators.IndicatorLinks> links;

    IndicatorView(IndicatorService indicators, MeasurementEntry entry, PlanEvents events, org.cxplanner.users.UserService users,
                  List<org.cxplanner.indicators.IndicatorLinks> links, org.cxplanner.base.DecisionFlags decisions) {
        this.decisions = decisions;
        this.indicators = indicators;
        this.entry = entry;
        this.links = links;
        edit.setVisible(CurrentUser.hasAnyRole(org.cxplanner.security.Roles.CATALOG_MANAGERS));
        edit.addClickListener(click -> new IndicatorDialog(indicators, users.people(), indicators.scorecard(), shown.indicator(),
                this::load).open());
        addClassName("indicator-view");
        facts.addClassName("initiative-facts");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setAllRowsVisible(true);
        table.addColumn(m -> org.cxplanner.base.ReadableDates.of(m.periodStart())).setHeader("Period").setAutoWidth(true);
        table.addColumn(m -> m.value().stripTrailingZeros().toPlainString()).setHeader("Value").setAutoWidth(true);
        table.addColumn(m -> shown != null && shown.indicator().onTrack(m.value()) ? "On track" : "Off track").setHeader("Status").setAutoWidth(true);
        table.addColumn(m -> m.note() == null ? "" : m.note()).setHeader("Note").setFlexGrow(2);
        java.util.Map<String, String> names = users.people().stream().collect(java.util.stream.Collectors.toMap(
                p -> p.username().toLowerCase(java.util.Locale.ROOT), org.cxplanner.users.Person::displayName, (a, b) -> a));
        table.addColumn(m -> names.getOrDefault(m.recordedBy().toLowerCase(java.util.Locale.ROOT), m.recordedBy()) + ", "
                + WHEN.format(m.recordedAt().atZone(ZoneId.systemDefault()))).setHeader("Recorded").setAutoWidth(true);
        table.addItemClickListener(click -> {
            if (shown != null && recordable) {
                new MeasurementDialog(entry, click.getItem(), shown.indicator().getUnit(), this::load).open();
            }
        });
        add(new RouterLink("← Scorecard", ScorecardView.class), edit, title, status, facts, description, partner, chart,
                new H3("Initiatives that should move it"), initiatives, new H3("Measurements"), csv, table, history);
        events.subscribeWhileAttached(this, Set.of(IndicatorEvents.INDICATORS), event -> load());
    }

    @Override
    public void setParameter(BeforeEvent event, Long indicatorId) {
        id = indicatorId;
        csv.setHref("/export/indicator/" + id + ".csv");
        csv.getElement().setAttribute("router-ignore", true);
        csv.getElement().setAttribute("download", true);
        load();
    }

    @Override
    public String getPageTitle() {
        return (shown == null ? "Indicator" : shown.indicator().getName()) + " · CX Partnership Planner";
    }

    @Override
    public String presenceScreen() {
        return "indicators/" + id;
    }

    void load() {
        List<ScorecardRow> all = indicators.scorecardOf(List.of(id));
        shown = all.stream().filter(r -> r.indicator().getId() == id).findFirst().orElse(null);
        if (shown == null) {
            removeAll();
            add(new Paragraph("This indicator does not exist (any more)."), new RouterLink("← Scorecard", ScorecardView.class));
            return;
        }
        var indicator = shown.indicator();
        recordable = indicators.recordableTeams().contains(indicator.getTeam());
        table.getElement().setAttribute("title", recordable ? "Click a measurement to correct or delete it" : "");
        title.setText(indicator.getName());
        status.setText(shown.statusLabel());
        status.setClassName("track " + (shown.onTrack() == null ? "track-none" : shown.onTrack() ? "track-on" : "track-off"));
        facts.setText(indicator.getKind().label() + " (" + indicator.getKind().meaning() + ") · " + indicator.getTeam().label()
                + " · owner " + shown.ownerName() + " · target " + indicator.targetText() + " (" + indicator.getDirection().label()
                + ") · " + indicator.getCadence().label());
        description.setText(indicator.getDescription() == null ? "" : indicator.getDescription());
        String pair = null;
        if (indicator.getGuardedBy() != null) {
            pair = all.stream().filter(r -> r.indicator().getId().equals(indicator.getGuardedBy())).findFirst()
                    .map(r -> "Guarded by the CPI " + r.indicator().getName() + " (" + r.statusLabel().toLowerCase() + ").").orElse(null);
        } else {
            pair = all.stream().filter(r -> indicator.getId().equals(r.indicator().getGuardedBy())).findFirst()
                    .map(r -> "Guards the KPI " + r.indicator().getName() + " (" + r.statusLabel().toLowerCase() + ").").orElse(null);
        }
        List<String> against = decisions.against(org.cxplanner.base.DecisionFlags.INDICATOR, id);
        partner.setText((pair == null ? "" : pair) + (shown.guardrail() == null ? "" : " ⚠ " + shown.guardrail())
                + against.stream().map(flag -> " ⚠ " + flag).collect(java.util.stream.Collectors.joining()));
        partner.setClassName(shown.guardrail() == null && against.isEmpty() ? "" : "warning");
        initiatives.removeAll();
        links.forEach(source -> source.linksTo(id).forEach(link -> initiatives.add(new com.vaadin.flow.component.html.ListItem(
                new com.vaadin.flow.component.html.Anchor(link.route(), link.title())))));
        if (initiatives.getChildren().findAny().isEmpty()) {
            initiatives.add(new com.vaadin.flow.component.html.ListItem("No initiative names it yet."));
        }
        List<Measurement> measurements = indicators.measurementsOf(id);
        chart.removeAll();
        chart.add(new TrendChart(indicator, measurements));
        table.setItems(measurements.reversed());
        HistoryFilter own = HistoryFilter.ofItem(IndicatorEvents.HISTORY_KIND, id);
        history.setText("History of this indicator");
        history.setHref(own.route());
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }
}
