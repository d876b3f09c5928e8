package org.cxplanner.base.ui;

import com.vaadin.flow.component.Synchronize;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.Renderer;

/**
 * A grid whose columns the browser never resizes, freezes or realigns, so the server need not listen for it.
 * <p>
 * Vaadin's column listens to the browser for six of its settings (width and flex on drag-resize, frozen, frozen to
 * end, resizable, text alignment), each a DOM listener with its own event settings kept for as long as the screen
 * is open: on the RACI matrix 90 of a tab's 140 listeners, about a quarter of what an open tab costs (issue #11,
 * docs/benchmarks.md). None of these settings changes in the browser unless a column is resizable, and no screen
 * of ours makes one resizable, so these columns override the synchronised getters with an empty event list: the
 * server still sets every one of them, it just does not ask to hear them back.
 */
public class FixedColumnsGrid<T> extends Grid<T> {

    @Override
    protected Column<T> createColumn(Renderer<T> renderer, String columnId) {
        return new FixedColumn<>(this, columnId, renderer);
    }

    /** A column that sends its settings to the browser and never listens for them to change there. */
    public static class FixedColumn<T> extends Column<T> {

        FixedColumn(Grid<T> grid, String columnId, Renderer<T> renderer) {
            super(grid, columnId, renderer);
        }

        /** Not resizable, so it never changes width in the browser. */
        @Override
        public Column<T> setResizable(boolean resizable) {
            if (resizable) {
                throw new UnsupportedOperationException("A fixed column is not resizable: use a plain Grid for that");
            }
            return super.setResizable(false);
        }

        @Override
        @Synchronize({})
        public String getWidth() {
            return super.getWidth();
        }

        @Override
        @Synchronize({})
        public int getFlexGrow() {
            return super.getFlexGrow();
        }

        @Override
        @Synchronize({})
        public boolean isResizable() {
            return super.isResizable();
        }

        @Override
        @Synchronize({})
        public boolean isFrozen() {
            return super.isFrozen();
        }

        @Override
        @Synchronize({})
        public boolean isFrozenToEnd() {
            return super.isFrozenToEnd();
        }

        @Override
        @Synchronize({})
        public ColumnTextAlign getTextAlign() {
            return super.getTextAlign();
        }
    }
}
