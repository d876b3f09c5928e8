package org.cxplanner.calendar;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * Writes calendar entries as iCalendar (RFC 5545) with biweekly: all-day events as dates; meetings in their own
 * zone with a VTIMEZONE made from Java's zone rules (no download), so a weekly meeting keeps its local time across
 * daylight-saving changes.
 */
@Component
public class IcsWriter {

    private static final String DOMAIN = "@cx-planner";
    private final String publicUrl;

    IcsWriter(@Value("${cxp.public-url}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String write(String name, List<CalendarEntry> entries, Instant now) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//CX Partnership Planner//Calendar feed//EN");
        ical.setName(name);
        ical.setExperimentalProperty("X-WR-CALNAME", name);
        ical.setRefreshInterval(biweekly.util.Duration.builder().hours(1).build());
        ical.setExperimentalProperty("X-PUBLISHED-TTL", "PT1H");
        Map<ZoneId, TimezoneAssignment> zones = new HashMap<>();
        for (CalendarEntry entry : entries) {
            ical.addEvent(event(ical, entry, now, zones));
        }
        return Biweekly.write(ical).go();
    }

    private VEvent event(ICalendar ical, CalendarEntry entry, Instant now, Map<ZoneId, TimezoneAssignment> zones) {
        VEvent event = new VEvent();
        event.setUid(entry.uid() + DOMAIN);
        event.setSequence(entry.sequence());
        event.setDateTimeStamp(Date.from(now));
        event.setSummary(entry.summary());
        if (entry.description() != null) {
            event.setDescription(entry.description());
        }
        if (entry.route() != null) {
            event.setUrl(publicUrl + "/" + entry.route());
        }
        if (entry.isAllDay()) {
            event.setDateStart(date(entry.day()), false);
            event.setDateEnd(date(entry.day().plusDays(1)), false);
            event.setTransparency(true);
        } else {
            TimezoneAssignment zone = zones.computeIfAbsent(entry.start().getZone(), IcsWriter::assignment);
            event.setDateStart(Date.from(entry.start().toInstant()), true);
            event.setDateEnd(Date.from(entry.start().plus(entry.length()).toInstant()), true);
            ical.getTimezoneInfo().setTimezone(event.getDateStart(), zone);
            ical.getTimezoneInfo().setTimezone(event.getDateEnd(), zone);
            if (entry.weekly() != null) {
                event.setRecurrenceRule(new Recurrence.Builder(Frequency.WEEKLY)
                        .byDay(biweekly.util.DayOfWeek.valueOf(entry.weekly().name())).build());
            }
        }
        event.setStatus(entry.cancelled() ? Status.cancelled() : Status.confirmed());
        return event;
    }

    private static ICalDate date(LocalDate day) {
        return new ICalDate(new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), false);
    }

    /**
     * A VTIMEZONE for {@code zone} with every offset change from a year ago to ten years ahead, taken from the JVM's
     * zone rules (a zone without changes gets one standard observance).
     */
    static TimezoneAssignment assignment(ZoneId zone) {
        VTimezone component = new VTimezone(zone.getId());
        var rules = zone.getRules();
        Instant from = Instant.now().minusSeconds(366L * 86400);
        Instant until = Instant.now().plusSeconds(10L * 366 * 86400);
        ZoneOffsetTransition transition = rules.nextTransition(from);
        if (transition == null || transition.getInstant().isAfter(until)) {
            StandardTime standard = new StandardTime();
            var offset = rules.getOffset(from);
            standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
            standard.setTimezoneOffsetFrom(utc(offset.getTotalSeconds()));
            standard.setTimezoneOffsetTo(utc(offset.getTotalSeconds()));
            component.addStandardTime(standard);
        }
        while (transition != null && !transition.getInstant().isAfter(until)) {
            boolean daylight = rules.isDaylightSavings(transition.getInstant());
            Observance observance = daylight ? new DaylightSavingsTime() : new StandardTime();
            LocalDateTime local = transition.getDateTimeBefore();
            observance.setDateStart(new DateTimeComponents(local.getYear(), local.getMonthValue(), local.getDayOfMonth(),
                    local.getHour(), local.getMinute(), local.getSecond(), false));
            observance.setTimezoneOffsetFrom(utc(transition.getOffsetBefore().getTotalSeconds()));
            observance.setTimezoneOffsetTo(utc(transition.getOffsetAfter().getTotalSeconds()));
            if (daylight) {
                component.addDaylightSavingsTime((DaylightSavingsTime) observance);
            } else {
                component.addStandardTime((StandardTime) observance);
            }
            transition = rules.nextTransition(transition.getInstant());
        }
        return new TimezoneAssignment(TimeZone.getTimeZone(zone), component);
    }

    private static UtcOffset utc(int totalSeconds) {
        return new UtcOffset(totalSeconds * 1000L);
    }

    /** Checks the text as RFC 5545 (for tests and the benchmark): the warnings biweekly gives, none when valid. */
    public static String problems(String ics) {
        ICalendar parsed = Biweekly.parse(ics).first();
        return parsed == null ? "not iCalendar" : parsed.validate(ICalVersion.V2_0).toString();
    }
}
