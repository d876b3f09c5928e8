package org.cxplanner.roadmap.ui;

import org.cxplanner.base.ui.Markup;
import org.jsoup.nodes.Element;

import java.util.function.Consumer;

/**
 * Quarter | Half year | Year, as the browser's own radio buttons (arrow keys move between them) reported to one
 * change listener: a {@code RadioButtonGroup} cost every open timeline ten components (issue #11, docs/benchmarks.md).
 */
class ZoomSwitch extends Markup {

    static final String NAME = "timeline-zoom";
    /** The zoom the user picked, as the browser reports it. */
    static final String PICKED = "event.target.value";
    /** Only the zoom's own radio buttons reach the server. */
    static final String ON_ZOOM = "event.target.name === '" + NAME + "'";

    private TimelineWindow.Zoom value;

    ZoomSwitch(TimelineWindow.Zoom initial, Consumer<TimelineWindow.Zoom> onPick) {
        addClassName("zoom-switch");
        getElement().setAttribute("role", "radiogroup");
        getElement().setAttribute("aria-label", "Zoom");
        setValue(initial);
        getElement().addEventListener("change", change -> {
            TimelineWindow.Zoom picked = parse(change.getEventData().path(PICKED).asString(""));
            if (picked != null && picked != value) {
                value = picked;
                onPick.accept(picked);
            }
        }).addEventData(PICKED).setFilter(ON_ZOOM);
    }

    TimelineWindow.Zoom getValue() {
        return value;
    }

    /** Shows a zoom (from the URL) without reporting it as the user's pick. */
    void setValue(TimelineWindow.Zoom zoom) {
        value = zoom;
        Element[] options = new Element[TimelineWindow.Zoom.values().length];
        for (TimelineWindow.Zoom option : TimelineWindow.Zoom.values()) {
            Element input = new Element("input").attr("type", "radio").attr("name", NAME).attr("value", option.name());
            if (option == zoom) {
                input.attr("checked", true);
            }
            options[option.ordinal()] = new Element("label").addClass("zoom-option").appendChild(input)
                    .appendText(option.label);
        }
        show(options);
    }

    private static TimelineWindow.Zoom parse(String name) {
        for (TimelineWindow.Zoom zoom : TimelineWindow.Zoom.values()) {
            if (zoom.name().equals(name)) {
                return zoom;
            }
        }
        return null;
    }
}
