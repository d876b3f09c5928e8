package org.cxplanner.indicators;

import org.cxplanner.base.export.PdfFonts;
import org.cxplanner.base.export.PdfReport;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/** The scorecard as a landscape PDF: one row per indicator with its status coloured and a small chart of its trend. */
@Component
class ScorecardPdfWriter {

    private final PdfFonts fonts;

    ScorecardPdfWriter(PdfFonts fonts) {
        this.fonts = fonts;
    }

    void write(List<ScorecardRow> rows, OutputStream out) {
        try (PdfReport pdf = PdfReport.landscape(fonts, out, "Scorecard", 28)) {
            pdf.title("Scorecard · " + LocalDate.now(), "Off track first. Green dots: on track; red: off track; dashed: target.");
            PdfPTable table = pdf.table(5, 1.2f, 2.2f, 2, 1.6f, 1.8f, 1.4f, 4.5f);
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
            pdf.add(table);
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
