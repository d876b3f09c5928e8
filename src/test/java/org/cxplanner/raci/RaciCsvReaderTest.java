package org.cxplanner.raci;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxplanner.catalog.CatalogFixtures.archived;
import static org.cxplanner.catalog.CatalogFixtures.function;
import static org.cxplanner.catalog.CatalogFixtures.stage;
import static org.cxplanner.catalog.CatalogFixtures.touchpoint;

/** Reading a RACI CSV into a preview, given the catalog and the current cells as plain lists: no Spring, no database. */
@Tag("unit")
class RaciCsvReaderTest {

    private RaciCsvReader reader() {
        return new RaciCsvReader(List.of(stage(1, "Awareness"), stage(2, "Purchase")),
                List.of(touchpoint(10, "Website", 1), touchpoint(11, "Checkout", 2), archived(touchpoint(12, "Fax line", 2))),
                List.of(function(100, "Marketing"), function(101, "Support"), archived(function(102, "Telex"))),
                Map.of(10L, Map.of(100L, RaciLetter.A)));
    }

    private static ImportPreview read(RaciCsvReader reader, String csv) {
        return reader.read("matrix.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theCellsThatDifferFromTheMatrixAreTheChanges() {
        ImportPreview preview = read(reader(), "\uFEFFStage,Touchpoint,Marketing,Support,Health\n"
                + "Awareness,Website,A,R,OK\n"
                + "Purchase,checkout, ,i,No A\n");
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rowsRead()).isEqualTo(2);
        assertThat(preview.changes()).extracting(c -> c.line() + " " + c.touchpoint() + "/" + c.function() + " " + c.after())
                .containsExactly("2 Website/Support R", "3 Checkout/Support I");
        assertThat(preview.canApply()).isTrue();
    }

    @Test
    void everyProblemIsNamedWithItsLineAndNothingIsApplied() {
        ImportPreview preview = read(reader(), "Stage,Touchpoint,Marketing,Support\n"
                + "Awareness,Website,X,\n"
                + "Awareness,Checkout,,\n"
                + "Purchase,Fax line,,\n"
                + "Nowhere,Nothing,,\n"
                + "Awareness,Website,,\n");
        assertThat(preview.problems()).extracting(ImportPreview.Problem::text).containsExactly(
                "Line 2: 'X' under Marketing is not R, A, C, I or empty.",
                "Line 3: The touchpoint 'Checkout' is in the stage 'Purchase', not 'Awareness'.",
                "Line 4: The touchpoint 'Fax line' is archived.",
                "Line 5: Unknown stage 'Nowhere'.",
                "Line 5: Unknown touchpoint 'Nothing'.",
                "Line 6: The touchpoint 'Website' appears twice (also on line 2).");
        assertThat(preview.changes()).isEmpty();
        assertThat(preview.canApply()).isFalse();
    }

    @Test
    void aWrongHeaderOrFileIsRefusedInWords() {
        assertThat(read(reader(), "Name,Touchpoint,Marketing\n").problems()).extracting(ImportPreview.Problem::text)
                .containsExactly("Line 1: The header must be Stage,Touchpoint,<function…>,Health, as the export writes it.");
        assertThat(read(reader(), "Stage,Touchpoint,Telex,Legal\n").problems()).extracting(ImportPreview.Problem::text)
                .containsExactly("Line 1: The function 'Telex' is archived.", "Line 1: Unknown function 'Legal' in the header.");
        assertThat(read(reader(), "Stage,Touchpoint,Marketing\n").problems()).extracting(ImportPreview.Problem::text)
                .containsExactly("The file has a header but no touchpoint rows.");
        assertThat(reader().read("matrix.csv", new byte[]{(byte) 0xC3, (byte) 0x28}).problems())
                .extracting(ImportPreview.Problem::text).containsExactly("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
    }
}
