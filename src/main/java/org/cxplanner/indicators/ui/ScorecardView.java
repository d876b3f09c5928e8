package org.cxplanner.indicators.ui;

import org.cxplanner.indicators.MeasurementEntry;

import org.cxplanner.indicators.IndicatorEvents;

import org.cxplanner.security.CurrentUser;

import org.cxplanner.base.ui.ExportLinks;
import org.cxplanner.base.ui.FixedColumnsGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.security.Team;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.base.ui.SharedScreen;
import org.cxplanner.indicators.IndicatorKind;
import org.cxplanner.indicators.IndicatorService;
import org.cxplanner.indicators.ScorecardFilter;
import org.cxplanner.indicators.ScorecardRow;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The scorecard the weekly review opens with: each indicator's latest value against target, on or off track
 * (direction-aware), the change, the last three, a 13-week trend with the target line, and guardrail warnings.
 */
@Route("indicators")
@PageTitle("Indicators · CX Partnership Planner")
@Menu(order = 35, icon = "vaadin:chart-line", title = "Indicators")
@PermitAll
public class ScorecardView extends VerticalLayout implements SharedScreen, com.vaadin.flow.router.BeforeEnterObserver {

    final Grid<ScorecardLine> grid = new FixedColumnsGrid<>();
    final ComboBox<Team> team = new ComboBox<>("Team");
    final ComboBox<IndicatorKind> kind = new ComboBox<>("Kind");
    final ComboBox<String> status = new ComboBox<>("Status");
    final Button enter = new Button("Enter this week's numbers", VaadinIcon.PENCIL.create());
    final Button define = new Button("New indicator", VaadinIcon.PLUS.create());
    final Button importCsv = new Button("Import CSV…", VaadinIcon.UPLOAD.create());
    final Span summary = new Span();
    final ExportLinks exports = new ExportLinks("/export/scorecard", ExportLinks.Format.of("CSV", "csv"),
            ExportLinks.Format.of("Excel", "xlsx"), ExportLinks.Format.of("PDF", "pdf"));
    private final IndicatorService indicators;
    private final MeasurementEntry entry;

    ScorecardView(IndicatorService indicators, MeasurementEntry entry, org.cxplanner.indicators.MeasurementImportService imports, PlanEvents events,
                  org.cxplanner.users.UserService users) {
        this.indicators = indicators;
        this.entry = entry;
        define.setVisible(CurrentUser.hasAnyRole(org.cxplanner.security.Roles.CATALOG_MANAGERS));
        importCsv.setVisible(!indicators.recordableTeams().isEmpty());
        importCsv.addClickListener(click -> new MeasurementImportDialog(imports, this::refresh).open());
        define.addClickListener(click -> new IndicatorDialog(indicators, users.people(), indicators.scorecard(), null, this::refresh).open());
        addClassName("scorecard-view");
        setSizeFull();
        // Targets such as "≤ 15 minutes" wrap rather than being cut; the columns fit beside the navigation at 1280 px.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LitRenderer.<ScorecardLine>of("<div class='ind-name'><span>${item.name}</span>"
                        + "<span class='ind-meta'>${item.kind} · ${item.team} · ${item.owner}</span>"
                        + "<span class='guardrail' ?hidden=${!item.guardrail} title='${item.guardrail}'>⚠ Guardrail: growing at the customer's expense</span></div>")
                        .withProperty("name", ScorecardLine::name)
                        .withProperty("kind", ScorecardLine::kind)
                        .withProperty("team", ScorecardLine::team)
                        .withProperty("owner", ScorecardLine::owner)
                        .withProperty("guardrail", line -> line.guardrail() == null ? "" : line.guardrail()))
                .setHeader("Indicator").setWidth("13.5rem").setFlexGrow(3);
        grid.addColumn(ScorecardLine::latest).setHeader("Latest").setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(ScorecardLine::target).setHeader("Target").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<ScorecardLine>of("<span class='track ${item.css}'>${item.status}</span>")
                        .withProperty("css", ScorecardLine::css)
                        .withProperty("status", ScorecardLine::status))
                .setHeader("Status").setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(ScorecardLine::change).setHeader("Change").setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(ScorecardLine::lastThree).setHeader("Last 3")
                .setWidth("5.5rem").setFlexGrow(0).setTooltipGenerator(line -> "How many of the last three measurements were on track");
        grid.addColumn(LitRenderer.<ScorecardLine>of("<svg class='spark' width='110' height='26' role='img' aria-label='${item.label}'>"
                        + "<line x1='0' x2='100' y1='${item.target}' y2='${item.target}' class='spark-target' ?hidden=${item.target < 0}></line>"
                        + "<polyline points='${item.points}' class='spark-line'></polyline></svg>")
                        .withProperty("points", ScorecardLine::points)
                        .withProperty("target", ScorecardLine::targetY)
                        .withProperty("label", line -> "Trend of the last " + line.measurements() + " measurements"))
                .setHeader("Last 13").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(line -> line.due() ? "Due" : "Entered").setHeader("This period").setWidth("7rem").setFlexGrow(0)
                .setTooltipGenerator(ScorecardLine::dueHint);
        grid.setPartNameGenerator(line -> line.guardrail() != null ? "guardrail" : null);
        grid.addItemClickListener(click -> com.vaadin.flow.component.UI.getCurrent().navigate(IndicatorView.class,
                click.getItem().id()));
        grid.setSizeFull();

        team.setItems(Team.values());
        team.setItemLabelGenerator(Team::label);
        kind.setItems(IndicatorKind.values());
        kind.setItemLabelGenerator(k -> k.label() + " (" + k.meaning() + ")");
        status.setItems("Off track", "On track", "No data", "Guardrail warning");
        for (ComboBox<?> box : List.of(team, kind, status)) {
            box.setClearButtonVisible(true);
            box.setPlaceholder("Any");
            box.addValueChangeListener(event -> refresh());
        }
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enter.setVisible(!indicators.recordableTeams().isEmpty());
        enter.addClickListener(click -> new WeeklyEntryDialog(indicators, entry, this::refresh).open());
        summary.addClassName("raci-summary");
        HorizontalLayout filters = new HorizontalLayout(team, kind, status, enter, importCsv, define, exports);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);
        add(summary, filters, grid);
        setFlexGrow(1, grid);
        refresh();
        events.subscribeWhileAttached(this, Set.of(IndicatorEvents.INDICATORS), event -> refresh());
    }

    @Override
    public String presenceScreen() {
        return "indicators";
    }

    /** A bookmarked or linked scorecard opens with its filters ({@code ?status=Off track}, {@code team}, {@code kind}). */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        ScorecardFilter requested = ScorecardFilter.fromParameters(name -> parameters.getOrDefault(name, List.of()).stream()
                .findFirst().orElse(null));
        team.setValue(requested.team());
        kind.setValue(requested.kind());
        status.setValue(status.getListDataView().getItems().filter(s -> s.equals(requested.status())).findFirst().orElse(null));
    }

    List<ScorecardLine> shown() {
        return grid.getListDataView().getItems().toList();
    }

    void refresh() {
        List<ScorecardRow> rows = indicators.scorecard();
        long off = rows.stream().filter(r -> Boolean.FALSE.equals(r.onTrack())).count();
        long guardrails = rows.stream().filter(r -> r.guardrail() != null && r.indicator().getKind() == IndicatorKind.KPI).count();
        summary.getElement().getClassList().set("attention", off > 0 || guardrails > 0);
        summary.setText(off + (off == 1 ? " indicator is" : " indicators are") + " off track"
                + (guardrails == 0 ? "" : " · " + guardrails + (guardrails == 1 ? " guardrail warning" : " guardrail warnings")));
        ScorecardFilter filter = new ScorecardFilter(team.getValue(), kind.getValue(), status.getValue());
        grid.setItems(rows.stream().filter(filter::matches).map(ScorecardLine::of).toList());
        exports.update(filter.toQueryString());
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
