package org.cxplanner.base.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** What every workbook export shares: safe text cells, bordered styles and a landscape print set-up. */
public final class XlsxSheets {

    private XlsxSheets() {
    }

    /**
     * A text cell. A string cell is never evaluated, and the quote prefix keeps formula-like text as text even when
     * the sheet is copied or saved again as CSV.
     */
    public static Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(SafeCells.looksLikeFormula(value) ? quoted(row.getSheet().getWorkbook(), style) : style);
        return cell;
    }

    public static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** A bold, grey header cell. */
    public static CellStyle header(Workbook workbook) {
        org.apache.poi.ss.usermodel.Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = bordered(workbook);
        header.setFont(bold);
        header.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
        return header;
    }

    /** A bordered text cell that wraps and reads from the top. */
    public static CellStyle wrapped(Workbook workbook) {
        CellStyle text = bordered(workbook);
        text.setWrapText(true);
        text.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        return text;
    }

    /** The header row, then widths in characters, frozen panes and the print set-up of a plain table sheet. */
    public static void tableSheet(Sheet sheet, java.util.List<String> headers, int[] widths, int frozenColumns, String title) {
        Row first = sheet.createRow(0);
        CellStyle style = header(sheet.getWorkbook());
        for (int c = 0; c < headers.size(); c++) {
            text(first, c, headers.get(c), style);
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(frozenColumns, 1);
        printSetup(sheet, title);
    }

    /** Landscape A4, one page wide, the first row repeated on every page, the title on top and page numbers below. */
    public static void printSetup(Sheet sheet, String title) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.getHeader().setCenter(title);
        sheet.getFooter().setRight("Page &P of &N");
    }

    private static CellStyle quoted(Workbook workbook, CellStyle style) {
        CellStyle copy = workbook.createCellStyle();
        copy.cloneStyleFrom(style);
        copy.setQuotePrefixed(true);
        return copy;
    }
}
