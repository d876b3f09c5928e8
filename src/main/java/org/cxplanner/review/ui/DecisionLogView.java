package org.cxplanner.review.ui;

import org.cxplanner.review.ReviewEvents;

import org.cxplanner.base.ui.FixedColumnsGrid;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.review.Decision;
import org.cxplanner.review.ReviewQueries;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Set;

/** Every decision across reviews, newest week first, searchable; the search is kept in the URL. */
@Route("reviews/decisions")
@PageTitle("Decision log · CX Partnership Planner")
@PermitAll
public class DecisionLogView extends VerticalLayout implements BeforeEnterObserver {

    final TextField search = new TextField();
    final Grid<Decision> grid = new FixedColumnsGrid<>();
    final Anchor csv = new Anchor("", "Export CSV");
    private final ReviewQueries reviews;
    private String text;
    /** The meeting's rating and the action items done on time, last 13 weeks. */
    final org.cxplanner.base.ui.Markup trend;

    DecisionLogView(ReviewQueries reviews, PlanEvents events, org.cxplanner.review.DecisionPins pins) {
        this.reviews = reviews;
        boolean lead = org.cxplanner.security.CurrentUser.hasAnyRole(org.cxplanner.security.Roles.REVIEW_LEAD_ROLES);
        addClassName("decision-log-view");
        setSizeFull();
        search.setPlaceholder("Search decisions, items, people or a week (2026-W48)");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("26rem");
        search.setMaxWidth("100%");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> {
            text = change.getValue();
            refresh();
            getUI().ifPresent(ui -> ui.navigate(DecisionLogView.class,
                    text == null || text.isBlank() ? QueryParameters.empty() : QueryParameters.of("q", text.strip())));
        });
        csv.getElement().setAttribute("router-ignore", true);
        csv.getElement().setAttribute("download", true);
        grid.addColumn(Decision::text).setHeader("Decision").setFlexGrow(3);
        grid.addColumn(LitRenderer.<Decision>of("<a ?hidden=${!item.route} href='${item.route}'>${item.about}</a>")
                .withProperty("route", d -> d.link() == null ? "" : d.link().route())
                .withProperty("about", d -> d.link() == null ? "" : d.link().describe())).setHeader("About").setFlexGrow(2);
        // What the decision pins and whether the plan still has it; a lead may release a pin in force.
        grid.addColumn(LitRenderer.<Decision>of("<span class='${item.pinClass}'>${item.pin}</span>"
                        + "<vaadin-button theme='small tertiary' ?hidden=${!item.releasable} @click=${release}>Release…</vaadin-button>")
                .withProperty("pin", d -> d.pin() == null ? "" : d.pin().pinned() + " · " + d.pin().state())
                .withProperty("pinClass", d -> d.pin() == null || d.pin().holds() ? "review-pin" : "review-pin review-pin-broken")
                .withProperty("releasable", d -> lead && d.pin() != null && !d.pin().released())
                .withFunction("release", d -> {
                    if (d.pin() != null) {
                        new ReleasePinDialog(pins, d.pin(), () -> grid.getDataProvider().refreshAll()).open();
                    }
                })).setHeader("Binds the plan").setFlexGrow(2);
        grid.addColumn(Decision::decidedByName).setHeader("Decided by").setFlexGrow(1);
        grid.addColumn(d -> ReviewHeader.WHEN.format(d.decidedAt().atZone(ZoneId.systemDefault()))).setHeader("When").setFlexGrow(1);
        // The decision leads the row; the link to its review comes last, so the grid's first cell (its tab stop) is
        // not a link as well, which would leave a target too small to hit beside it (WCAG 2.5.8).
        grid.addColumn(LitRenderer.<Decision>of("<a href='reviews/${item.week}'>${item.week}</a>")
                .withProperty("week", d -> d.week().toString())).setHeader("Review").setWidth("7rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No decisions match.");
        grid.setItems(new CallbackDataProvider<>(query -> reviews.decisionLog(text, query.getOffset(), query.getLimit()).stream(),
                query -> reviews.countDecisions(text), Decision::id));
        HorizontalLayout bar = new HorizontalLayout(search, csv, new Anchor("reviews", "← Weekly review"));
        bar.addClassName("decision-log-bar");
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        trend = MeetingTrendChart.of(reviews.trend());
        add(new H2("Decision log"), trend, bar, grid);
        events.subscribeWhileAttached(this, Set.of(ReviewEvents.REVIEWS), event -> grid.getDataProvider().refreshAll());
        updateCsv();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        if (!q.equals(search.getValue())) {
            text = q;
            search.setValue(q);
        }
        updateCsv();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCsv();
    }

    private void updateCsv() {
        csv.setHref("/export/review/decisions.csv" + (text == null || text.isBlank() ? ""
                : "?q=" + URLEncoder.encode(text.strip(), StandardCharsets.UTF_8)));
    }
}
