package org.cxplanner.base.ui;

import org.cxplanner.security.CurrentUser;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.base.PlanCount;
import org.cxplanner.base.PlanCounter;
import org.cxplanner.security.SignedInUser;

import org.jsoup.nodes.Element;

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
        Markup attention = tiles(counts.stream().filter(PlanCount::attention).toList());
        attention.addClassName("attention-tiles");
        add(greeting, intro, new H2("This week"), attention, new H2("What the planner holds today"),
                tiles(counts.stream().filter(count -> !count.attention()).toList()));
    }

    /**
     * The tiles as markup: they only show numbers and link, and as components they were about a hundred state nodes
     * that every navigation away from the home screen had to take down again.
     */
    private static Markup tiles(List<PlanCount> counts) {
        Markup tiles = new Markup(counts.stream().map(HomeView::tile).toArray(Element[]::new));
        tiles.addClassName("plan-tiles");
        return tiles;
    }

    private static Element tile(PlanCount count) {
        Element tile = new Element("div").addClass("plan-tile")
                .appendChild(Markup.element("span", "plan-tile-value", count.shown()))
                .appendChild(Markup.element("span", "plan-tile-label", count.label()));
        if (count.attention() && count.value() > 0 && count.text() == null) {
            tile.addClass("needs-attention");
        }
        if (count.route() != null) {
            Element link = new Element("a").attr("href", count.route()).attr("router-link", "").addClass("plan-tile-link")
                    .appendChild(tile);
            return new Element("div").addClass("plan-tile-wrapper").appendChild(link);
        }
        return tile;
    }
}
