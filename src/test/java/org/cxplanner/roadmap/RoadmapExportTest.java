package org.cxplanner.roadmap;

import org.cxplanner.security.Team;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxplanner.IntegrationTest;
import org.cxplanner.base.export.ExportFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The roadmap exports read back with the libraries people's tools use: titles survive, formulas never run. */
class RoadmapExportTest extends IntegrationTest {

    static final String TRICKY = "=HYPERLINK(\"x\"), \"quoted\"\nsecond line 🚀 שלום";

    @Autowired
    private RoadmapExportService exports;
    @Autowired
    private RoadmapService roadmap;

    @BeforeEach
    void aTrickyInitiative() {
        actAs("cmo", "CMO");
        InitiativeForm form = new InitiativeForm();
        form.setTitle(TRICKY);
        form.setTeam(Team.JOINT);
        form.setStatus(InitiativeStatus.AT_RISK);
        form.setOwnerId(jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'cco'", Long.class));
        // Well inside the current half-year, so the PDF draws the whole bar (and its label) on one page on any date.
        LocalDate today = LocalDate.now();
        LocalDate start = today.withDayOfMonth(1).withMonth(today.getMonthValue() <= 6 ? 1 : 7).plusWeeks(2);
        form.setStartDate(start);
        form.setEndDate(start.plusWeeks(8));
        form.setDescription("-starts like a formula");
        roadmap.create(form);
        form.setTitle("🚀 שלום launch");
        form.setDescription(null);
        roadmap.create(form);
        actAs("viewer", "VIEWER");
    }

    @Test
    void csvKeepsEveryCharacterAndDefusesFormulas() throws IOException {
        String text = new String(export(ExportFormat.CSV, RoadmapFilter.ALL.withText("second line")), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.DEFAULT).getRecords();
        assertThat(records.get(0).values()).containsExactlyElementsOf(RoadmapTableWriter.HEADER);
        assertThat(records).hasSize(2);
        CSVRecord row = records.get(1);
        assertThat(row.get(0)).isEqualTo("'" + TRICKY);
        assertThat(row.get(1)).isEqualTo("Joint");
        assertThat(row.get(2)).isEqualTo("At risk");
        assertThat(row.get(3)).isEqualTo("Chris Customer-Lead");
        assertThat(row.get(11)).isEqualTo("'-starts like a formula");
    }

    @Test
    void theListSaysWhatEachInitiativeWaitsForAndWhetherItsDatesConflict() throws IOException {
        jdbc.update("UPDATE initiative SET start_date = start_date - 7, end_date = end_date - 7 WHERE title = 'Loyalty programme tiers'");
        String text = new String(export(ExportFormat.CSV, RoadmapFilter.ALL), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.DEFAULT).getRecords();
        int dependsOn = RoadmapTableWriter.HEADER.indexOf("Depends on");
        int conflict = RoadmapTableWriter.HEADER.indexOf("Dates conflict");
        java.util.function.Function<String, CSVRecord> row = title -> records.stream().filter(r -> r.get(0).equals(title)).findFirst().orElseThrow();
        assertThat(row.apply("Renewal notice rewrite").get(dependsOn)).isEqualTo("Onboarding call redesign");
        assertThat(row.apply("Renewal notice rewrite").get(conflict)).isEmpty();
        assertThat(row.apply("Loyalty programme tiers").get(dependsOn)).isEqualTo("Spring campaign");
        assertThat(row.apply("Loyalty programme tiers").get(conflict)).isEqualTo("Yes");
        assertThat(row.apply("Spring campaign").get(conflict)).isEqualTo("Yes");
    }

    @Test
    void theWorkbookKeepsTitlesAsTextAndFollowsTheFilter() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX, RoadmapFilter.ALL)))) {
            Sheet sheet = workbook.getSheet("Roadmap");
            assertThat(sheet.getLastRowNum()).isEqualTo(16);
            Cell tricky = null;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(0).getStringCellValue().equals(TRICKY)) {
                    tricky = sheet.getRow(r).getCell(0);
                }
            }
            assertThat(tricky).isNotNull();
            assertThat(tricky.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void thePdfPrintsTheTimelineByHalfYearWithLanesAndLegend() throws IOException {
        byte[] pdf = export(ExportFormat.PDF, RoadmapFilter.ALL);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(2, 6);
            var page = document.getPage(0);
            boolean landscape = page.getRotation() % 180 == 90 || page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
            assertThat(landscape).as("landscape").isTrue();
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Roadmap", "Marketing", "Joint", "Customer experience", "Planned", "In progress",
                    "At risk", "milestone", "Pricing page clarity");
            assertThat(text).contains("=HYPERLINK(\"x\"), \"quoted\" seco").contains("שלום", "launch");
            // The rocket is drawn from the bundled symbol font (text extraction does not map its glyphs back).
            List<String> fonts = new java.util.ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name).getName());
            }
            assertThat(fonts).anyMatch(font -> font.contains("Symbola")).anyMatch(font -> font.contains("DejaVuSans"));
        }
    }

    private byte[] export(ExportFormat format, RoadmapFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(format, filter, null, out);
        return out.toByteArray();
    }
}
