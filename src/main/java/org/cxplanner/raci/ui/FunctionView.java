package org.cxplanner.raci.ui;

import org.cxplanner.base.ui.FixedColumnsGrid;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.BeforeEvent;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.base.ui.SharedScreen;
import org.cxplanner.raci.RaciBroadcaster;
import org.cxplanner.raci.FunctionAssignment;
import org.cxplanner.raci.FunctionColumn;
import org.cxplanner.raci.RaciLetter;
import org.cxplanner.raci.RaciService;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** For one function, every touchpoint where it is R, A, C or I: the list a department head takes away. */
@Route("raci/function")
@Menu(order = 11, icon = "vaadin:user-card", title = "By function")
@PermitAll
public class FunctionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle, SharedScreen {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private final RaciService raciService;
    final ComboBox<FunctionColumn> function = new ComboBox<>("Function");
    final Span counts = new Span();
    final Grid<FunctionAssignment> grid = new FixedColumnsGrid<>();
    private String title = "By function · CX Partnership Planner";
    private FunctionColumn shown;

    FunctionView(RaciService raciService, RaciBroadcaster broadcaster) {
        this.raciService = raciService;
        broadcaster.register(this, change -> show(shown));
        addClassName("function-view");
        setSizeFull();
        List<FunctionColumn> functions = raciService.columns();
        function.setItems(functions);
        function.setItemLabelGenerator(FunctionColumn::name);
        function.setPlaceholder("Choose a function");
        function.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(FunctionView.class, event.getValue().id()));
            }
        });
        counts.addClassName("function-counts");

        grid.addColumn(LitRenderer.<FunctionAssignment>of("<span class='raci-badge raci-badge-${item.letter}'>${item.letter}</span> ${item.label}")
                        .withProperty("letter", a -> a.letter().name()).withProperty("label", a -> a.letter().label()))
                .setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FunctionAssignment::touchpoint).setHeader("Touchpoint").setFlexGrow(2);
        grid.addColumn(FunctionAssignment::stage).setHeader("Stage").setFlexGrow(1);
        grid.addColumn(a -> a.updatedBy() + ", " + WHEN.format(a.updatedAt())).setHeader("Last changed").setAutoWidth(true);
        add(function, counts, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long functionId) {
        FunctionColumn chosen = function.getListDataView().getItems()
                .filter(f -> functionId != null && f.id() == functionId).findFirst()
                .orElse(function.getListDataView().getItems().findFirst().orElse(null));
        function.setValue(chosen);
        shown = chosen;
        show(chosen);
    }

    @Override
    public String presenceScreen() {
        return "raci/function/" + (shown == null ? "none" : shown.id());
    }

    private void show(FunctionColumn chosen) {
        if (chosen == null) {
            counts.setText("There are no functions yet.");
            grid.setItems(List.of());
            return;
        }
        List<FunctionAssignment> assignments = raciService.assignmentsOf(chosen.id());
        grid.setItems(assignments);
        Map<RaciLetter, Long> byLetter = assignments.stream()
                .collect(Collectors.groupingBy(FunctionAssignment::letter, () -> new EnumMap<>(RaciLetter.class), Collectors.counting()));
        counts.setText(chosen.name() + " is " + java.util.Arrays.stream(RaciLetter.values())
                .map(letter -> letter.label() + " for " + byLetter.getOrDefault(letter, 0L))
                .collect(Collectors.joining(", ")) + " touchpoints.");
        title = chosen.name() + " · By function · CX Partnership Planner";
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
