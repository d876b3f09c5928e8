package org.cxplanner.bench.yardstick;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The click benchmark's yardstick: the plainest list screen Vaadin makes, a grid of 5 columns and 25 rows held in
 * memory, inside the planner's shell. Every run times the side navigation to it next to the real screens, so the
 * ratios hold on a slow day and a fast one alike. No {@code @Route}: {@link YardstickRoute} registers it only in the
 * {@code benchmark} profile, and the class is not in the product's jar at all.
 */
@PageTitle("Yardstick · CX Partnership Planner")
@Menu(order = 99, icon = "vaadin:grid-small", title = "Yardstick")
@PermitAll
public class YardstickView extends VerticalLayout {

    record Row(int number, String name, String owner, String stage, String status) {
    }

    public YardstickView() {
        Grid<Row> grid = new Grid<>();
        grid.addClassName("yardstick-grid");
        grid.addColumn(Row::number).setHeader("No.");
        grid.addColumn(Row::name).setHeader("Name");
        grid.addColumn(Row::owner).setHeader("Owner");
        grid.addColumn(Row::stage).setHeader("Stage");
        grid.addColumn(Row::status).setHeader("Status");
        List<String> stages = List.of("Discover", "Consider", "Buy", "Use", "Renew");
        grid.setItems(IntStream.rangeClosed(1, 25).mapToObj(n -> new Row(n, "Item " + n, "Owner " + (n % 7),
                stages.get(n % stages.size()), n % 3 == 0 ? "Done" : "Open")).toList());
        setSizeFull();
        addAndExpand(grid);
    }
}
