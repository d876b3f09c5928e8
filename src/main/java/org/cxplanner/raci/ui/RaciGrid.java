package org.cxplanner.raci.ui;

import org.cxplanner.raci.RaciChanged;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import org.cxplanner.base.ui.FixedColumnsGrid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.QueryParameters;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.raci.FunctionColumn;
import org.cxplanner.raci.MatrixFilter;
import org.cxplanner.raci.MatrixRow;
import org.cxplanner.raci.RaciLetter;
import org.cxplanner.raci.RaciService;
import org.cxplanner.raci.TouchpointLinks;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The matrix itself: lazy rows, one light text cell per function (no component per cell), editing with the
 * keyboard (arrows move, R/A/C/I set, Delete clears) or a small menu on click.
 */
class RaciGrid extends FixedColumnsGrid<MatrixRow> {

    static final String FUNCTION_COLUMN_PREFIX = "f";
    /** Only these keys reach the server; anything else (arrows, Tab) stays with the grid's own navigation. */
    static final String EDIT_KEYS = "['r','a','c','i','R','A','C','I','Delete','Backspace'].includes(event.key)"
            + " && !event.ctrlKey && !event.metaKey && !event.altKey";

    private final RaciService raciService;
    private final boolean editable;
    private final Runnable onChanged;
    private final Map<Column<MatrixRow>, Long> functionByColumn = new HashMap<>();
    private final Map<Long, String> functionNames = new HashMap<>();
    /** Whether each loaded row opens its stage group; a refreshed single row cannot know that by itself. */
    private final Map<Long, Boolean> firstOfStage = new HashMap<>();
    /** Each linked column's counts, read once per page of rows (one statement), not once per row. */
    private final Map<TouchpointLinks, Map<Long, Integer>> linkCounts = new HashMap<>();
    RaciCellMenu menu;
    /** The whole matrix's row count as the headline read it while the screen opened: the first count needs no read. */
    private Integer countOnOpen;
    private MatrixRow focusedRow;
    private Long focusedFunction;

    RaciGrid(RaciService raciService, List<FunctionColumn> functions, Supplier<MatrixFilter> filter,
             boolean editable, Runnable onChanged, List<TouchpointLinks> links) {
        this.raciService = raciService;
        this.editable = editable;
        this.onChanged = onChanged;
        addClassName("raci-grid");
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        setColumnReorderingAllowed(false);
        // A screen shows ~15 rows; smaller pages keep less row data in each session (see docs/benchmarks.md).
        setPageSize(25);
        getElement().setAttribute("aria-label", "RACI matrix: touchpoints by function");

        addColumn(MatrixRow::stage).setHeader("Stage").setKey("stage").setFrozen(true).setWidth("8rem").setFlexGrow(0)
                .setPartNameGenerator(row -> row.firstOfStage() ? "stage-first" : "stage-repeat");
        addColumn(LitRenderer.<MatrixRow>of("<div class='tp-cell'><div class='tp'><span class='tp-name'>${item.name}</span>"
                        + "<span class='tp-channel'>${item.channel}</span></div>"
                        + "<a class='tp-history' href='history?kind=" + RaciChanged.HISTORY_KIND
                        + "&item=${item.id}' title='History of ${item.name}' aria-label='History of ${item.name}'"
                        // The cell menu opens on any click in the grid and would swallow the link's own.
                        + " @click=${function (e) { e.preventDefault(); e.stopPropagation(); openHistory(); }}>"
                        // The clock is drawn by CSS (app.css): a vaadin-icon per row was a tenth of the matrix's first draw.
                        + "</a></div>")
                .withFunction("openHistory", row -> getUI().ifPresent(ui -> ui.navigate("history",
                        QueryParameters.fromString("kind=" + RaciChanged.HISTORY_KIND + "&item=" + row.touchpointId()))))
                .withProperty("id", MatrixRow::touchpointId)
                .withProperty("name", MatrixRow::touchpoint)
                .withProperty("channel", row -> row.channel().label()))
                .setHeader("Touchpoint").setKey("touchpoint").setFrozen(true).setWidth("12rem").setFlexGrow(0);
        for (TouchpointLinks link : links) {
            addLinkColumn(link);
        }
        for (FunctionColumn function : functions) {
            Column<MatrixRow> column = addColumn(row -> letterOf(row, function.id()))
                    .setHeader(function.name()).setKey(FUNCTION_COLUMN_PREFIX + function.id())
                    // Narrow enough that the demo's 11 functions fit beside the touchpoints at 1280 px; the headers run upwards.
                    .setWidth("2.75rem").setFlexGrow(1).setTextAlign(ColumnTextAlign.CENTER)
                    .setPartNameGenerator(row -> row.letter(function.id()) == null ? null : "raci-" + row.letter(function.id()));
            column.setId(FUNCTION_COLUMN_PREFIX + function.id());
            functionByColumn.put(column, function.id());
            functionNames.put(function.id(), function.name());
        }
        addColumn(MatrixRow::healthLabel).setHeader("Health").setKey("health").setFrozenToEnd(true)
                .setWidth("6rem").setFlexGrow(0)
                .setPartNameGenerator(row -> row.isGap() ? "health-gap" : "health-ok");
        setPartNameGenerator(row -> row.firstOfStage() ? "stage-start" : null);

        setItems(new CallbackDataProvider<>(
                query -> {
                    links.forEach(link -> linkCounts.put(link, link.counts()));
                    return raciService.rows(filter.get(), query.getOffset(), query.getLimit()).stream()
                            .peek(row -> firstOfStage.put(row.touchpointId(), row.firstOfStage()));
                },
                query -> {
                    Integer known = countOnOpen;
                    countOnOpen = null;
                    return known != null && MatrixFilter.ALL.equals(filter.get()) ? known : raciService.countRows(filter.get());
                }, MatrixRow::touchpointId));

        if (editable) {
            addCellFocusListener(event -> cellFocused(event.getItem().orElse(null), event.getColumn().orElse(null)));
            getElement().addEventListener("keydown", event -> keyPressed(event.getEventData().get("event.key").asString()))
                    .addEventData("event.key")
                    .setFilter(EDIT_KEYS);
            menu = new RaciCellMenu(this, this::set);
        }
    }

    private void addLinkColumn(TouchpointLinks link) {
        addColumn(LitRenderer.<MatrixRow>of("<a class='tp-link' href='${item.route}' ?hidden=${!item.count}"
                        // The cell menu opens on any click in the grid and would swallow the link's own.
                        + " @click=${function (e) { e.preventDefault(); e.stopPropagation(); follow(); }}>${item.count}</a>")
                .withProperty("count", row -> linkCounts.getOrDefault(link, Map.of()).getOrDefault(row.touchpointId(), 0))
                .withProperty("route", row -> link.route(row.touchpointId()))
                .withFunction("follow", row -> getUI().ifPresent(ui -> navigate(ui, link.route(row.touchpointId())))))
                .setHeader(link.header()).setKey("link-" + link.header()).setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.CENTER);
    }

    static void navigate(com.vaadin.flow.component.UI ui, String route) {
        int query = route.indexOf('?');
        ui.navigate(query < 0 ? route : route.substring(0, query),
                QueryParameters.fromString(query < 0 ? "" : route.substring(query + 1)));
    }

    /** The unfiltered matrix's row count, read with the headline just now; used by the first count only. */
    void countOnOpen(int rows) {
        countOnOpen = rows;
    }

    /** On a phone the frozen columns would fill the screen: hide the stage and let the health column scroll. */
    void adaptToWidth(int windowWidth) {
        boolean narrow = windowWidth < 700;
        getColumnByKey("stage").setVisible(!narrow);
        getColumnByKey("touchpoint").setWidth(narrow ? "9rem" : "12rem");
        getColumnByKey("health").setFrozenToEnd(!narrow);
    }

    boolean isEditable() {
        return editable;
    }

    /** Remembers the focused cell; the keyboard then acts on it. */
    /**
     * When a colleague's change reaches the row of the cell this user is on and changes that cell, the words for it
     * ("A colleague changed Website for HR: now R (Responsible)"); the focused row is refreshed either way.
     */
    java.util.Optional<String> changeUnderFocus(java.util.List<MatrixRow> changedRows) {
        if (focusedRow == null || focusedFunction == null) {
            return java.util.Optional.empty();
        }
        for (MatrixRow row : changedRows) {
            if (row.touchpointId() == focusedRow.touchpointId()) {
                RaciLetter before = focusedRow.letter(focusedFunction);
                RaciLetter after = row.letter(focusedFunction);
                focusedRow = row;
                if (before != after) {
                    return java.util.Optional.of("A colleague changed " + row.touchpoint() + " for " + functionNames.get(focusedFunction)
                            + ": now " + (after == null ? "empty" : after.name() + " (" + after.label() + ")"));
                }
            }
        }
        return java.util.Optional.empty();
    }

    void cellFocused(MatrixRow row, Column<MatrixRow> column) {
        focusedRow = row;
        focusedFunction = column == null ? null : functionByColumn.get(column);
    }

    void keyPressed(String key) {
        if (focusedRow == null || focusedFunction == null) {
            return;
        }
        RaciLetter letter = switch (key) {
            case "Delete", "Backspace" -> null;
            default -> RaciLetter.valueOf(key.toUpperCase(Locale.ROOT));
        };
        set(focusedRow, focusedFunction, letter);
    }

    /** Refreshes one loaded row in place after an edit here. */
    void refreshRow(long touchpointId) {
        if (firstOfStage.containsKey(touchpointId)) {
            raciService.row(touchpointId).ifPresent(this::showRow);
        }
    }

    /** Shows a row's current state in place, if this screen has it loaded (a colleague's change, or an edit here). */
    void showRow(MatrixRow fresh) {
        Boolean first = firstOfStage.get(fresh.touchpointId());
        if (first == null) {
            return;
        }
        MatrixRow row = new MatrixRow(fresh.touchpointId(), fresh.touchpoint(), fresh.channel(), fresh.stageId(),
                fresh.stage(), first, fresh.letters(), fresh.health());
        getDataProvider().refreshItem(row);
        if (focusedRow != null && focusedRow.touchpointId() == fresh.touchpointId()) {
            focusedRow = row;
        }
    }

    private void set(MatrixRow row, Long functionId, RaciLetter letter) {
        if (row == null || functionId == null || !editable) {
            return;
        }
        try {
            raciService.setCell(row.touchpointId(), functionId, row.letter(functionId), letter);
        } catch (EditConflict | FieldProblem e) {
            Notifications.error(e.getMessage());
        }
        refreshRow(row.touchpointId());
        onChanged.run();
    }

    private static String letterOf(MatrixRow row, long functionId) {
        RaciLetter letter = row.letter(functionId);
        return letter == null ? "" : letter.name();
    }
}
