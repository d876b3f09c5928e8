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
import org.cxplanner.base.export.PdfFonts;
import org.cxplanner.base.export.SafeCells;
import org.cxplanner.base.export.XlsxSheets;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.awt.Color;
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
    private final PdfFonts fonts;

    ScorecardExportService(IndicatorService indicators, PdfFonts fonts) {
        this.indicators = indicators;
        this.fonts = fonts;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public void export(ExportFormat format, ScorecardFilter filter, OutputStream out) throws IOException {
        List<ScorecardRow> rows = indicators.scorecard().stream().filter(filter::matches).toList();
        switch (format) {
            case CSV -> csv(rows, out);
            case XLSX -> xlsx(rows, out);
            case PDF -> pdf(rows, out);
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

    private void pdf(List<ScorecardRow> rows, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Scorecard");
            document.open();
            document.add(fonts.paragraph("Scorecard · " + LocalDate.now(), 14, true, 0));
            document.add(fonts.paragraph("Off track first. Green dots: on track; red: off track; dashed: target.", 8, false, 4));
            PdfPTable table = new PdfPTable(new float[]{5, 1.2f, 2.2f, 2, 1.6f, 1.8f, 1.4f, 4.5f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSpacingBefore(6);
            for (String header : List.of("Indicator", "Kind", "Target", "Latest", "Status", "Change", "Last 3", "Last 13")) {
                table.addCell(fonts.cell(header, 8, true));
            }
            for (ScorecardRow row : rows) {
                table.addCell(fonts.cell(row.indicator().getName() + "\n" + row.indicator().getTeam().label() + " · " + row.ownerName()
                        + (row.guardrail() == null ? "" : "\n⚠ " + row.guardrail()), 7, false));
                table.addCell(fonts.cell(row.indicator().getKind().label(), 8, false));
                table.addCell(fonts.cell(row.indicator().targetText(), 8, false));
                table.addCell(fonts.cell(row.latest() == null ? "—" : Indicator.plain(row.latest()) + " " + row.indicator().getUnit(), 8, false));
                PdfPCell status = fonts.cell(row.statusLabel(), 8, true);
                if (row.onTrack() != null) {
                    status.setBackgroundColor(row.onTrack() ? new Color(0xE2, 0xF4, 0xEA) : new Color(0xFD, 0xE7, 0xE4));
                }
                table.addCell(status);
                table.addCell(fonts.cell(row.change() == null ? "" : Indicator.plain(row.change()), 8, false));
                table.addCell(fonts.cell(row.onTrackOfLast3() + " of " + Math.min(3, row.trend().size()), 8, false));
                PdfPCell chart = new PdfPCell();
                chart.setFixedHeight(28);
                chart.setCellEvent(new Sparkline(row));
                table.addCell(chart);
            }
            document.add(table);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("Could not write the PDF", e);
        }
    }

    /** Draws a row's trend and target line inside its table cell. */
    private record Sparkline(ScorecardRow row) implements PdfPCellEvent {

        @Override
        public void cellLayout(PdfPCell cell, Rectangle box, PdfContentByte[] canvases) {
            List<Measurement> trend = row.trend();
            if (trend.size() < 2) {
                return;
            }
            PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
            double[] values = trend.stream().mapToDouble(m -> m.value().doubleValue()).toArray();
            double min = java.util.Arrays.stream(values).min().orElse(0);
            double max = java.util.Arrays.stream(values).max().orElse(1);
            Indicator i = row.indicator();
            for (var target : new java.math.BigDecimal[]{i.getTarget(), i.getTargetLow(), i.getTargetHigh()}) {
                if (target != null) {
                    min = Math.min(min, target.doubleValue());
                    max = Math.max(max, target.doubleValue());
                }
            }
            double span = max == min ? 1 : max - min;
            float left = box.getLeft() + 4;
            float width = box.getWidth() - 8;
            float bottom = box.getBottom() + 4;
            float height = box.getHeight() - 8;
            canvas.saveState();
            if (i.getTarget() != null) {
                float ty = (float) (bottom + height * (i.getTarget().doubleValue() - min) / span);
                canvas.setColorStroke(new Color(0xA4, 0x28, 0x1B));
                canvas.setLineDash(2, 2, 0);
                canvas.setLineWidth(0.5f);
                canvas.moveTo(left, ty);
                canvas.lineTo(left + width, ty);
                canvas.stroke();
                canvas.setLineDash(0);
            }
            canvas.setColorStroke(new Color(0x1F, 0x5F, 0xBF));
            canvas.setLineWidth(1f);
            for (int k = 0; k < values.length; k++) {
                float x = left + width * k / (values.length - 1);
                float y = (float) (bottom + height * (values[k] - min) / span);
                if (k == 0) {
                    canvas.moveTo(x, y);
                } else {
                    canvas.lineTo(x, y);
                }
            }
            canvas.stroke();
            for (int k = 0; k < values.length; k++) {
                float x = left + width * k / (values.length - 1);
                float y = (float) (bottom + height * (values[k] - min) / span);
                canvas.setColorFill(i.onTrack(trend.get(k).value()) ? new Color(0x1D, 0x6B, 0x3F) : new Color(0xA4, 0x28, 0x1B));
                canvas.circle(x, y, 1.3f);
                canvas.fill();
            }
            canvas.restoreState();
        }
    }
}
