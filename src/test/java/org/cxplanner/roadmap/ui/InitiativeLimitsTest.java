package org.cxplanner.roadmap.ui;

import org.cxplanner.roadmap.ui.RoadmapTimelineView;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.cxplanner.KaribuTest;

/** Limits the database enforces are checked first and said in words next to the field (issue: nothing fails silently). */
class InitiativeLimitsTest extends KaribuTest {

    @Test
    void aPastedTitleIsNotCutButRefusedWithACounter() {
        loginAndOpen("marketer", "roadmap");
        RoadmapTimelineView view = _get(RoadmapTimelineView.class);
        _click(view.create);
        var dialog = _get(InitiativeDialog.class);
        int before = jdbc.queryForObject("SELECT count(*) FROM initiative", Integer.class);
        _setValue(dialog.title, "t".repeat(10_000));
        assertThat(dialog.title.getValue()).hasSize(10_000);
        assertThat(dialog.title.getHelperText()).isEqualTo("10,000/200");
        _click(dialog.save);
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isNotBlank();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM initiative", Integer.class)).isEqualTo(before);
    }

    @Test
    void aDateFieldExplainsBadInput() {
        loginAndOpen("marketer", "roadmap");
        _click(_get(RoadmapTimelineView.class).create);
        var dialog = _get(InitiativeDialog.class);
        assertThat(dialog.start.getI18n().getBadInputErrorMessage()).contains("31/12/2026");
    }
}
