package org.cxplanner.roadmap.ui;

import org.cxplanner.roadmap.DependencyLink;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Map;

/** The timeline's dependency arrows: drawn with its markup, highlighted by the canvas's script for the bar in focus. */
final class TimelineArrows {

    private TimelineArrows() {
    }

    /**
     * One SVG over the lanes with a line per link whose two initiatives are both shown, from the predecessor's end to
     * the successor's start: markup like the bars, not a component per arrow. Across in percent of the track, down in
     * em from the top of the lanes (the lanes' heights are known here).
     */
    static Element svg(List<DependencyLink> links, Map<Long, double[]> placed) {
        Element svg = new Element("svg").addClass("timeline-links").attr("aria-hidden", "true").attr("focusable", "false");
        svg.appendChild(new Element("defs")
                .appendChild(marker("arrow", "#5f6b7a"))
                .appendChild(marker("arrow-conflict", "#a4281b")));
        for (DependencyLink link : links) {
            double[] from = placed.get(link.predecessor().id());
            double[] to = placed.get(link.successor().id());
            if (from == null || to == null) {
                continue;
            }
            boolean conflict = link.conflict();
            svg.appendChild(new Element("line").addClass(conflict ? "conflict" : "link")
                    .attr("x1", TimelineCanvas.num(clamp(from[1])) + "%").attr("y1", TimelineCanvas.num(from[2]) + "em")
                    .attr("x2", TimelineCanvas.num(clamp(to[0])) + "%").attr("y2", TimelineCanvas.num(to[2]) + "em")
                    .attr("marker-end", "url(#" + (conflict ? "arrow-conflict" : "arrow") + ")")
                    .attr("data-from", String.valueOf(link.predecessor().id()))
                    .attr("data-to", String.valueOf(link.successor().id())));
        }
        return svg;
    }

    private static Element marker(String id, String colour) {
        return new Element("marker").attr("id", id).attr("viewBox", "0 0 8 8").attr("refX", "7").attr("refY", "4")
                .attr("markerWidth", "7").attr("markerHeight", "7").attr("orient", "auto-start-reverse")
                .appendChild(new Element("path").attr("d", "M0,0 L8,4 L0,8 z").attr("fill", colour));
    }

    private static double clamp(double percent) {
        return Math.max(0, Math.min(100, percent));
    }
}
