package org.cxplanner.calendar;

import java.util.List;

/** A feature's events in people's calendar feeds (roadmap dates, action items, the weekly review, send dates). */
public interface CalendarSource {

    List<CalendarEntry> entries(FeedRequest request);
}
