package org.cxplanner.base.export;

import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The fonts of every PDF: DejaVu Sans with Symbola as fallback (both bundled), so accents, right-to-left scripts
 * and emoji survive on any machine. Loaded once, on first use.
 */
@Component
public class PdfFonts {

    private volatile Fonts fonts;

    /** Text in the body font, falling back to the symbol font glyph by glyph. */
    public Phrase phrase(String text, float size, boolean bold) {
        Fonts f = fonts();
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(bold ? f.bold() : f.regular(), size));
        selector.addFont(new Font(f.symbols(), size));
        return selector.process(text == null ? "" : text);
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
                    fonts = new Fonts(load("fonts/DejaVuSans.ttf"), load("fonts/DejaVuSans-Bold.ttf"), load("fonts/Symbola.ttf"));
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

    private record Fonts(BaseFont regular, BaseFont bold, BaseFont symbols) {
    }
}
