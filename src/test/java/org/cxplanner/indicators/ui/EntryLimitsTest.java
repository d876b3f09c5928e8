package org.cxplanner.indicators.ui;

import org.cxplanner.indicators.ui.ScorecardView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.cxplanner.KaribuTest;

/** Limits the database enforces are checked first and said in words next to the field (issue: nothing fails silently). */
class EntryLimitsTest extends KaribuTest {

    @Test
    void aNumberTooLargeForTheScorecardIsRefusedNextToItsField() {
        loginAndOpen("cmo", "indicators");
        int before = measurements();
        _click(_get(ScorecardView.class).enter);
        var dialog = _get(WeeklyEntryDialog.class);
        var field = dialog.fields.values().iterator().next();
        _setValue(field, new BigDecimal("100000000000000"));
        _click(dialog.save);
        assertThat(field.getHelperText()).as("first the planner asks whether the number is meant").contains("right?");
        _click(dialog.save);
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith("Too large");
        assertThat(measurements()).isEqualTo(before);

        _setValue(field, new BigDecimal("99999999999.999"));
        _click(dialog.save);
        assertThat(field.getHelperText()).as("far outside the usual numbers: asked first").contains("right?");
        assertThat(measurements()).isEqualTo(before);
        _click(dialog.save);
        assertThat(measurements()).as("the largest number that fits is kept").isEqualTo(before + 1);
    }

    private int measurements() {
        return jdbc.queryForObject("SELECT count(*) FROM measurement", Integer.class);
    }
}
