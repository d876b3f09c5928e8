package org.cxplanner.roadmap.ui;

import org.cxplanner.base.ui.ExportLinks;
import org.cxplanner.roadmap.RoadmapFilter;

import java.time.LocalDate;

/** "Export: CSV Excel PDF" with the screen's filters (and, for the timeline's PDF, its window). */
class RoadmapExportLinks extends ExportLinks {

    RoadmapExportLinks(boolean timeline) {
        super("/export/roadmap", Format.of("CSV", "csv"), Format.of("Excel", "xlsx"), new Format("PDF", "pdf",
                timeline ? "The timeline as PDF, one page per half year" : "The timeline of these initiatives as PDF"));
    }

    void update(RoadmapFilter filter, LocalDate from) {
        String query = filter.toQueryString();
        if (from != null) {
            query = query.isEmpty() ? "from=" + from : query + "&from=" + from;
        }
        update(query);
    }
}
