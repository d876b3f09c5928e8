package org.cxplanner.history.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.cxplanner.KaribuTest;
import org.cxplanner.catalog.ui.CatalogViewAccess;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.history.HistoryRow;
import org.cxplanner.raci.RaciLetter;
import org.cxplanner.raci.RaciService;
import org.cxplanner.users.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class HistoryViewTest extends KaribuTest {

    /** The demo plan comes with a week of history for the weekly review; these tests count lines from none. */
    @org.junit.jupiter.api.BeforeEach
    void startWithAnEmptyHistory() {
        jdbc.execute("TRUNCATE change_history");
    }

    @Autowired
    private RaciService raci;
    @Autowired
    private UserService users;

    @BeforeEach
    void someChanges() {
        actAs("admin", "ADMIN");
        users.resetPassword(id("app_user", "username", "cx"), "a-brand-new-password");
        actAs("cco", "CCO");
        raci.setCell(id("touchpoint", "name", "Website"), id("business_function", "name", "Sales"), null, RaciLetter.I);
        actAs("cx", "CX");
        raci.setCell(id("touchpoint", "name", "Help centre"), id("business_function", "name", "Sales"), null, RaciLetter.C);
        jdbc.update("""
                INSERT INTO change_history (changed_at, changed_by, area, item_kind, item_id, item_label, field, old_value, new_value, source)
                VALUES (now() - interval '30 days', 'cmo', 'RACI', 'TOUCHPOINT', ?, 'Website', 'CMO', 'R', 'A', 'EDIT')""",
                id("touchpoint", "name", "Website"));
    }

    @Test
    void aViewerSeesThePlansHistoryNewestFirstButNotUserAdministration() {
        HistoryView view = open("viewer", "history");
        assertThat(shown(view)).containsExactly("Casey Experience|Help centre|Sales: (empty) → C",
                "Chris Customer-Lead|Website|Sales: (empty) → I", "Maria Marketing-Lead|Website|CMO: R → A");
        assertThat(view.count.getText()).isEqualTo("3 changes");
        assertThat(view.area.getListDataView().getItems()).doesNotContain(HistoryArea.USERS);
    }

    @Test
    void anAdministratorAlsoSeesUserAdministration() {
        HistoryView view = open("admin", "history");
        _setValue(view.area, HistoryArea.USERS);
        assertThat(shown(view)).containsExactly("Ada Admin|cx|Password reset by an administrator");
        assertThat(view.csv.getHref()).isEqualTo("/export/history.csv?area=USERS");
    }

    @Test
    void theWebsiteRowsHistoryLastWeekIsOneLinkAndOneClickAway() {
        long website = id("touchpoint", "name", "Website");
        login("cmo");
        UI.getCurrent().navigate("history", QueryParameters.simple(Map.of("kind", "TOUCHPOINT", "item", String.valueOf(website))));
        HistoryView view = _get(HistoryView.class);
        assertThat(view.item.getText()).isEqualTo("Only Touchpoint · Website");
        assertThat(shown(view)).hasSize(2);

        _click(view.lastWeek);
        assertThat(view.from.getValue()).isEqualTo(LocalDate.now().minusDays(6));
        assertThat(shown(view)).containsExactly("Chris Customer-Lead|Website|Sales: (empty) → I");

        _click(view.clearItem);
        assertThat(shown(view)).hasSize(2);
        assertThat(view.item.isVisible()).isFalse();
    }

    @Test
    void filtersByPersonAndText() {
        HistoryView view = open("marketer", "history");
        _setValue(view.person, view.person.getListDataView().getItems()
                .filter(p -> p.displayName().equals("Casey Experience")).findFirst().orElseThrow());
        assertThat(shown(view)).containsExactly("Casey Experience|Help centre|Sales: (empty) → C");
        _setValue(view.person, null);
        _setValue(view.search, "website");
        assertThat(shown(view)).hasSize(2);
        assertThat(view.filter().text()).isEqualTo("website");
    }

    @Test
    void aCatalogEntryOpensItsOwnHistory() {
        login("viewer");
        UI.getCurrent().navigate("catalog");
        CatalogViewAccess.selectTouchpointAndOpenHistory("Website");
        HistoryView view = _get(HistoryView.class);
        assertThat(view.filter().itemId()).isEqualTo(id("touchpoint", "name", "Website"));
        assertThat(shown(view)).hasSize(2);
    }

    private HistoryView open(String username, String route) {
        loginAndOpen(username, route);
        return _get(HistoryView.class);
    }

    private static List<String> shown(HistoryView view) {
        return GridKt._findAll(view.grid).stream()
                .map((HistoryRow row) -> row.changedByName() + "|" + row.itemLabel() + "|" + row.change()).toList();
    }

    private long id(String table, String column, String value) {
        return jdbc.queryForObject("SELECT id FROM " + table + " WHERE " + column + " = ?", Long.class, value);
    }
}
