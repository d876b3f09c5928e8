package org.cxplanner.raci;

import org.cxplanner.base.export.ExportFormat;
import org.cxplanner.IntegrationTest;
import org.cxplanner.base.EditConflict;
import org.cxplanner.raci.ImportPreview.CellChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RaciImportTest extends IntegrationTest {

    private static final String HEADER = "Stage,Touchpoint,CMO,CCO,Sales,Customer Success,Support,Product,Finance,Legal,HR,IT/Digital,Operations,Health\r\n";

    @Autowired
    private RaciImportService imports;
    @Autowired
    private RaciExportService exports;

    private String before;

    @BeforeEach
    void signInAsCco() {
        actAs("cco", "CCO");
        before = matrixState();
    }

    @Test
    void reimportingAnExportChangesNothing() throws IOException {
        jdbc.update("UPDATE touchpoint SET name = '=Formula, \"quoted\" name' WHERE name = 'Store'");
        before = matrixState();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(ExportFormat.CSV, MatrixFilter.ALL, out);
        ImportPreview preview = imports.preview("raci.csv", out.toByteArray());
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rowsRead()).isEqualTo(25);
        assertThat(preview.changes()).isEmpty();
        assertThat(imports.apply(preview)).isZero();
        assertThat(matrixState()).isEqualTo(before);
    }

    @Test
    void previewsAddedChangedAndClearedCellsThenAppliesThemAllAtOnce() {
        String file = HEADER
                + "Awareness,Social media,R,A,,,C,,,,,I,,no A\r\n"   // CCO: C -> A
                + "Consideration,Sales call,,,A,R,,I,,,,,,2+ A\r\n"   // CMO: A -> cleared
                + "Purchase,Order confirmation,I,A,,,R,,,,,C,C,no R\r\n"; // Support: added R
        ImportPreview preview = imports.preview("fix-gaps.csv", bytes(file));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.count(CellChange.Kind.ADDED)).isEqualTo(1);
        assertThat(preview.count(CellChange.Kind.CHANGED)).isEqualTo(1);
        assertThat(preview.count(CellChange.Kind.CLEARED)).isEqualTo(1);
        assertThat(preview.changes()).extracting(CellChange::line, CellChange::touchpoint, CellChange::function)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Social media", "CCO"),
                        org.assertj.core.groups.Tuple.tuple(3, "Sales call", "CMO"),
                        org.assertj.core.groups.Tuple.tuple(4, "Order confirmation", "Support"));
        assertThat(matrixState()).isEqualTo(before);

        assertThat(imports.apply(preview)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM change_history WHERE area = 'RACI' AND source = 'IMPORT' AND changed_by = 'cco'", Integer.class))
                .isEqualTo(3);
        actAs("cco", "CCO");
        assertThat(imports.preview("fix-gaps.csv", bytes(file)).changes()).isEmpty();
    }

    @Test
    void aCellChangedSinceThePreviewCancelsTheWholeImport() {
        String file = HEADER
                + "Awareness,Social media,R,A,,,C,,,,,I,,\r\n"
                + "Consideration,Sales call,,,A,R,,I,,,,,,\r\n";
        ImportPreview preview = imports.preview("late.csv", bytes(file));
        jdbc.update("""
                UPDATE raci_assignment SET letter = 'C' WHERE touchpoint_id = (SELECT id FROM touchpoint WHERE name = 'Sales call')
                AND function_id = (SELECT id FROM business_function WHERE name = 'CMO')""");
        String changedElsewhere = matrixState();
        assertThatThrownBy(() -> imports.apply(preview)).isInstanceOf(EditConflict.class)
                .hasMessageContaining("The matrix changed since the preview (Sales call × CMO)");
        assertThat(matrixState()).isEqualTo(changedElsewhere);
    }

    @Test
    void everyBrokenFileIsExplainedAndChangesNothing() {
        assertProblems("empty.csv", new byte[0], "The file is empty.");
        assertProblems("bom-only.csv", bytes("\uFEFF  \r\n"), "The file is empty.");
        assertProblems("header-only.csv", bytes(HEADER), "The file has a header but no touchpoint rows.");
        assertProblems("latin1.csv", (HEADER + "Awareness,Caf\u00e9,,,,,,,,,,,,\r\n").getBytes(StandardCharsets.ISO_8859_1),
                "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
        byte[] huge = new byte[RaciCsvReader.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'x');
        assertProblems("huge.csv", huge, "The file is larger than 5 MB. Split it, or export a filtered matrix.");
        assertProblems("wrong-header.csv", bytes("Name,Owner\r\nWebsite,CMO\r\n"),
                "Line 1: The header must be Stage,Touchpoint,<function…>,Health, as the export writes it.");
        assertProblems("unknown-function.csv", bytes("Stage,Touchpoint,CMO,Marketing Ops,Health\r\nAwareness,Website,A,R,OK\r\n"),
                "Line 1: Unknown function 'Marketing Ops' in the header.");
        assertProblems("rows.csv", bytes("Stage,Touchpoint,CMO,CCO\r\n"
                        + "Awareness,Website,A,X\r\n"
                        + "Nowhere,Website,A,C\r\n"
                        + "Awareness,Billboard,A,\r\n"
                        + "Purchase,Website,A,\r\n"
                        + "Awareness,Paid ads,A\r\n"
                        + "\"Awareness\",\"Social media\",R,\"multi\nline\"\r\n"),
                "Line 2: 'X' under CCO is not R, A, C, I or empty.",
                "Line 3: Unknown stage 'Nowhere'.",
                "Line 3: The touchpoint 'Website' appears twice (also on line 2).",
                "Line 4: Unknown touchpoint 'Billboard'.",
                "Line 5: The touchpoint 'Website' is in the stage 'Awareness', not 'Purchase'.",
                "Line 5: The touchpoint 'Website' appears twice (also on line 2).",
                "Line 6: It has 3 cells; the header has 5.",
                "Line 7: 'multi\nline' under CCO is not R, A, C, I or empty.");
        assertProblems("broken-quotes.csv", bytes("Stage,Touchpoint,CMO\r\nAwareness,\"Website,A\r\n"),
                "The file is not valid CSV: ");
        assertThat(matrixState()).isEqualTo(before);
    }

    @Test
    void archivedTouchpointsCannotBeImported() {
        jdbc.update("UPDATE touchpoint SET archived = TRUE WHERE name = 'Website'");
        assertProblems("archived.csv", bytes("Stage,Touchpoint,CMO\r\nAwareness,Website,R\r\n"),
                "Line 2: The touchpoint 'Website' is archived.");
    }

    private void assertProblems(String name, byte[] content, String... expected) {
        ImportPreview preview = imports.preview(name, content);
        List<String> problems = preview.problems().stream().map(ImportPreview.Problem::text).toList();
        if (expected.length == 1 && expected[0].endsWith(": ")) {
            assertThat(problems).singleElement().asString().startsWith(expected[0]);
        } else {
            assertThat(problems).as(name).containsExactly(expected);
        }
        assertThat(preview.canApply()).isFalse();
        assertThat(preview.changes()).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String matrixState() {
        return String.join(";", jdbc.queryForList(
                "SELECT touchpoint_id || '/' || function_id || '=' || letter FROM raci_assignment ORDER BY 1", String.class));
    }
}
