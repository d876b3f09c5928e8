package org.cxplanner.base.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfPTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** Every PDF report has its title, tables whose header repeats on each page, and numbered pages. */
@Tag("unit")
class PdfReportTest {

    @Test
    void aLongTableRunsOverPagesWithItsHeaderAndAPageNumberOnEach() throws IOException {
        PdfFonts fonts = new PdfFonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfReport pdf = PdfReport.portrait(fonts, out, "Test report", 36)) {
            pdf.title("Test report · Week 49", "Exported by cco");
            pdf.heading("Rows");
            PdfPTable table = pdf.table(1, 3);
            table.addCell(pdf.headerCell("Number", 9));
            table.addCell(pdf.headerCell("Text", 9));
            for (int i = 1; i <= 120; i++) {
                table.addCell(fonts.cell(String.valueOf(i), 9, false));
                table.addCell(fonts.cell("Row number " + i + " — Zoë's naïve café ✓", 9, false));
            }
            pdf.add(table);
        }
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Test report");
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                String onPage = text.getText(document);
                assertThat(onPage).as("page %d", page).contains("Test report · page " + page).contains("Number");
            }
            text.setStartPage(1);
            text.setEndPage(1);
            assertThat(text.getText(document)).contains("Test report · Week 49", "Exported by cco", "Zoë's naïve café ✓");
        }
    }
}
