package org.cxplanner.history;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cxplanner.IntegrationTest;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.catalog.CatalogKind;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.catalog.Channel;
import org.cxplanner.catalog.TouchpointForm;
import org.cxplanner.raci.RaciLetter;
import org.cxplanner.raci.RaciService;
import org.cxplanner.users.UserForm;
import org.cxplanner.users.UserService;
import org.cxplanner.users.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every kind of change lands in the one history, in the same transaction; refused changes leave no line. */
class ChangeHistoryTest extends IntegrationTest {

    /** The demo plan comes with a week of history for the weekly review; these tests count lines from none. */
    @org.junit.jupiter.api.BeforeEach
    void startWithAnEmptyHistory() {
        jdbc.execute("TRUNCATE change_history");
    }

    @Autowired
    private HistoryService history;
    @Autowired
    private RaciService raci;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private UserService users;

    @Test
    void aRaciEditIsOneLineUnderItsTouchpointAndARefusedOneIsNone() {
        actAs("cx", "CX");
        raci.setCell(id("touchpoint", "Website"), id("business_function", "Sales"), null, RaciLetter.C);
        assertThatThrownBy(() -> raci.setCell(id("touchpoint", "Website"), id("business_function", "Sales"), null, RaciLetter.I))
                .isInstanceOf(EditConflict.class);
        actAs("viewer", "VIEWER");
        assertThatThrownBy(() -> raci.setCell(id("touchpoint", "Website"), id("business_function", "HR"), null, RaciLetter.I))
                .isInstanceOf(AccessDeniedException.class);

        List<HistoryRow> rows = history.rows(HistoryFilter.ALL, 0, 50);
        assertThat(rows).hasSize(1);
        HistoryRow row = rows.getFirst();
        assertThat(row.area()).isEqualTo(HistoryArea.RACI);
        assertThat(row.changedBy()).isEqualTo("cx");
        assertThat(row.changedByName()).isEqualTo("Casey Experience");
        assertThat(row.itemLabel()).isEqualTo("Website");
        assertThat(row.itemId()).isEqualTo(id("touchpoint", "Website"));
        assertThat(row.change()).isEqualTo("Sales: (empty) → C");
        assertThat(row.source()).isEqualTo(ChangeSource.EDIT);
    }

    @Test
    void catalogCreateRenameReorderArchiveAndDeleteAreRecorded() {
        actAs("cmo", "CMO");
        TouchpointForm form = new TouchpointForm();
        form.setName("Billboard");
        form.setStageId(id("journey_stage", "Awareness"));
        form.setChannel(Channel.PAID_MEDIA);
        var billboard = catalog.createTouchpoint(form);
        form.setName("Roadside billboard");
        form.setChannel(Channel.EVENT);
        catalog.updateTouchpoint(billboard.getId(), billboard.getVersion(), form);
        long hr = id("business_function", "HR");
        catalog.rename(CatalogKind.FUNCTION, hr, 0, "People");
        catalog.move(CatalogKind.STAGE, id("journey_stage", "Consideration"), -1);
        catalog.setArchived(CatalogKind.FUNCTION, hr, 1, true);
        var stage = catalog.createStage("Win-back");
        catalog.delete(CatalogKind.STAGE, stage.getId());
        int before = history.count(HistoryFilter.ALL);
        assertThatThrownBy(() -> catalog.delete(CatalogKind.FUNCTION, id("business_function", "CMO")))
                .isInstanceOf(FieldProblem.class);
        assertThat(history.count(HistoryFilter.ALL)).isEqualTo(before);

        assertThat(history.rows(HistoryFilter.ALL.withArea(HistoryArea.CATALOG), 0, 50))
                .extracting(r -> r.itemKindLabel() + " " + r.itemLabel() + ": " + r.change())
                .containsExactly(
                        "Stage Win-back: Deleted",
                        "Stage Win-back: Created",
                        "Function People: State: Active → Archived",
                        "Stage Awareness: Order: 1 → 2",
                        "Stage Consideration: Order: 2 → 1",
                        "Function People: Name: HR → People",
                        "Touchpoint Roadside billboard: Channel: Paid media → Event",
                        "Touchpoint Roadside billboard: Name: Billboard → Roadside billboard",
                        "Touchpoint Billboard: Created");
        assertThat(history.rows(HistoryFilter.ofItem("TOUCHPOINT", billboard.getId()), 0, 50)).hasSize(3);
    }

    @Test
    void userAdministrationIsRecordedButNeverAPassword() {
        actAs("admin", "ADMIN");
        UserForm form = new UserForm();
        form.setUsername("dana");
        form.setDisplayName("Dana Data");
        form.setPassword("first-secret-password");
        form.setRoles(Set.of("CX"));
        UserSummary dana = users.create(form);
        dana = users.updateRoles(dana.id(), dana.version(), Set.of("CX", "VIEWER"));
        dana = users.setEnabled(dana.id(), dana.version(), false);
        users.resetPassword(dana.id(), "second-secret-password");
        long admin = id("app_user", "admin");
        int before = history.count(HistoryFilter.ALL);
        assertThatThrownBy(() -> users.setEnabled(admin, 0, false)).isInstanceOf(FieldProblem.class);
        assertThat(history.count(HistoryFilter.ALL)).isEqualTo(before);

        assertThat(history.rows(HistoryFilter.ALL.withArea(HistoryArea.USERS), 0, 50)).extracting(HistoryRow::change)
                .containsExactly("Password reset by an administrator", "State: Enabled → Disabled",
                        "Roles: CX → VIEWER, CX", "Created with roles CX");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM change_history WHERE concat(old_value, new_value, field) LIKE '%secret%'
                   OR concat(old_value, new_value, field) LIKE '%{bcrypt}%'""", Integer.class)).isZero();
    }

    @Test
    void onlyAdministratorsReadUserAdministrationLines() {
        actAs("admin", "ADMIN");
        users.resetPassword(id("app_user", "cx"), "a-brand-new-password");
        actAs("cco", "CCO");
        raci.setCell(id("touchpoint", "Website"), id("business_function", "Sales"), null, RaciLetter.I);

        for (String role : List.of("VIEWER", "MARKETING", "CX", "CMO", "CCO")) {
            actAs("someone", role);
            assertThat(history.rows(HistoryFilter.ALL, 0, 50)).as(role).extracting(HistoryRow::area).containsExactly(HistoryArea.RACI);
            assertThat(history.count(HistoryFilter.ALL.withArea(HistoryArea.USERS))).as(role).isZero();
            assertThat(history.areas()).as(role).doesNotContain(HistoryArea.USERS);
            assertThat(history.people()).as(role).extracting(HistoryPerson::username).containsExactly("cco");
        }
        actAs("admin", "ADMIN");
        assertThat(history.rows(HistoryFilter.ALL, 0, 50)).extracting(HistoryRow::area)
                .containsExactly(HistoryArea.RACI, HistoryArea.USERS);
        assertThat(history.people()).containsExactly(new HistoryPerson("admin", "Ada Admin"),
                new HistoryPerson("cco", "Chris Customer-Lead"));
    }

    @Test
    void anonymousCallersReadNothing() {
        assertThatThrownBy(() -> history.rows(HistoryFilter.ALL, 0, 10))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void filtersByPersonItemTextAndDates() {
        actAs("cco", "CCO");
        raci.setCell(id("touchpoint", "Website"), id("business_function", "Sales"), null, RaciLetter.I);
        actAs("cx", "CX");
        raci.setCell(id("touchpoint", "Help centre"), id("business_function", "Sales"), null, RaciLetter.I);
        jdbc.update("""
                INSERT INTO change_history (changed_at, changed_by, area, item_kind, item_id, item_label, field, old_value, new_value, source)
                VALUES (now() - interval '20 days', 'cmo', 'RACI', 'TOUCHPOINT', ?, 'Website', 'CMO', 'R', 'A', 'EDIT')""",
                id("touchpoint", "Website"));

        actAs("viewer", "VIEWER");
        assertThat(history.count(HistoryFilter.ALL.withPerson("CX"))).isEqualTo(1);
        assertThat(history.count(HistoryFilter.ofItem("TOUCHPOINT", id("touchpoint", "Website")))).isEqualTo(2);
        assertThat(history.count(HistoryFilter.ALL.withText("help"))).isEqualTo(1);
        LocalDate today = LocalDate.now();
        HistoryFilter lastWeek = HistoryFilter.ofItem("TOUCHPOINT", id("touchpoint", "Website")).withDates(today.minusDays(6), today);
        assertThat(history.rows(lastWeek, 0, 10)).extracting(HistoryRow::changedBy).containsExactly("cco");
        assertThat(HistoryFilter.fromParameters(lastWeek.toParameters()::get)).isEqualTo(lastWeek);
    }

    @Test
    void theHistoryCannotBeRewritten() {
        actAs("cco", "CCO");
        raci.setCell(id("touchpoint", "Website"), id("business_function", "Sales"), null, RaciLetter.I);
        assertThatThrownBy(() -> jdbc.update("UPDATE change_history SET changed_by = 'someone-else'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM change_history")).isInstanceOf(DataAccessException.class);
    }

    @Test
    void theCsvExportKeepsTheFilterAndDefusesFormulas() throws Exception {
        actAs("cmo", "CMO");
        catalog.rename(CatalogKind.FUNCTION, id("business_function", "HR"), 0, "=HYPERLINK(\"http://x\")");
        raci.setCell(id("touchpoint", "Website"), id("business_function", "Sales"), null, RaciLetter.I);

        actAs("viewer", "VIEWER");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        history.exportCsv(HistoryFilter.ALL.withArea(HistoryArea.CATALOG), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.DEFAULT).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).values()).containsExactly("When", "Who", "Name", "Area", "Item type", "Item", "Field",
                "Old value", "New value", "Source");
        CSVRecord rename = records.get(1);
        assertThat(rename.get(1)).isEqualTo("cmo");
        assertThat(rename.get(2)).isEqualTo("Maria Marketing-Lead");
        assertThat(rename.get(5)).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(rename.get(7)).isEqualTo("HR");
        assertThat(rename.get(8)).isEqualTo("'=HYPERLINK(\"http://x\")");
    }

    private long id(String table, String name) {
        String column = table.equals("app_user") ? "username" : "name";
        return jdbc.queryForObject("SELECT id FROM " + table + " WHERE " + column + " = ?", Long.class, name);
    }
}
