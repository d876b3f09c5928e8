package org.cxplanner.raci.ui;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import org.cxplanner.KaribuTest;
import org.cxplanner.raci.MatrixRow;
import org.cxplanner.raci.RaciLetter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class RaciMatrixViewTest extends KaribuTest {

    @Test
    void showsTheDemoMatrixWithItsGapsFlagged() {
        RaciMatrixView view = open("cx");
        assertThat(view.summary.headline()).isEqualTo("3 touchpoints need attention");
        assertThat(GridKt._size(view.grid)).isEqualTo(25);
        assertThat(row(view, "Social media").healthLabel()).isEqualTo("no A");
        assertThat(row(view, "Sales call").healthLabel()).isEqualTo("2+ A");
        assertThat(row(view, "Order confirmation").healthLabel()).isEqualTo("no R");
        assertThat(row(view, "Website").healthLabel()).isEqualTo("OK");
        assertThat(view.grid.getColumns()).extracting(Grid.Column::getKey)
                .startsWith("stage", "touchpoint", "link-Initiatives").endsWith("health").hasSize(15);
    }

    @Test
    void aCxUserSetsACellWithTheKeyboardAndTheRowBecomesHealthy() {
        RaciMatrixView view = open("cx");
        focus(view, "Social media", "CCO");
        press(view, "a");

        assertThat(row(view, "Social media").letter(functionId("CCO"))).isEqualTo(RaciLetter.A);
        assertThat(row(view, "Social media").healthLabel()).isEqualTo("OK");
        assertThat(view.summary.headline()).isEqualTo("2 touchpoints need attention");
        assertThat(jdbc.queryForObject("""
                SELECT changed_by || ':' || field || ':' || old_value || '>' || new_value FROM change_history
                WHERE area = 'RACI' AND item_kind = 'TOUCHPOINT' AND item_label = 'Social media'""", String.class))
                .isEqualTo("cx:CCO:C>A");
    }

    @Test
    void theCellMenuIsMadeOnItsFirstOpenAndSetsTheClickedCell() {
        RaciMatrixView view = open("cx");
        RaciCellMenu menu = view.grid.menu;
        assertThat(menu.getItems()).as("nothing is kept for the menu until someone opens it").isEmpty();
        MatrixRow social = row(view, "Social media");
        assertThat(menu.onBeforeOpenMenu(openOn(view, social, "touchpoint"))).as("not a function column").isFalse();
        assertThat(menu.onBeforeOpenMenu(openOn(view, social, RaciGrid.FUNCTION_COLUMN_PREFIX + functionId("CCO")))).isTrue();
        assertThat(menu.getItems()).extracting(item -> item.getText())
                .containsExactly("R — Responsible", "A — Accountable", "C — Consulted", "I — Informed", "Clear");

        ContextMenuKt._click(menu.getItems().get(1), social);
        assertThat(row(view, "Social media").letter(functionId("CCO"))).isEqualTo(RaciLetter.A);
        assertThat(view.summary.headline()).isEqualTo("2 touchpoints need attention");

        assertThat(menu.onBeforeOpenMenu(openOn(view, row(view, "Social media"), RaciGrid.FUNCTION_COLUMN_PREFIX + functionId("CMO")))).isTrue();
        assertThat(menu.getItems()).as("made once").hasSize(5);
        ContextMenuKt._click(menu.getItems().get(4), row(view, "Social media"));
        assertThat(row(view, "Social media").letter(functionId("CMO"))).isNull();
    }

    @Test
    void aViewerGetsNoCellMenu() {
        assertThat(open("viewer").grid.menu).isNull();
    }

    @Test
    void deleteAndBackspaceClearACell() {
        RaciMatrixView view = open("marketer");
        focus(view, "Website", "CMO");
        press(view, "Delete");
        assertThat(row(view, "Website").letter(functionId("CMO"))).isNull();
        assertThat(row(view, "Website").healthLabel()).isEqualTo("no A");
        focus(view, "Website", "CCO");
        press(view, "Backspace");
        assertThat(row(view, "Website").letter(functionId("CCO"))).isNull();
    }

    @Test
    void aViewerSeesTheMatrixReadOnly() {
        RaciMatrixView view = open("viewer");
        assertThat(view.grid.isEditable()).isFalse();
        view.grid.cellFocused(row(view, "Website"), column(view, "CMO"));
        view.grid.keyPressed("r");
        assertThat(row(view, "Website").letter(functionId("CMO"))).isEqualTo(RaciLetter.A);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Read-only: your role can view and export the matrix."))).isNotNull();
    }

    @Test
    void aStaleCellIsNotOverwritten() {
        RaciMatrixView view = open("cco");
        MatrixRow shown = row(view, "Website");
        jdbc.update("""
                UPDATE raci_assignment SET letter = 'I' WHERE touchpoint_id = (SELECT id FROM touchpoint WHERE name = 'Website')
                AND function_id = (SELECT id FROM business_function WHERE name = 'CCO')""");
        view.grid.cellFocused(shown, column(view, "CCO"));
        press(view, "r");
        expectNotifications("Someone else changed this cell to I while you were looking. Reload to see their change, then edit again.");
        assertThat(row(view, "Website").letter(functionId("CCO"))).isEqualTo(RaciLetter.I);
    }

    @Test
    void aColleaguesChangeAppearsWithoutReloading() {
        RaciMatrixView view = open("viewer");
        long touchpoint = id("touchpoint", "Order confirmation");
        long support = functionId("Support");
        // The colleague works in another session, so on another thread.
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            actAs("cco", "CCO");
            raciService.setCell(touchpoint, support, null, RaciLetter.R);
        }).join();
        // The change reaches this screen through PostgreSQL's LISTEN/NOTIFY, as it would on another node.
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            assertThat(view.summary.headline()).isEqualTo("2 touchpoints need attention");
        });
        assertThat(row(view, "Order confirmation").healthLabel()).isEqualTo("OK");
    }

    @Test
    void aColleaguesChangeToTheCellInFocusIsAnnouncedPolitely() {
        RaciMatrixView view = open("cx");
        focus(view, "Order confirmation", "Support");
        long touchpoint = id("touchpoint", "Order confirmation");
        long support = functionId("Support");
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            actAs("cco", "CCO");
            raciService.setCell(touchpoint, support, null, RaciLetter.R);
        }).join();
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            assertThat(view.live.getText().strip()).isEqualTo("A colleague changed Order confirmation for Support: now R (Responsible)");
        });
        assertThat(view.live.getElement().getAttribute("role")).isEqualTo("status");
    }

    @Test
    void theEditorsOwnChangeIsShownOnceAndNotEchoedBackFromTheChannel() {
        RaciMatrixView view = open("cx");
        focus(view, "Social media", "CCO");
        press(view, "a");
        long touchpoint = id("touchpoint", "Order confirmation");
        long support = functionId("Support");
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            actAs("cco", "CCO");
            raciService.setCell(touchpoint, support, null, RaciLetter.R);
        }).join();
        // Notifications arrive in commit order: once the colleague's change shows, the own one has come and gone.
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            assertThat(row(view, "Order confirmation").healthLabel()).isEqualTo("OK");
        });
        assertThat(view.colleagueChanges).isEqualTo(1);
        assertThat(row(view, "Social media").healthLabel()).isEqualTo("OK");
    }

    @Test
    void eachRowCountsTheActiveInitiativesChangingItAndLinksToThem() {
        RaciMatrixView view = open("viewer");
        assertThat(GridKt._getFormattedRow(view.grid, GridKt._findAll(view.grid).indexOf(row(view, "Social media"))))
                .element(2).isEqualTo("1");
        RaciGrid.navigate(com.vaadin.flow.component.UI.getCurrent(), "roadmap/list?touchpoint=" + id("touchpoint", "Social media"));
        _get(org.cxplanner.roadmap.ui.RoadmapListView.class);
        @SuppressWarnings("unchecked")
        Grid<org.cxplanner.roadmap.InitiativeRow> list = _get(Grid.class);
        assertThat(GridKt._findAll(list)).extracting(org.cxplanner.roadmap.InitiativeRow::title)
                .containsExactly("Social listening and replies");
    }

    @Test
    void filtersByGapsStageFunctionAndText() {
        RaciMatrixView view = open("viewer");
        _setValue(view.gapsOnly, true);
        assertThat(names(view)).containsExactly("Social media", "Sales call", "Order confirmation");
        assertThat(view.exports.href("csv")).isEqualTo("/export/raci.csv?gaps=true");

        _setValue(view.gapsOnly, false);
        _setValue(view.stage, view.stage.getListDataView().getItems().filter(s -> s.getName().equals("Support")).findFirst().orElseThrow());
        assertThat(names(view)).containsExactly("Help centre", "Call centre", "Live chat");

        view.stage.clear();
        _setValue(view.function, view.function.getListDataView().getItems().filter(f -> f.name().equals("HR")).findFirst().orElseThrow());
        assertThat(names(view)).containsExactly("Call centre");

        view.function.clear();
        _setValue(view.search, "NEWSLETTER");
        assertThat(names(view)).containsExactly("Email newsletter", "Product tips newsletter");
        assertThat(view.exports.href("pdf")).isEqualTo("/export/raci.pdf?q=NEWSLETTER");
    }

    @Test
    void theHomePageLinkOpensTheGapsOnly() {
        login("cmo");
        com.vaadin.flow.component.UI.getCurrent().navigate("raci", com.vaadin.flow.router.QueryParameters.of("gaps", "true"));
        RaciMatrixView view = _get(RaciMatrixView.class);
        assertThat(view.gapsOnly.getValue()).isTrue();
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.cxplanner.raci.RaciService raciService;

    private long id(String table, String name) {
        return jdbc.queryForObject("SELECT id FROM " + table + " WHERE name = ?", Long.class, name);
    }

    private RaciMatrixView open(String username) {
        loginAndOpen(username, "raci");
        return _get(RaciMatrixView.class);
    }

    private static List<String> names(RaciMatrixView view) {
        return GridKt._findAll(view.grid).stream().map(MatrixRow::touchpoint).toList();
    }

    private static MatrixRow row(RaciMatrixView view, String touchpoint) {
        return GridKt._findAll(view.grid).stream().filter(r -> r.touchpoint().equals(touchpoint)).findFirst().orElseThrow();
    }

    private Grid.Column<MatrixRow> column(RaciMatrixView view, String function) {
        return view.grid.getColumnByKey(RaciGrid.FUNCTION_COLUMN_PREFIX + functionId(function));
    }

    private long functionId(String name) {
        return jdbc.queryForObject("SELECT id FROM business_function WHERE name = ?", Long.class, name);
    }

    /** What the browser sends when a cell is clicked: the row's key and the column's id. */
    private static tools.jackson.databind.node.ObjectNode openOn(RaciMatrixView view, MatrixRow row, String columnId) {
        var detail = JacksonUtils.createObjectNode();
        detail.put("key", view.grid.getDataCommunicator().getKeyMapper().key(row));
        detail.put("columnId", columnId);
        return detail;
    }

    private void focus(RaciMatrixView view, String touchpoint, String function) {
        view.grid.cellFocused(row(view, touchpoint), column(view, function));
    }

    private static void press(RaciMatrixView view, String key) {
        var data = JacksonUtils.createObjectNode();
        data.put("event.key", key);
        data.put(RaciGrid.EDIT_KEYS, true);
        _fireDomEvent(view.grid.getElement(), new DomEvent(view.grid.getElement(), "keydown", data));
    }
}
