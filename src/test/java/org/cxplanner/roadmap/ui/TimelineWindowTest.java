package org.cxplanner.roadmap.ui;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The months the timeline shows and where a day sits on it. */
@Tag("unit")
class TimelineWindowTest {

    @Test
    void theDefaultWindowStartsWithTheCurrentQuarter() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertThat(TimelineWindow.around(today, TimelineWindow.Zoom.HALF).from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(TimelineWindow.around(today, TimelineWindow.Zoom.HALF).to()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(TimelineWindow.around(today, TimelineWindow.Zoom.YEAR).from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(TimelineWindow.Zoom.parse("nonsense")).isEqualTo(TimelineWindow.Zoom.HALF);
    }

    @Test
    void aDayIsPlacedByItsShareOfTheWindowAndADropSnapsToTheNearestMonday() {
        TimelineWindow quarter = new TimelineWindow(TimelineWindow.Zoom.QUARTER, LocalDate.of(2027, 1, 15));
        assertThat(quarter.from()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(quarter.days()).isEqualTo(90);
        assertThat(quarter.percent(LocalDate.of(2027, 1, 1))).isZero();
        assertThat(quarter.percent(LocalDate.of(2027, 2, 15))).isEqualTo(50.0);
        assertThat(quarter.dayAt(0.5).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(quarter.moved(1).from()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(quarter.zoomed(TimelineWindow.Zoom.YEAR).to()).isEqualTo(LocalDate.of(2027, 12, 31));
    }
}
