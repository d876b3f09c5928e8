package org.cxplanner.catalog;

import org.cxplanner.IntegrationTest;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.raci.MatrixFilter;
import org.cxplanner.raci.MatrixRow;
import org.cxplanner.raci.RaciService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogServiceTest extends IntegrationTest {

    @Autowired
    private CatalogService catalog;
    @Autowired
    private RaciService raci;

    @BeforeEach
    void signInAsCmo() {
        actAs("cmo", "CMO");
    }

    @Test
    void namesAreTrimmedRequiredBoundedAndUniqueWhateverTheCase() {
        assertThat(catalog.createStage("  Win-back  ").getName()).isEqualTo("Win-back");
        assertThatThrownBy(() -> catalog.createStage("   ")).isInstanceOf(FieldProblem.class).hasMessage("Enter a name.");
        assertThatThrownBy(() -> catalog.createStage("x".repeat(121))).hasMessage("Keep the name to 120 characters or fewer.");
        assertThat(catalog.createStage("y".repeat(120)).getName()).hasSize(120);
        assertThatThrownBy(() -> catalog.createStage("AWARENESS")).hasMessage("A journey stage named 'AWARENESS' already exists.");
        assertThatThrownBy(() -> catalog.createFunction("cmo")).hasMessage("A function named 'cmo' already exists.");
        long website = id("touchpoint", "Website");
        assertThatThrownBy(() -> catalog.rename(CatalogKind.TOUCHPOINT, website, 0, "Pricing page"))
                .hasMessage("A touchpoint named 'Pricing page' already exists.");
    }

    @Test
    void aFunctionGetsALeadWhoIsToldOfItsRaciLetters() {
        BusinessFunction sales = catalog.functions().stream().filter(f -> f.getName().equals("Sales")).findFirst().orElseThrow();
        assertThat(sales.getLeadId()).isNull();
        long marketer = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'marketer'", Long.class);
        catalog.updateFunction(sales.getId(), sales.getVersion(), "Sales", marketer);
        assertThat(catalog.functions().stream().filter(f -> f.getName().equals("Sales")).findFirst().orElseThrow().getLeadId())
                .isEqualTo(marketer);
        assertThat(jdbc.queryForObject("SELECT new_value FROM change_history WHERE field = 'Lead' ORDER BY id DESC LIMIT 1", String.class))
                .isEqualTo("Mark Campaigns");
        assertThat(catalog.functions().stream().filter(f -> f.getName().equals("CMO")).findFirst().orElseThrow().getLeadId())
                .as("the demo plan's CMO function is led by the CMO")
                .isEqualTo(jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'cmo'", Long.class));
        BusinessFunction now = catalog.functions().stream().filter(f -> f.getName().equals("Sales")).findFirst().orElseThrow();
        assertThatThrownBy(() -> catalog.updateFunction(now.getId(), now.getVersion(), "Sales", 999_999L))
                .isInstanceOf(FieldProblem.class).hasMessage("Choose the lead from the list of active users.");
        actAs("marketer", "MARKETING");
        assertThatThrownBy(() -> catalog.updateFunction(now.getId(), now.getVersion(), "Sales", null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theDatabaseBacksTheNameRules() {
        assertThatThrownBy(() -> jdbc.update("INSERT INTO journey_stage (name, position) VALUES (' padded ', 99)"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO business_function (name, position) VALUES ('legal', 99)"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO raci_assignment (touchpoint_id, function_id, letter, updated_by) "
                + "SELECT t.id, f.id, 'X', 'x' FROM touchpoint t, business_function f WHERE t.name = 'Website' AND f.name = 'HR'"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO raci_assignment (touchpoint_id, function_id, letter, updated_by) "
                + "SELECT t.id, f.id, 'R', 'x' FROM touchpoint t, business_function f WHERE t.name = 'Website' AND f.name = 'CMO'"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void createsATouchpointInAStage() {
        TouchpointForm form = new TouchpointForm();
        form.setName("Billboard");
        form.setStageId(id("journey_stage", "Awareness"));
        form.setChannel(Channel.PAID_MEDIA);
        Touchpoint created = catalog.createTouchpoint(form);
        assertThat(raci.row(created.getId())).get().extracting(MatrixRow::stage, MatrixRow::healthLabel)
                .containsExactly("Awareness", "no A, no R");
    }

    @Test
    void deletingSomethingInUseIsRefusedNamingWhatUsesIt() {
        // Each feature names its own uses; the order of the parts is not part of the rule.
        assertThatThrownBy(() -> catalog.delete(CatalogKind.STAGE, id("journey_stage", "Support")))
                .hasMessageStartingWith("'Support' cannot be deleted: it is used by 3 touchpoints (Help centre, Call centre, Live chat); ")
                .hasMessageContaining("; 1 message (Help centre relaunch note)")
                .hasMessageContaining("2 initiatives (Help centre search, Live chat in product)")
                .hasMessageEndingWith(". Archive it instead: it then leaves the matrix but keeps its history.");
        assertThatThrownBy(() -> catalog.delete(CatalogKind.FUNCTION, id("business_function", "HR")))
                .hasMessageStartingWith("'HR' cannot be deleted: it is used by 1 RACI assignment.");
        assertThatThrownBy(() -> catalog.delete(CatalogKind.TOUCHPOINT, id("touchpoint", "Website")))
                .hasMessageStartingWith("'Website' cannot be deleted: it is used by ").hasMessageContaining("4 RACI assignments")
                .hasMessageContaining("1 initiative (Brand refresh on the website)");
        assertThat(catalog.stages()).hasSize(8);

        JourneyStage unused = catalog.createStage("Win-back");
        catalog.delete(CatalogKind.STAGE, unused.getId());
        assertThat(catalog.stages()).hasSize(8);
    }

    @Test
    void archivedEntriesLeaveTheMatrixButKeepTheirAssignments() {
        long website = id("touchpoint", "Website");
        long legal = id("business_function", "Legal");
        catalog.setArchived(CatalogKind.TOUCHPOINT, website, 0, true);
        catalog.setArchived(CatalogKind.FUNCTION, legal, 0, true);
        assertThat(raci.rows(MatrixFilter.ALL, 0, 100)).extracting(MatrixRow::touchpoint).doesNotContain("Website").hasSize(24);
        assertThat(raci.columns()).extracting(c -> c.name()).doesNotContain("Legal").hasSize(10);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM raci_assignment WHERE touchpoint_id = ?", Integer.class, website)).isEqualTo(4);

        catalog.setArchived(CatalogKind.STAGE, id("journey_stage", "Support"), 0, true);
        assertThat(raci.countRows(MatrixFilter.ALL)).isEqualTo(21);
        long chat = id("touchpoint", "Live chat");
        catalog.setArchived(CatalogKind.TOUCHPOINT, chat, 0, true);
        assertThatThrownBy(() -> catalog.setArchived(CatalogKind.TOUCHPOINT, chat, 1, false))
                .hasMessage("Restore the stage 'Support' first.");
    }

    @Test
    void reordersWithinTheListAndRefusesStaleEdits() {
        long consideration = id("journey_stage", "Consideration");
        catalog.move(CatalogKind.STAGE, consideration, -1);
        assertThat(catalog.stages()).extracting(JourneyStage::getName).startsWith("Consideration", "Awareness");
        catalog.move(CatalogKind.STAGE, consideration, -1);
        assertThat(catalog.stages()).extracting(JourneyStage::getName).startsWith("Consideration", "Awareness");

        long chat = id("touchpoint", "Live chat");
        catalog.move(CatalogKind.TOUCHPOINT, chat, -1);
        assertThat(raci.rows(new MatrixFilter(id("journey_stage", "Support"), null, false, null), 0, 10))
                .extracting(MatrixRow::touchpoint).containsExactly("Help centre", "Live chat", "Call centre");

        assertThatThrownBy(() -> catalog.rename(CatalogKind.STAGE, consideration, 0, "Evaluate")).isInstanceOf(EditConflict.class);
    }

    private long id(String table, String name) {
        return jdbc.queryForObject("SELECT id FROM " + table + " WHERE name = ?", Long.class, name);
    }
}
