package org.cxplanner.messaging;

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

class MessageExportTest extends IntegrationTest {

    @Autowired
    private MessageExportService exports;

    @Test
    void theListExportsAsCsvAndWorkbookWithFormulasDefused() throws Exception {
        jdbc.update("UPDATE message SET title = '=cmd|'' /C calc''!A0' WHERE title = 'Spring campaign teaser'");
        actAs("viewer", "VIEWER");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exports.exportList(ExportFormat.CSV, MessageFilter.ALL, csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.DEFAULT).getRecords();
        assertThat(records).hasSize(10);
        assertThat(records.get(0).values()).containsExactlyElementsOf(MessageExportService.HEADER);
        assertThat(records).extracting(r -> r.get(1)).contains("'=cmd|' /C calc'!A0", "December customer newsletter");
        assertThat(records.stream().filter(r -> r.get(1).equals("December customer newsletter")).findFirst().orElseThrow().get(9))
                .startsWith("Clashes with Year-end product tips");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        exports.exportList(ExportFormat.XLSX, MessageFilter.ALL, xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = workbook.getSheet("Messages");
            assertThat(sheet.getLastRowNum()).isEqualTo(9);
        }
    }

    @Test
    void theWaitingFilterExportsOnlyWhatWaitsForTheCaller() throws Exception {
        actAs("cco", "CCO");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exports.exportList(ExportFormat.CSV, MessageFilter.ALL.withWaitingForMe(true), csv);
        assertThat(csv.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(3);
    }

    @Test
    void theAlignmentRecordReadsLikeTheSignOffFile() throws Exception {
        long id = jdbc.queryForObject("SELECT id FROM message WHERE title = 'Welcome series, first email'", Long.class);
        actAs("viewer", "VIEWER");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        assertThat(exports.exportAlignmentRecord(id, pdf)).isTrue();
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Welcome series, first email", "Alignment record · Aligned", "Checklist",
                    "Voice and tone match the brand guide", "Marketing: signed by cmo", "Customer experience: signed by cco",
                    "Promise check", "Welcome email — accountable: CCO");
        }
        assertThat(exports.exportAlignmentRecord(999_999, new ByteArrayOutputStream())).isFalse();
    }
}
