package org.cxplanner.calendar.ui;

import org.cxplanner.base.ui.UserMenuAction;
import org.cxplanner.calendar.CalendarFeedService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Calendar feed…" in the user menu. */
@Component
@Order(30)
class CalendarFeedAction implements UserMenuAction {

    private final CalendarFeedService feeds;

    CalendarFeedAction(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @Override
    public String label() {
        return "Calendar feed…";
    }

    @Override
    public void run() {
        new CalendarFeedDialog(feeds).open();
    }
}
