package org.cxplanner.base.ui;

import org.junit.jupiter.api.Tag;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("unit")
class FixedColumnsGridTest {

    private static final List<String> SYNCHRONISED_BY_VAADIN = List.of("width", "flexGrow", "frozen", "frozenToEnd",
            "resizable", "textAlign");

    @Test
    void columnsSendTheirSettingsToTheBrowser() {
        Grid<String> grid = new FixedColumnsGrid<>();
        Grid.Column<String> column = grid.addColumn(s -> s).setWidth("5rem").setFlexGrow(0).setFrozen(true)
                .setTextAlign(ColumnTextAlign.CENTER);

        assertThat(column.getWidth()).isEqualTo("5rem");
        assertThat(column.getFlexGrow()).isZero();
        assertThat(column.isFrozen()).isTrue();
        assertThat(column.getTextAlign()).isEqualTo(ColumnTextAlign.CENTER);
        assertThat(column.getElement().getProperty("width")).isEqualTo("5rem");
        assertThat(column.getElement().getProperty("frozen", false)).isTrue();
        assertThat(column.getElement().getProperty("textAlign")).isEqualTo("center");
    }

    @Test
    void columnsDoNotListenForTheBrowserChangingThem() {
        Grid.Column<String> plain = new Grid<String>().addColumn(s -> s);
        Grid.Column<String> fixed = new FixedColumnsGrid<String>().addColumn(s -> s);

        assertThat(SYNCHRONISED_BY_VAADIN).allSatisfy(property -> {
            assertThat(synchronisation(plain.getElement(), property)).as("a plain column syncs %s", property).isNotNull();
            assertThat(synchronisation(fixed.getElement(), property)).as("a fixed column syncs %s", property).isNull();
        });
    }

    @Test
    void aFixedColumnCannotBeMadeResizable() {
        Grid.Column<String> column = new FixedColumnsGrid<String>().addColumn(s -> s);

        assertThatThrownBy(() -> column.setResizable(true)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Object synchronisation(Element element, String property) {
        return element.getNode().getFeature(ElementListenerMap.class).getPropertySynchronizationMode(property);
    }
}
