package org.cxplanner.base;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReadableDatesTest {

    @Test
    void daysInStoredHistoryValuesReadAsOnEveryScreen() {
        assertThat(ReadableDates.in("2026-12-15 – 2026-12-22")).isEqualTo("15 Dec 2026 – 22 Dec 2026");
        assertThat(ReadableDates.in("Created (Joint, Planned, 2027-04-19–2027-06-25)"))
                .isEqualTo("Created (Joint, Planned, 19 Apr 2027 – 25 Jun 2027)");
        assertThat(ReadableDates.of(LocalDate.of(2026, 11, 23))).isEqualTo("23 Nov 2026");
    }

    @Test
    void otherTextStaysAsItWas() {
        assertThat(ReadableDates.in("R → A")).isEqualTo("R → A");
        assertThat(ReadableDates.in("order 2026-13-45")).isEqualTo("order 2026-13-45");
        assertThat(ReadableDates.in(null)).isNull();
    }
}
