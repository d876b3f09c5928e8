package org.cxplanner.base.ui;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * "Export: CSV Excel PDF": download links for a screen's export, carrying the screen's filters. Drawn as one element
 * (see {@link Markup}); the links are plain downloads, so the router leaves them alone.
 */
public class ExportLinks extends Markup {

    /** One format: its link text, the file extension the export controller serves, and an optional tooltip. */
    public record Format(String label, String extension, String title) {
        public static Format of(String label, String extension) {
            return new Format(label, extension, null);
        }
    }

    private final String path;
    private final List<Format> formats;

    /** {@code path} is the export's address without extension, such as {@code /export/raci}. */
    public ExportLinks(String path, Format... formats) {
        this.path = path;
        this.formats = List.of(formats);
        addClassName("raci-exports");
        update("");
    }

    /** Points every link at the export of what the screen shows now ({@code query} without "?", may be empty). */
    public void update(String query) {
        List<Element> content = new ArrayList<>();
        content.add(element("span", null, "Export:"));
        for (Format format : formats) {
            String href = path + "." + format.extension() + (query == null || query.isEmpty() ? "" : "?" + query);
            Element link = link(href, "raci-export-link", format.label()).attr("data-format", format.extension())
                    .attr("router-ignore", "").attr("download", "");
            if (format.title() != null) {
                link.attr("title", format.title());
            }
            content.add(link);
        }
        show(content.toArray(Element[]::new));
    }

    /** Where the link for {@code extension} points, read back from what the browser is sent. */
    public String href(String extension) {
        Element link = org.jsoup.Jsoup.parseBodyFragment(getElement().getProperty("innerHTML", ""))
                .selectFirst("a[data-format=" + extension + "]");
        return link == null ? null : link.attr("href");
    }
}
