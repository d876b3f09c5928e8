package org.cxplanner.roadmap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;

/** Timeline | List, the screen's main action and its exports, at the top of both roadmap screens. */
class RoadmapHeader extends HorizontalLayout {

    enum Shown { TIMELINE, LIST }

    RoadmapHeader(Shown shown, Component... actions) {
        RouterLink timeline = new RouterLink("Timeline", RoadmapTimelineView.class);
        RouterLink list = new RouterLink("List", RoadmapListView.class);
        (shown == Shown.TIMELINE ? timeline : list).getElement().setAttribute("aria-current", "page");
        HorizontalLayout switcher = new HorizontalLayout(timeline, list);
        switcher.addClassName("view-switch");
        setWidthFull();
        setWrap(true);
        setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(switcher);
        add(actions);
    }
}
