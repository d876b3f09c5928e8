package org.cxplanner.raci.ui;

import org.cxplanner.base.ui.Markup;
import org.cxplanner.raci.RaciLetter;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** Says what the letters and colours mean; the letter is always shown, so colour is never the only cue. */
class RaciLegend extends Markup {

    RaciLegend() {
        show(entries());
        addClassName("raci-legend");
        getElement().setAttribute("aria-label", "Legend");
    }

    private static Element[] entries() {
        List<Element> entries = new ArrayList<>();
        for (RaciLetter letter : RaciLetter.values()) {
            Element entry = new Element("span").addClass("raci-legend-entry");
            entry.appendChild(Markup.element("span", "raci-badge raci-badge-" + letter.name(), letter.name()));
            entry.appendChild(Markup.element("span", null, letter.label()).attr("title", letter.meaning()));
            entries.add(entry);
        }
        entries.add(Markup.element("span", "raci-legend-rule", "Healthy: exactly one A and at least one R per touchpoint"));
        return entries.toArray(Element[]::new);
    }
}
