package org.cxplanner.raci;

import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.cxplanner.base.export.PdfFonts;
import org.cxplanner.base.export.PdfReport;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The matrix as a landscape PDF: title, date and legend, the header row repeated on every page, long names
 * wrapped by the table itself, function names turned upright so up to 30 columns fit an A4 page.
 * Text is set in DejaVu Sans with Symbola as fallback, so accents, right-to-left scripts and emoji survive.
 */
@Component
class RaciPdfWriter {

    private static final Map<RaciLetter, Color> FILLS = Map.of(RaciLetter.R, new Color(0xDF, 0xF3, 0xE5),
            RaciLetter.A, new Color(0xFB, 0xE0, 0xDC), RaciLetter.C, new Color(0xFD, 0xEF, 0xC8),
            RaciLetter.I, new Color(0xE1, 0xEA, 0xFB));
    private static final Color HEADER = new Color(0xE6, 0xE9, 0xEF);
    private static final Color GAP = new Color(0xF6, 0xB8, 0xB0);

    private final PdfFonts fonts;

    RaciPdfWriter(PdfFonts fonts) {
        this.fonts = fonts;
    }

    void write(MatrixSnapshot matrix, String title, String subtitle, OutputStream out) {
        try (PdfReport pdf = PdfReport.landscape(fonts, out, title, 20)) {
            pdf.title(title, subtitle);
            pdf.add(legend(fonts));
            pdf.add(table(matrix, fonts, pdf));
        }
    }

    private static PdfPTable legend(PdfFonts f) {
        StringBuilder text = new StringBuilder();
        for (RaciLetter letter : RaciLetter.values()) {
            text.append(letter.name()).append(" = ").append(letter.label()).append(" (").append(letter.meaning()).append(")   ");
        }
        text.append("\nHealth: OK when a touchpoint has exactly one A and at least one R; otherwise no A, 2+ A or no R.");
        return f.paragraph(text.toString(), 7, false, 6);
    }

    private static PdfPTable table(MatrixSnapshot matrix, PdfFonts f, PdfReport pdf) {
        List<FunctionColumn> columns = matrix.columns();
        int count = columns.size() + 3;
        float[] widths = new float[count];
        widths[0] = 9;
        widths[1] = 17;
        for (int i = 0; i < columns.size(); i++) {
            widths[i + 2] = 2.6f;
        }
        widths[count - 1] = 6;
        PdfPTable table = pdf.table(widths);

        table.addCell(headerCell(f, RaciCsvWriter.STAGE, false));
        table.addCell(headerCell(f, RaciCsvWriter.TOUCHPOINT, false));
        columns.forEach(column -> table.addCell(headerCell(f, column.name(), true)));
        table.addCell(headerCell(f, RaciCsvWriter.HEALTH, false));

        Long stage = null;
        for (MatrixRow row : matrix.rows()) {
            if (!Long.valueOf(row.stageId()).equals(stage)) {
                PdfPCell heading = textCell(f, row.stage(), true);
                heading.setColspan(count);
                heading.setBackgroundColor(HEADER);
                table.addCell(heading);
                stage = row.stageId();
            }
            table.addCell(textCell(f, row.stage(), false));
            table.addCell(textCell(f, row.touchpoint(), false));
            for (FunctionColumn column : columns) {
                RaciLetter letter = row.letter(column.id());
                PdfPCell cell = new PdfPCell(f.phrase(letter == null ? "" : letter.name(), 7, true));
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                if (letter != null) {
                    cell.setBackgroundColor(FILLS.get(letter));
                }
                table.addCell(cell);
            }
            PdfPCell health = textCell(f, row.healthLabel(), row.isGap());
            if (row.isGap()) {
                health.setBackgroundColor(GAP);
            }
            table.addCell(health);
        }
        return table;
    }

    private static PdfPCell headerCell(PdfFonts f, String text, boolean upright) {
        PdfPCell cell = new PdfPCell(f.phrase(text, 7, true));
        cell.setBackgroundColor(HEADER);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        if (upright) {
            cell.setRotation(90);
            cell.setFixedHeight(78);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        }
        return cell;
    }

    private static PdfPCell textCell(PdfFonts f, String text, boolean bold) {
        return f.cell(text, 7, bold);
    }

}
