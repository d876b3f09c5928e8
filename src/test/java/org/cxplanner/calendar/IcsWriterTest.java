package org.cxplanner.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The iCalendar text: valid RFC 5545, dates as dates, a weekly meeting in its zone with that zone's rules. */
@Tag("unit")
class IcsWriterTest {

    private final IcsWriter writer = new IcsWriter("https://planner.example.com/");

    @Test
    void writesValidICalendarThatReadsBackTheSame() {
        var berlin = ZoneId.of("Europe/Berlin");
        String ics = writer.write("CX planner", List.of(
                CalendarEntry.allDay("milestone-7-1", 3, "Milestone: Copy approved", "Pricing page clarity", "roadmap/7",
                        LocalDate.of(2026, 12, 15), false),
                CalendarEntry.allDay("initiative-9-start", 5, "Starts: Old idea", null, null, LocalDate.of(2026, 12, 1), true),
                CalendarEntry.weekly("review", 2, "Weekly CX planning review", null, "reviews",
                        LocalDateTime.of(2026, 12, 7, 10, 0).atZone(berlin), Duration.ofMinutes(60))), Instant.parse("2026-12-06T12:00:00Z"));

        assertThat(IcsWriter.problems(ics)).isEmpty();
        assertThat(ics).contains("DTSTART;VALUE=DATE:20261215", "DTEND;VALUE=DATE:20261216", "UID:milestone-7-1@cx-planner",
                "SEQUENCE:3", "URL:https://planner.example.com/roadmap/7", "STATUS:CANCELLED",
                "DTSTART;TZID=Europe/Berlin:20261207T100000", "RRULE:FREQ=WEEKLY;BYDAY=MO", "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
                "BEGIN:DAYLIGHT", "TZOFFSETTO:+0200");
        ICalendar parsed = Biweekly.parse(ics).first();
        assertThat(parsed.getEvents()).extracting(e -> e.getUid().getValue())
                .containsExactly("milestone-7-1@cx-planner", "initiative-9-start@cx-planner", "review@cx-planner");
        VEvent review = parsed.getEvents().get(2);
        assertThat(review.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-12-07T09:00:00Z"));
    }
}
