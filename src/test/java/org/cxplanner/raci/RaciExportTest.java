package org.cxplanner.raci;

import org.cxplanner.base.export.ExportFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxplanner.IntegrationTest;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.catalog.Channel;
import org.cxplanner.catalog.TouchpointForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class RaciExportTest extends IntegrationTest {

    static final List<String> AWKWARD = List.of("Launch, \"big\" event", "Two-line\nname", "🚀 Rocket launch page",
            "עמוד הבית", "=HYPERLINK(\"http://evil.example\")", "@SUM(1+1)", "-2+3", "+Partners portal");

    @Autowired
    private RaciExportService exports;
    @Autowired
    private CatalogService catalog;

    @BeforeEach
    void addAwkwardTouchpoints() {
        actAs("cmo", "CMO");
        long awareness = jdbc.queryForObject("SELECT id FROM journey_stage WHERE name = 'Awareness'", Long.class);
        for (String name : AWKWARD) {
            TouchpointForm form = new TouchpointForm();
            form.setName(name);
            form.setStageId(awareness);
            form.setChannel(Channel.WEB);
            catalog.createTouchpoint(form);
        }
        catalog.createFunction("=Risk office");
        actAs("viewer", "VIEWER");
    }

    @Test
    void csvHasTheHeaderOneRowPerTouchpointAndEscapesFormulas() throws IOException {
        String text = new String(export(ExportFormat.CSV, MatrixFilter.ALL), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(text.substring(1), RaciCsvWriter.FORMAT)) {
            records = parser.getRecords();
        }
        assertThat(records.getFirst().toList()).containsExactly("Stage", "Touchpoint", "CMO", "CCO", "Sales",
                "Customer Success", "Support", "Product", "Finance", "Legal", "HR", "IT/Digital", "Operations", "'=Risk office", "Health");
        assertThat(records).hasSize(1 + 25 + AWKWARD.size());
        List<String> names = records.stream().skip(1).map(r -> r.get(1)).toList();
        assertThat(names).contains("Launch, \"big\" event", "Two-line\nname", "🚀 Rocket launch page", "עמוד הבית",
                "'=HYPERLINK(\"http://evil.example\")", "'@SUM(1+1)", "'-2+3", "'+Partners portal");
        CSVRecord website = records.stream().filter(r -> r.get(1).equals("Website")).findFirst().orElseThrow();
        assertThat(website.toList()).containsExactly("Awareness", "Website", "A", "C", "", "", "", "", "", "C", "", "R", "", "", "OK");
        assertThat(records.stream().filter(r -> r.get(1).equals("Sales call")).findFirst().orElseThrow().get(14)).isEqualTo("2+ A");
    }

    @Test
    void csvHonoursTheFilters() throws IOException {
        String text = new String(export(ExportFormat.CSV, MatrixFilter.ALL.withGapsOnly(true).withText("a")), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(text.substring(1), RaciCsvWriter.FORMAT)) {
            assertThat(parser.getRecords().stream().skip(1).map(r -> r.get(1)))
                    .contains("Social media", "Sales call", "Order confirmation", "Launch, \"big\" event")
                    .doesNotContain("Website");
        }
    }

    @Test
    void xlsxIsColouredFrozenGroupedAndNeverRunsFormulas() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX, MatrixFilter.ALL)))) {
            Sheet sheet = workbook.getSheet("RACI matrix");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 2);
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Stage");
            assertThat(sheet.getRow(0).getCell(14).getStringCellValue()).isEqualTo("Health");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Awareness");

            Row website = find(sheet, "Website");
            Cell accountable = website.getCell(2);
            assertThat(accountable.getStringCellValue()).isEqualTo("A");
            assertThat(accountable.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(website.getCell(11).getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_GREEN.getIndex());
            assertThat(find(sheet, "Social media").getCell(14).getStringCellValue()).isEqualTo("no A");
            assertThat(sheet.getRow(find(sheet, "Website").getRowNum()).getOutlineLevel()).isEqualTo(1);

            for (String name : AWKWARD) {
                Cell cell = find(sheet, name).getCell(1);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(name);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(name).isEqualTo(name.matches("^[=+\\-@].*"));
            }
            assertThat(sheet.getRow(0).getCell(13).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(workbook.getSheet("Legend").getRow(2).getCell(1).getStringCellValue()).startsWith("Responsible");
        }
    }

    @Test
    void pdfListsEveryTouchpointAndRepeatsTheHeaderOnEveryPage() throws IOException {
        jdbc.update("""
                INSERT INTO touchpoint (name, stage_id, channel, position)
                SELECT 'Extra touchpoint ' || n, (SELECT id FROM journey_stage WHERE name = 'Advocacy'), 'WEB', 100 + n
                FROM generate_series(1, 60) n""");
        byte[] pdf = export(ExportFormat.PDF, MatrixFilter.ALL);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            var page = document.getPage(0);
            boolean turned = page.getRotation() % 180 != 0;
            float width = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
            float height = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
            assertThat(width).as("landscape").isGreaterThan(height);
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(all).contains("RACI matrix —", "Responsible", "Accountable", "Health: OK when");
            List<String> expected = new ArrayList<>(jdbc.queryForList("SELECT name FROM touchpoint", String.class));
            for (String name : expected) {
                assertThat(all).as(name).contains(name.replaceAll("\\s+", " "));
            }
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document);
            assertThat(second).contains("Touchpoint", "Health", "Customer Success".split(" ")[0]);
        }
    }

    private byte[] export(ExportFormat format, MatrixFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(format, filter, out);
        return out.toByteArray();
    }

    private static Row find(Sheet sheet, String touchpoint) {
        return StreamSupport.stream(sheet.spliterator(), false)
                .filter(row -> row.getCell(1) != null && row.getCell(1).getStringCellValue().equals(touchpoint))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + touchpoint));
    }
}
