package org.cxplanner.raci;

import org.cxplanner.base.export.ExportFormat;
import org.cxplanner.IntegrationTest;
import org.cxplanner.catalog.CatalogKind;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.catalog.Channel;
import org.cxplanner.catalog.TouchpointForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Every role against every RACI and catalog action, at the service layer. */
class RaciSecurityTest extends IntegrationTest {

    @Autowired
    private RaciService raci;
    @Autowired
    private RaciImportService imports;
    @Autowired
    private RaciExportService exports;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private RaciBroadcaster broadcaster;

    @Test
    void aViewerMayReadAndExportButChangeNothing() throws Exception {
        actAs("viewer", "VIEWER");
        assertThat(raci.rows(MatrixFilter.ALL, 0, 50)).hasSize(25);
        assertThat(catalog.touchpoints()).hasSize(25);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(ExportFormat.CSV, MatrixFilter.ALL, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Website");

        int historyBefore = jdbc.queryForObject("SELECT count(*) FROM change_history", Integer.class);
        long website = id("touchpoint", "Website");
        long cmo = id("business_function", "CMO");
        assertThatThrownBy(() -> raci.setCell(website, cmo, RaciLetter.A, RaciLetter.R)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.preview("x.csv", new byte[0])).isInstanceOf(AccessDeniedException.class);
        assertCatalogRefused();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM change_history", Integer.class)).isEqualTo(historyBefore);
    }

    @ParameterizedTest(name = "{0} may edit cells but not the catalog or import")
    @ValueSource(strings = {"MARKETING", "CX"})
    void teamMembersEditCellsOnly(String role) {
        actAs("someone", role);
        long website = id("touchpoint", "Website");
        long sales = id("business_function", "Sales");
        raci.setCell(website, sales, null, RaciLetter.I);
        assertThat(letter("Website", "Sales")).isEqualTo("I");
        assertThatThrownBy(() -> imports.preview("x.csv", new byte[0])).isInstanceOf(AccessDeniedException.class);
        assertCatalogRefused();
    }

    @ParameterizedTest(name = "{0} may edit cells, the catalog and import")
    @ValueSource(strings = {"CMO", "CCO", "ADMIN"})
    void leadsAndAdministratorsManageEverything(String role) {
        actAs("lead", role);
        raci.setCell(id("touchpoint", "Website"), id("business_function", "Sales"), null, RaciLetter.C);
        assertThatCode(() -> catalog.createStage("Win-back")).doesNotThrowAnyException();
        assertThatCode(() -> catalog.createFunction("Partners")).doesNotThrowAnyException();
        assertThat(imports.preview("empty.csv", new byte[0]).problems()).isNotEmpty();
    }

    @Test
    void nothingWithoutSigningIn() {
        assertThatThrownBy(() -> raci.rows(MatrixFilter.ALL, 0, 10)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> raci.summary()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> broadcaster.register(new com.vaadin.flow.component.html.Div(), change -> { }))
                .as("the change channel carries the health summary").isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> catalog.stages()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> exports.export(ExportFormat.CSV, MatrixFilter.ALL, new ByteArrayOutputStream()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private void assertCatalogRefused() {
        long stage = id("journey_stage", "Awareness");
        long touchpoint = id("touchpoint", "Website");
        TouchpointForm form = new TouchpointForm();
        form.setName("Billboard");
        form.setStageId(stage);
        form.setChannel(Channel.PAID_MEDIA);
        assertThatThrownBy(() -> catalog.createStage("Win-back")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.createFunction("Partners")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.createTouchpoint(form)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.updateTouchpoint(touchpoint, 0, form)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.rename(CatalogKind.STAGE, stage, 0, "Discover")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.move(CatalogKind.STAGE, stage, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.setArchived(CatalogKind.TOUCHPOINT, touchpoint, 0, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.delete(CatalogKind.STAGE, stage)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM journey_stage", Integer.class)).isEqualTo(8);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM business_function", Integer.class)).isEqualTo(11);
    }

    private long id(String table, String name) {
        return jdbc.queryForObject("SELECT id FROM " + table + " WHERE name = ?", Long.class, name);
    }

    private String letter(String touchpoint, String function) {
        return jdbc.queryForObject("""
                SELECT letter FROM raci_assignment a JOIN touchpoint t ON t.id = a.touchpoint_id
                JOIN business_function f ON f.id = a.function_id WHERE t.name = ? AND f.name = ?""", String.class, touchpoint, function);
    }
}
