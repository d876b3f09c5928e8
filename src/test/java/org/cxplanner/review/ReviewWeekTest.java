package org.cxplanner.review;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** ISO weeks as the review names them, across month and year ends. */
@Tag("unit")
class ReviewWeekTest {

    @Test
    void aDayBelongsToItsIsoWeekEvenAcrossTheYearEnd() {
        assertThat(ReviewWeek.of(LocalDate.of(2026, 12, 31))).isEqualTo(new ReviewWeek(2026, 53));
        assertThat(ReviewWeek.of(LocalDate.of(2027, 1, 3))).isEqualTo(new ReviewWeek(2026, 53));
        assertThat(ReviewWeek.of(LocalDate.of(2027, 1, 4))).isEqualTo(new ReviewWeek(2027, 1));
        assertThat(new ReviewWeek(2026, 53).next()).isEqualTo(new ReviewWeek(2027, 1));
        assertThat(new ReviewWeek(2027, 1).previous()).isEqualTo(new ReviewWeek(2026, 53));
    }

    @Test
    void theLabelSaysTheWeekAndItsDays() {
        assertThat(new ReviewWeek(2026, 48).label()).isEqualTo("Week 48 · 23–29 Nov 2026");
        assertThat(new ReviewWeek(2026, 49).label()).isEqualTo("Week 49 · 30 Nov–6 Dec 2026");
        assertThat(new ReviewWeek(2026, 53).label()).isEqualTo("Week 53 · 28 Dec 2026–3 Jan 2027");
    }

    @Test
    void anAddressNamesAWeekOrNothing() {
        assertThat(ReviewWeek.parse("2026-W49")).contains(new ReviewWeek(2026, 49));
        assertThat(ReviewWeek.parse(new ReviewWeek(2026, 5).toString())).contains(new ReviewWeek(2026, 5));
        assertThat(ReviewWeek.parse("2026-W60")).isEmpty();
        assertThat(ReviewWeek.parse("next week")).isEmpty();
    }
}
