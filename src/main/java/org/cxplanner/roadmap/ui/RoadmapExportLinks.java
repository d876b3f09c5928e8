package org.cxplanner.roadmap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.cxplanner.roadmap.RoadmapFilter;

import java.time.LocalDate;
import java.util.List;

/** "Export: CSV Excel PDF" with the screen's filters (and, for the timeline's PDF, its window). */
class RoadmapExportLinks extends Composite<Div> {

    final Anchor csv = link("CSV", "csv");
    final Anchor xlsx = link("Excel", "xlsx");
    final Anchor pdf = link("PDF", "pdf");

    RoadmapExportLinks(boolean timeline) {
        getContent().add(new Span("Export:"), csv, xlsx, pdf);
        getContent().addClassName("raci-exports");
        pdf.setTitle(timeline ? "The timeline as PDF, one page per half year" : "The timeline of these initiatives as PDF");
    }

    void update(RoadmapFilter filter, LocalDate from) {
        String query = filter.toQueryString();
        if (from != null) {
            query = query.isEmpty() ? "from=" + from : query + "&from=" + from;
        }
        for (Anchor link : List.of(csv, xlsx, pdf)) {
            String format = link.getElement().getAttribute("data-format");
            link.setHref("/export/roadmap." + format + (query.isEmpty() ? "" : "?" + query));
        }
    }

    private static Anchor link(String text, String format) {
        Anchor link = new Anchor("/export/roadmap." + format, text);
        link.getElement().setAttribute("data-format", format);
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().setAttribute("download", true);
        link.addClassName("raci-export-link");
        return link;
    }
}
