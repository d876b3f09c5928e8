package org.cxplanner.raci.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.cxplanner.raci.RaciLetter;

/** Says what the letters and colours mean; the letter is always shown, so colour is never the only cue. */
class RaciLegend extends Div {

    RaciLegend() {
        addClassName("raci-legend");
        getElement().setAttribute("aria-label", "Legend");
        for (RaciLetter letter : RaciLetter.values()) {
            Span badge = new Span(letter.name());
            badge.addClassNames("raci-badge", "raci-badge-" + letter.name());
            Span text = new Span(letter.label());
            text.setTitle(letter.meaning());
            Span entry = new Span(badge, text);
            entry.addClassName("raci-legend-entry");
            add(entry);
        }
        Span rule = new Span("Healthy: exactly one A and at least one R per touchpoint");
        rule.addClassName("raci-legend-rule");
        add(rule);
    }
}
