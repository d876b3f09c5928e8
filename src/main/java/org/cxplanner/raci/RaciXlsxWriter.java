package org.cxplanner.raci;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cxplanner.base.export.XlsxSheets;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The matrix as a workbook to share: coloured letters, frozen header and touchpoint column, rows grouped under a
 * heading per stage, health column, a legend sheet, and a landscape print set-up one page wide.
 */
@Component
class RaciXlsxWriter {

    private static final Map<RaciLetter, IndexedColors> FILLS = Map.of(RaciLetter.R, IndexedColors.LIGHT_GREEN,
            RaciLetter.A, IndexedColors.ROSE, RaciLetter.C, IndexedColors.LIGHT_YELLOW, RaciLetter.I, IndexedColors.PALE_BLUE);

    void write(MatrixSnapshot matrix, String title, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(1000)) {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet("RACI matrix");
            List<FunctionColumn> columns = matrix.columns();
            int healthColumn = columns.size() + 2;

            Row header = sheet.createRow(0);
            header.setHeightInPoints(90);
            text(header, 0, RaciCsvWriter.STAGE, styles.header);
            text(header, 1, RaciCsvWriter.TOUCHPOINT, styles.header);
            for (int i = 0; i < columns.size(); i++) {
                text(header, i + 2, columns.get(i).name(), styles.functionHeader);
            }
            text(header, healthColumn, RaciCsvWriter.HEALTH, styles.header);

            int rowIndex = 1;
            int groupStart = -1;
            Long stage = null;
            for (MatrixRow row : matrix.rows()) {
                if (!Long.valueOf(row.stageId()).equals(stage)) {
                    rowIndex = closeGroup(sheet, groupStart, rowIndex);
                    Row stageRow = sheet.createRow(rowIndex++);
                    text(stageRow, 0, row.stage(), styles.stageHeading);
                    for (int c = 1; c <= healthColumn; c++) {
                        stageRow.createCell(c).setCellStyle(styles.stageHeading);
                    }
                    groupStart = rowIndex;
                    stage = row.stageId();
                }
                Row line = sheet.createRow(rowIndex++);
                text(line, 0, row.stage(), styles.text);
                text(line, 1, row.touchpoint(), styles.text);
                for (int i = 0; i < columns.size(); i++) {
                    RaciLetter letter = row.letter(columns.get(i).id());
                    if (letter == null) {
                        line.createCell(i + 2).setCellStyle(styles.empty);
                    } else {
                        line.createCell(i + 2).setCellValue(letter.name());
                        line.getCell(i + 2).setCellStyle(styles.letters.get(letter));
                    }
                }
                text(line, healthColumn, row.healthLabel(), row.isGap() ? styles.gap : styles.ok);
            }
            closeGroup(sheet, groupStart, rowIndex);

            sheet.createFreezePane(2, 1);
            sheet.setColumnWidth(0, 18 * 256);
            sheet.setColumnWidth(1, 34 * 256);
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i + 2, 5 * 256);
            }
            sheet.setColumnWidth(healthColumn, 12 * 256);
            sheet.setRowSumsBelow(false);
            XlsxSheets.printSetup(sheet, title);
            writeLegend(workbook, styles, title);
            workbook.write(out);
        }
    }

    private static int closeGroup(SXSSFSheet sheet, int groupStart, int nextRow) {
        if (groupStart >= 0 && nextRow > groupStart) {
            sheet.groupRow(groupStart, nextRow - 1);
        }
        return nextRow;
    }

    private static void writeLegend(SXSSFWorkbook workbook, Styles styles, String title) {
        Sheet legend = workbook.createSheet("Legend");
        int r = 0;
        text(legend.createRow(r++), 0, title, styles.header);
        r++;
        for (RaciLetter letter : RaciLetter.values()) {
            Row row = legend.createRow(r++);
            row.createCell(0).setCellValue(letter.name());
            row.getCell(0).setCellStyle(styles.letters.get(letter));
            text(row, 1, letter.label() + ": " + letter.meaning(), styles.text);
        }
        r++;
        text(legend.createRow(r++), 1, "Health: OK when a touchpoint has exactly one A and at least one R.", styles.text);
        for (HealthProblem problem : HealthProblem.values()) {
            Row row = legend.createRow(r++);
            text(row, 0, problem.label(), styles.gap);
            text(row, 1, switch (problem) {
                case NO_A -> "Nobody is accountable: the touchpoint becomes a priority for none.";
                case MULTIPLE_A -> "Two or more functions are accountable: agree on one owner.";
                case NO_R -> "Nobody is responsible for doing the work.";
            }, styles.text);
        }
        legend.setColumnWidth(0, 8 * 256);
        legend.setColumnWidth(1, 80 * 256);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        XlsxSheets.text(row, column, value, style);
    }

    /** Cell styles are per workbook and limited in number: create each once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle functionHeader;
        final CellStyle stageHeading;
        final CellStyle text;
        final CellStyle empty;
        final CellStyle ok;
        final CellStyle gap;
        final Map<RaciLetter, CellStyle> letters = new EnumMap<>(RaciLetter.class);

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = bordered(workbook);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setVerticalAlignment(VerticalAlignment.BOTTOM);
            header.setWrapText(true);
            functionHeader = workbook.createCellStyle();
            functionHeader.cloneStyleFrom(header);
            functionHeader.setRotation((short) 90);
            functionHeader.setAlignment(HorizontalAlignment.CENTER);
            stageHeading = workbook.createCellStyle();
            stageHeading.setFont(bold);
            stageHeading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            stageHeading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(workbook);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            empty = bordered(workbook);
            ok = bordered(workbook);
            gap = bordered(workbook);
            gap.setFont(bold);
            gap.setFillForegroundColor(IndexedColors.CORAL.getIndex());
            gap.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            FILLS.forEach((letter, colour) -> {
                CellStyle style = bordered(workbook);
                style.setFont(bold);
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setFillForegroundColor(colour.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                letters.put(letter, style);
            });
        }

        private static CellStyle bordered(SXSSFWorkbook workbook) {
            return XlsxSheets.bordered(workbook);
        }
    }
}
