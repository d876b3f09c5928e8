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
