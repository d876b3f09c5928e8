package org.cxplanner.indicators;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxplanner.IntegrationTest;
import org.cxplanner.base.export.ExportFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScorecardExportTest extends IntegrationTest {

    @Autowired
    private ScorecardExportService exports;

    @Test
    void theScorecardExportsWithTrendsColoursAndTheFilter() throws Exception {
        jdbc.update("UPDATE indicator SET name = '=SUM(A1:A9)' WHERE name = 'Churn'");
        actAs("viewer", "VIEWER");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exports.export(ExportFormat.CSV, ScorecardFilter.ALL, csv);
        List<CSVRecord> records = CSVParser.parse(new StringReader(csv.toString(StandardCharsets.UTF_8).substring(1)),
                CSVFormat.DEFAULT).getRecords();
        assertThat(records).hasSize(9);
        assertThat(records.get(1).get(0)).isEqualTo("'=SUM(A1:A9)");
        assertThat(records.get(1).get(7)).isEqualTo("Off track");
        assertThat(records.get(1).size()).isEqualTo(ScorecardExportService.HEADER.size() + 13);

        ByteArrayOutputStream offTrack = new ByteArrayOutputStream();
        exports.export(ExportFormat.CSV, new ScorecardFilter(null, null, "Off track"), offTrack);
        assertThat(offTrack.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(4);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        exports.export(ExportFormat.XLSX, ScorecardFilter.ALL, xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = workbook.getSheet("Scorecard");
            assertThat(sheet.getLastRowNum()).isEqualTo(8);
            var latest = sheet.getRow(1).getCell(ScorecardExportService.HEADER.size() + 12);
            assertThat(latest.getNumericCellValue()).isEqualTo(2.6);
            assertThat(latest.getCellStyle().getFillForegroundColor()).isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.ROSE.getIndex());
        }

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        exports.export(ExportFormat.PDF, ScorecardFilter.ALL, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Scorecard", "=SUM(A1:A9)", "Off track",
                    "Growing at the customer's expense");
        }
    }

    @Test
    void oneIndicatorsMeasurementsExportAsCsv() throws Exception {
        long id = jdbc.queryForObject("SELECT id FROM indicator WHERE name = 'Net Promoter Score'", Long.class);
        actAs("viewer", "VIEWER");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exports.exportMeasurements(id, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(14);
    }
}
