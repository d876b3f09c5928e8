package org.cxplanner.raci.ui;

import org.cxplanner.base.ui.Markup;
import org.cxplanner.raci.HealthSummary;
import org.cxplanner.raci.RaciLetter;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The matrix's health headline ("3 touchpoints need attention") and what the letters and colours mean, as one piece
 * of markup: a layout, a text and a legend as components cost every open matrix three state nodes where one does.
 * The letter is always shown, so colour is never the only cue.
 */
class RaciHeadline extends Markup {

    private String headline = "";

    RaciHeadline() {
        addClassName("raci-header");
    }

    /** The health of the matrix, and each touchpoint whose accountable changed against a review's decision. */
    void show(HealthSummary health, List<String> againstDecisions) {
        headline = health.headline();
        Element summary = Markup.element("span", "raci-summary", headline)
                .attr("title", health.noAccountable() + " without A, " + health.multipleAccountable() + " with 2+ A, "
                        + health.noResponsible() + " without R");
        if (health.gaps() > 0) {
            summary.addClass("attention");
        }
        Element legend = new Element("span").addClass("raci-legend").attr("role", "group").attr("aria-label", "Legend");
        entries().forEach(legend::appendChild);
        List<Element> shown = new ArrayList<>(List.of(summary, legend));
        againstDecisions.forEach(flag -> shown.add(Markup.element("p", "warning decision-flag", "⚠ " + flag)));
        show(shown.toArray(Element[]::new));
    }

    /** The headline as shown. */
    String headline() {
        return headline;
    }

    private static List<Element> entries() {
        List<Element> entries = new ArrayList<>();
        for (RaciLetter letter : RaciLetter.values()) {
            Element entry = new Element("span").addClass("raci-legend-entry");
            entry.appendChild(Markup.element("span", "raci-badge raci-badge-" + letter.name(), letter.name()));
            entry.appendChild(Markup.element("span", null, letter.label()).attr("title", letter.meaning()));
            entries.add(entry);
        }
        entries.add(Markup.element("span", "raci-legend-rule", "Healthy: exactly one A and at least one R per touchpoint"));
        return entries;
    }
}
