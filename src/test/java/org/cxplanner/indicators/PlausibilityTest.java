package org.cxplanner.indicators;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PlausibilityTest {

    private static List<BigDecimal> values(String... numbers) {
        return Stream.of(numbers).map(BigDecimal::new).toList();
    }

    @Test
    void aNumberFarOutsideTheRecentRangeIsQuestionedWithThatRange() {
        List<BigDecimal> nps = values("38", "40", "41", "39", "42", "44", "43", "41", "40", "42", "43", "44", "42");
        assertThat(Plausibility.question(nps, new BigDecimal("125"))).hasValue("Is 125 right? The last 13 were 38–44.");
        assertThat(Plausibility.question(values("120", "124", "131", "128"), new BigDecimal("9")))
                .hasValue("Is 9 right? The last 4 were 120–131.");
    }

    @Test
    void ordinaryMovementAndShortHistoriesAreNotQuestioned() {
        List<BigDecimal> nps = values("38", "40", "41", "39", "42", "44");
        assertThat(Plausibility.question(nps, new BigDecimal("47"))).isEmpty();
        assertThat(Plausibility.question(nps, new BigDecimal("33.5"))).isEmpty();
        assertThat(Plausibility.question(values("2.6", "2.4", "2.5", "2.6"), new BigDecimal("1.8"))).isEmpty();
        assertThat(Plausibility.question(values("40", "41", "42"), new BigDecimal("125"))).as("three values say too little").isEmpty();
    }
}
