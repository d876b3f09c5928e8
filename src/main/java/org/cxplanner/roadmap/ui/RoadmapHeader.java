package org.cxplanner.roadmap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.cxplanner.base.ui.Markup;
import org.jsoup.nodes.Element;

/** Timeline | List, the screen's main action and its exports, at the top of both roadmap screens. */
class RoadmapHeader extends HorizontalLayout {

    enum Shown { TIMELINE, LIST }

    RoadmapHeader(Shown shown, Component... actions) {
        // Plain links navigate within the application as RouterLinks do, without two components per open tab.
        Element timeline = Markup.link("roadmap", null, "Timeline");
        Element list = Markup.link("roadmap/list", null, "List");
        (shown == Shown.TIMELINE ? timeline : list).attr("aria-current", "page");
        Markup switcher = new Markup(timeline, list);
        switcher.addClassName("view-switch");
        switcher.getElement().setAttribute("aria-label", "Roadmap view");
        setWidthFull();
        setWrap(true);
        setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(switcher);
        add(actions);
    }
}
