package org.cxplanner.base.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * Read-only content drawn as one element from markup built with jsoup, which escapes every text and attribute.
 * Vaadin keeps server state for each component and text of a screen for as long as the screen is open (about 1 KB
 * each, see docs/benchmarks.md); a line that only shows and links does not need any, so long lists of such lines
 * are drawn this way. Plain links inside still navigate within the application.
 */
@Tag(Tag.DIV)
public class Markup extends Div {

    /**
     * Characters outside Latin-1 ("·", "—", "–") are written as character references: Java keeps a string with
     * any such character at two bytes per character, and Vaadin keeps this markup for as long as the screen is open.
     */
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false)
            .charset(java.nio.charset.StandardCharsets.ISO_8859_1);

    public Markup(Element... content) {
        show(content);
    }

    /** Replaces what is shown. */
    public void show(Element... content) {
        Document holder = new Document("");
        holder.outputSettings(COMPACT);
        for (Element element : content) {
            holder.appendChild(element.clone());
        }
        getElement().setProperty("innerHTML", holder.html());
    }

    /** The text a reader sees, for tests and accessibility checks. */
    public String shownText() {
        return org.jsoup.Jsoup.parseBodyFragment(getElement().getProperty("innerHTML", "")).text();
    }

    /** An element with a class and text (escaped). */
    public static Element element(String tag, String className, String text) {
        Element element = new Element(tag).text(text == null ? "" : text);
        if (className != null) {
            element.addClass(className);
        }
        return element;
    }

    /**
     * A small read-only table (a few dozen rows at most: larger lists belong in a lazy grid), or the {@code empty}
     * sentence when there are no rows.
     */
    public static Element table(List<String> headers, List<List<Element>> rows, String empty) {
        if (rows.isEmpty()) {
            return element("p", "table-empty", empty);
        }
        Element head = new Element("tr");
        headers.forEach(header -> head.appendChild(element("th", null, header).attr("scope", "col")));
        Element body = new Element("tbody");
        for (List<Element> cells : rows) {
            Element row = new Element("tr");
            cells.forEach(row::appendChild);
            body.appendChild(row);
        }
        return new Element("table").addClass("plain-table").appendChild(new Element("thead").appendChild(head)).appendChild(body);
    }

    /** A table cell with text. */
    public static Element cell(String text) {
        return element("td", null, text);
    }

    /** A link within the application, like Vaadin's {@code Anchor}. */
    public static Element link(String href, String className, String text) {
        return element("a", className, text).attr("href", href);
    }
}
