package org.cxplanner.base.export;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * One PDF report, set up the same way for every feature: the page (A4, upright or landscape) and its margins, the
 * bundled fonts with their fallback ({@link PdfFonts}), a title and a subtitle line, full-width tables that repeat
 * their header row on every page, and a footer with the report's title and the page number. A feature's writer
 * adds only its own blocks and rows:
 * <pre>{@code
 * try (PdfReport pdf = PdfReport.portrait(fonts, out, "Weekly review", 42)) {
 *     pdf.title("Weekly review · Week 49", "Closed by Casey");
 *     pdf.heading("Decisions");
 *     PdfPTable table = pdf.table(1, 3);
 *     ...
 *     pdf.add(table);
 * }
 * }</pre>
 */
public final class PdfReport implements AutoCloseable {

    private static final float FOOTER_SIZE = 7;
    private static final java.awt.Color GREY = new java.awt.Color(0x55, 0x5E, 0x6B);

    private final PdfFonts fonts;
    private final Document document;
    private final PdfWriter writer;

    private PdfReport(PdfFonts fonts, OutputStream out, String title, Rectangle page, float margin) {
        this.fonts = fonts;
        this.document = new Document(page, margin, margin, margin, margin + FOOTER_SIZE + 4);
        try {
            this.writer = PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new UncheckedIOException(new IOException("Could not start the PDF", e));
        }
        writer.setPageEvent(new Footer(fonts, title));
        document.addTitle(title);
        document.open();
    }

    public static PdfReport portrait(PdfFonts fonts, OutputStream out, String title, float margin) {
        return new PdfReport(fonts, out, title, PageSize.A4, margin);
    }

    public static PdfReport landscape(PdfFonts fonts, OutputStream out, String title, float margin) {
        return new PdfReport(fonts, out, title, PageSize.A4.rotate(), margin);
    }

    public PdfFonts fonts() {
        return fonts;
    }

    /** For drawing (the roadmap's timeline): the page's canvas and its size. */
    public PdfWriter writer() {
        return writer;
    }

    public Document document() {
        return document;
    }

    /** The report's first lines: its title, large and bold, and a small line saying what it is and when. */
    public PdfReport title(String title, String subtitle) {
        add(fonts.paragraph(title, 15, true, 0));
        if (subtitle != null) {
            add(fonts.paragraph(subtitle, 8, false, 4));
        }
        return this;
    }

    /** A section heading, with space above it. */
    public PdfReport heading(String text) {
        PdfPTable block = fonts.paragraph(text, 12, true, 4);
        block.setSpacingBefore(10);
        return add(block);
    }

    public PdfReport text(String text, float size, boolean bold, float spacingAfter) {
        return add(fonts.paragraph(text, size, bold, spacingAfter));
    }

    /** A full-width table with these relative column widths; its first row is the header, repeated on each page. */
    public PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        return table;
    }

    /** A header cell: bold on a light grey. */
    public PdfPCell headerCell(String text, float size) {
        PdfPCell cell = fonts.cell(text, size, true);
        cell.setBackgroundColor(new java.awt.Color(0xE6, 0xE9, 0xEF));
        return cell;
    }

    public PdfReport add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new UncheckedIOException(new IOException("Could not write the PDF", e));
        }
        return this;
    }

    public PdfReport newPage() {
        document.newPage();
        return this;
    }

    @Override
    public void close() {
        document.close();
    }

    /** "Scorecard · page 2", small and grey at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {

        private final PdfFonts fonts;
        private final String title;

        Footer(PdfFonts fonts, String title) {
            this.fonts = fonts;
            this.title = title;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            org.openpdf.text.Phrase footer = fonts.phrase(title + " · page " + writer.getPageNumber(), FOOTER_SIZE, false);
            for (Element run : footer) {
                if (run instanceof org.openpdf.text.Chunk chunk) {
                    chunk.getFont().setColor(GREY);
                }
            }
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, footer,
                    (page.getLeft() + page.getRight()) / 2, page.getBottom() + document.bottomMargin() / 2 - FOOTER_SIZE / 2, 0);
        }
    }
}
