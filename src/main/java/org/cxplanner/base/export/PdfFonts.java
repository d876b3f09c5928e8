package org.cxplanner.base.export;

import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one way text goes into a PDF. Fonts: DejaVu Sans, then Symbola (symbols and emoji), then Droid Sans Fallback
 * (Chinese, Japanese, Korean), all bundled, chosen glyph by glyph, so the text survives on any machine; a character
 * none of them has prints as a visible box instead of leaving a silent gap. Text is laid out with the bidirectional
 * algorithm everywhere, titles and body alike, so Arabic is joined and right-to-left runs read right (a plain
 * {@code Paragraph} skips both: the minutes drew Arabic reversed). Loaded once, on first use.
 */
@Component
public class PdfFonts {

    private volatile Fonts fonts;

    /** Printed for a character no bundled font has. */
    static final String MISSING = "\u25A1";

    /** Text in the body font, falling back to the symbol and CJK fonts glyph by glyph. */
    public Phrase phrase(String text, float size, boolean bold) {
        Fonts f = fonts();
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(bold ? f.bold() : f.regular(), size));
        selector.addFont(new Font(f.symbols(), size));
        selector.addFont(new Font(f.cjk(), size));
        return selector.process(printable(text, f));
    }

    /**
     * A block of text (a title, a line, a note) as the document's next element: a borderless full-width cell, the
     * element OpenPDF lays out with the bidirectional algorithm and Arabic shaping.
     */
    public PdfPTable paragraph(String text, float size, boolean bold, float spacingAfter) {
        return paragraph(0, spacingAfter, phrase(text, size, bold));
    }

    /** Several runs of text (say a bold title and a smaller detail) as one block, indented by {@code indent} points. */
    public PdfPTable paragraph(float indent, float spacingAfter, Phrase... runs) {
        Phrase all = new Phrase();
        for (Phrase run : runs) {
            all.add(run);
        }
        PdfPCell cell = new PdfPCell(all);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingLeft(indent);
        cell.setPaddingBottom(spacingAfter + 2);
        cell.setUseAscender(true);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.addCell(cell);
        return block;
    }

    /** Drops the invisible joiners and selectors no font draws, and marks characters none of the fonts has. */
    private static String printable(String text, Fonts f) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
                return;
            }
            if (Character.isISOControl(cp) || Character.isWhitespace(cp) || f.regular().charExists(cp)
                    || f.symbols().charExists(cp) || f.cjk().charExists(cp) || Character.getType(cp) == Character.FORMAT) {
                out.appendCodePoint(cp);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    /** How wide {@code text} is in the body font, in points (for fitting titles into bars). */
    public float width(String text, float size, boolean bold) {
        Fonts f = fonts();
        return (bold ? f.bold() : f.regular()).getWidthPoint(text == null ? "" : text, size);
    }

    /** {@code text}, cut with an ellipsis so it fits {@code maxWidth} points. */
    public String fit(String text, float size, boolean bold, float maxWidth) {
        if (text == null || width(text, size, bold) <= maxWidth) {
            return text == null ? "" : text;
        }
        int end = text.length();
        while (end > 0 && width(text.substring(0, end) + "…", size, bold) > maxWidth) {
            end--;
        }
        return end == 0 ? "" : text.substring(0, end).strip() + "…";
    }

    /** A table cell that runs the bidi algorithm, so mixed Hebrew/Arabic and Latin text reads right. */
    public PdfPCell cell(String text, float size, boolean bold) {
        PdfPCell cell = new PdfPCell(phrase(text, size, bold));
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        return cell;
    }

    private Fonts fonts() {
        Fonts loaded = fonts;
        if (loaded == null) {
            synchronized (this) {
                if (fonts == null) {
                    fonts = new Fonts(load("fonts/DejaVuSans.ttf"), load("fonts/DejaVuSans-Bold.ttf"), load("fonts/Symbola.ttf"),
                            load("fonts/DroidSansFallback.ttf"));
                }
                loaded = fonts;
            }
        }
        return loaded;
    }

    private static BaseFont load(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing font " + path, e);
        }
    }

    private record Fonts(BaseFont regular, BaseFont bold, BaseFont symbols, BaseFont cjk) {
    }
}
