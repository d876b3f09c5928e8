package org.cxplanner.base.ui;

import org.cxplanner.security.CurrentUser;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.base.PlanCount;
import org.cxplanner.base.PlanCounter;
import org.cxplanner.security.SignedInUser;

import java.util.Comparator;
import java.util.List;

@Route("")
@PageTitle("Home · CX Partnership Planner")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
public class HomeView extends VerticalLayout {

    HomeView(List<PlanCounter> counters) {
        addClassName("home-view");
        String name = CurrentUser.signedIn()
                .map(SignedInUser::getDisplayName).orElse("");
        H2 greeting = new H2("Welcome, " + name);
        greeting.addClassName("home-greeting");
        Paragraph intro = new Paragraph("Marketing and customer experience plan here together: who owns every "
                + "customer touchpoint, what is on the shared roadmap, and what the weekly review must decide.");
        List<PlanCount> counts = counters.stream().flatMap(counter -> counter.counts().stream())
                .sorted(Comparator.comparingInt(PlanCount::order)).toList();
        Div attention = tiles(counts.stream().filter(PlanCount::attention).toList());
        attention.addClassName("attention-tiles");
        add(greeting, intro, new H2("This week"), attention, new H2("What the planner holds today"),
                tiles(counts.stream().filter(count -> !count.attention()).toList()));
    }

    private static Div tiles(List<PlanCount> counts) {
        Div tiles = new Div();
        tiles.addClassName("plan-tiles");
        counts.forEach(count -> tiles.add(tile(count)));
        return tiles;
    }

    private static Div tile(PlanCount count) {
        Span value = new Span(count.shown());
        value.addClassName("plan-tile-value");
        Span label = new Span(count.label());
        label.addClassName("plan-tile-label");
        Div tile = new Div(value, label);
        tile.addClassName("plan-tile");
        if (count.attention() && count.value() > 0 && count.text() == null) {
            tile.addClassName("needs-attention");
        }
        if (count.route() != null) {
            Anchor link = new Anchor(count.route(), tile);
            link.getElement().setAttribute("router-link", true);
            link.addClassName("plan-tile-link");
            Div wrapper = new Div(link);
            wrapper.addClassName("plan-tile-wrapper");
            return wrapper;
        }
        return tile;
    }
}
