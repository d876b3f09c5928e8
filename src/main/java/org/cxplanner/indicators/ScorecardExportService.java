package org.cxplanner.indicators;

import org.cxplanner.security.Roles;

import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cxplanner.base.export.CsvFiles;
import org.cxplanner.base.export.ExportFormat;
import org.cxplanner.base.export.SafeCells;
import org.cxplanner.base.export.XlsxSheets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The scorecard for everyone signed in: CSV, a workbook with the trend values and on/off-track colours, and a PDF
 * with the small charts; and one indicator's measurements as CSV.
 */
@Service
public class ScorecardExportService {

    static final List<String> HEADER = List.of("Indicator", "Kind", "Team", "Owner", "Unit", "Target", "Latest", "Status",
            "Change", "Last 3 on track", "Due this period", "Guardrail");

    private final IndicatorService indicators;
    private final ScorecardPdfWriter pdf;

    ScorecardExportService(IndicatorService indicators, ScorecardPdfWriter pdf) {
        this.indicators = indicators;
        this.pdf = pdf;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public void export(ExportFormat format, ScorecardFilter filter, OutputStream out) throws IOException {
        List<ScorecardRow> rows = indicators.scorecard().stream().filter(filter::matches).toList();
        switch (format) {
            case CSV -> csv(rows, out);
            case XLSX -> xlsx(rows, out);
            case PDF -> pdf.write(rows, out);
        }
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public boolean indicatorExists(long indicatorId) {
        return indicators.indicator(indicatorId).isPresent();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public void exportMeasurements(long indicatorId, OutputStream out) throws IOException {
        CSVPrinter printer = CsvFiles.printer(out);
        printer.printRecord("Period", "Value", "Note", "Recorded by", "Recorded at");
        for (Measurement m : indicators.measurementsOf(indicatorId)) {
            printer.printRecord(m.periodStart(), m.value().stripTrailingZeros().toPlainString(), SafeCells.escape(m.note()),
                    m.recordedBy(), m.recordedAt());
        }
        printer.flush();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public String fileName(ExportFormat format) {
        return format.fileName("scorecard", LocalDate.now());
    }

    private static List<String> values(ScorecardRow row) {
        Indicator i = row.indicator();
        return List.of(i.getName(), i.getKind().label(), i.getTeam().label(), row.ownerName(), i.getUnit(), i.targetText(),
                row.latest() == null ? "" : Indicator.plain(row.latest()), row.statusLabel(),
                row.change() == null ? "" : Indicator.plain(row.change()), row.onTrackOfLast3() + " of " + Math.min(3, row.trend().size()),
                row.due() ? "due" : "entered", row.guardrail() == null ? "" : row.guardrail());
    }

    private static void csv(List<ScorecardRow> rows, OutputStream out) throws IOException {
        CSVPrinter printer = CsvFiles.printer(out);
        List<String> header = new ArrayList<>(HEADER);
        for (int i = IndicatorService.TREND; i >= 1; i--) {
            header.add("Value " + i + " back");
        }
        printer.printRecord(header);
        for (ScorecardRow row : rows) {
            List<String> record = new ArrayList<>(values(row).stream().map(SafeCells::escape).toList());
            record.addAll(trendValues(row));
            printer.printRecord(record);
        }
        printer.flush();
    }

    private static List<String> trendValues(ScorecardRow row) {
        List<String> values = new ArrayList<>();
        int missing = IndicatorService.TREND - row.trend().size();
        for (int i = 0; i < missing; i++) {
            values.add("");
        }
        row.trend().forEach(m -> values.add(Indicator.plain(m.value())));
        return values;
    }

    private static void xlsx(List<ScorecardRow> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            SXSSFSheet sheet = workbook.createSheet("Scorecard");
            List<String> header = new ArrayList<>(HEADER);
            for (int i = IndicatorService.TREND; i >= 1; i--) {
                header.add(i == 1 ? "Latest" : i - 1 + " back");
            }
            int[] widths = new int[header.size()];
            java.util.Arrays.fill(widths, 9);
            widths[0] = 30;
            widths[11] = 40;
            XlsxSheets.tableSheet(sheet, header, widths, 1, "Scorecard");
            CellStyle text = XlsxSheets.wrapped(workbook);
            CellStyle on = coloured(workbook, text, IndexedColors.LIGHT_GREEN);
            CellStyle off = coloured(workbook, text, IndexedColors.ROSE);
            int r = 1;
            for (ScorecardRow row : rows) {
                Row line = sheet.createRow(r++);
                List<String> values = values(row);
                for (int c = 0; c < values.size(); c++) {
                    XlsxSheets.text(line, c, values.get(c), c == 7 && row.onTrack() != null ? (row.onTrack() ? on : off) : text);
                }
                int c = HEADER.size() + IndicatorService.TREND - row.trend().size();
                for (Measurement m : row.trend()) {
                    var cell = line.createCell(c++);
                    cell.setCellValue(m.value().doubleValue());
                    cell.setCellStyle(row.indicator().onTrack(m.value()) ? on : off);
                }
            }
            workbook.write(out);
        }
    }

    private static CellStyle coloured(SXSSFWorkbook workbook, CellStyle base, IndexedColors colour) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
