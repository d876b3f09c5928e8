package org.cxplanner.raci.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import org.cxplanner.raci.MatrixRow;
import org.cxplanner.raci.RaciLetter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;


/**
 * The small menu a click on a RACI cell opens: R, A, C, I or clear. It opens only on function columns, and
 * remembers which function column was clicked (the grid's own menu only tells the row).
 */
class RaciCellMenu extends GridContextMenu<MatrixRow> {

    private final CellSetter setter;
    private Long targetFunction;

    RaciCellMenu(Grid<MatrixRow> grid, CellSetter setter) {
        super(grid);
        this.setter = setter;
        setOpenOnClick(true);
    }

    /**
     * The items are made on the first open, not with the screen: most people who open the matrix only read it, and
     * each item is server state kept for as long as the screen is open.
     */
    private void addItems() {
        for (RaciLetter letter : RaciLetter.values()) {
            addItem(letter.name() + " — " + letter.label(), click -> click.getItem()
                    .ifPresent(row -> setter.set(row, targetFunction, letter)));
        }
        addSeparator();
        addItem("Clear", click -> click.getItem().ifPresent(row -> setter.set(row, targetFunction, null)));
    }

    @Override
    protected boolean onBeforeOpenMenu(ObjectNode eventDetail) {
        JsonNode columnId = eventDetail.get("columnId");
        targetFunction = columnId == null || columnId.isNull() ? null : functionOf(columnId.asString());
        if (targetFunction == null) {
            return false;
        }
        if (getItems().isEmpty()) {
            addItems();
        }
        return super.onBeforeOpenMenu(eventDetail);
    }

    private Long functionOf(String columnId) {
        if (!columnId.startsWith(RaciGrid.FUNCTION_COLUMN_PREFIX)) {
            return null;
        }
        try {
            return Long.parseLong(columnId.substring(RaciGrid.FUNCTION_COLUMN_PREFIX.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @FunctionalInterface
    interface CellSetter {
        void set(MatrixRow row, Long functionId, RaciLetter letter);
    }
}
