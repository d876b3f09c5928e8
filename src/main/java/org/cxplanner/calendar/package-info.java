/**
 * Calendar feeds (iCalendar, RFC 5545): each person's secret feed address ({@code CalendarFeedService}), the events
 * features contribute ({@code CalendarSource}: roadmap dates, action items, the weekly review, send dates), written
 * with biweekly ({@code IcsWriter}); and "Add to calendar" files.
 */
package org.cxplanner.calendar;
