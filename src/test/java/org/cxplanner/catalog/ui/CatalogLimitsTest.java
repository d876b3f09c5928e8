package org.cxplanner.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.catalog.ui.CatalogView;
import org.cxplanner.indicators.IndicatorService;
import org.cxplanner.indicators.MeasurementImport;
import org.cxplanner.indicators.MeasurementImportService;
import org.cxplanner.indicators.ui.ScorecardView;
import org.cxplanner.messaging.ui.MessageView;
import org.cxplanner.roadmap.ui.RoadmapTimelineView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cxplanner.KaribuTest;
import org.cxplanner.IntegrationTest;

/** Limits the database enforces are checked first and said in words next to the field (issue: nothing fails silently). */
class CatalogLimitsTest extends KaribuTest {

    @Test
    void aTouchpointNameOverItsLimitSaysSo() {
        loginAndOpen("cco", "catalog");
        CatalogView view = _get(CatalogView.class);
        _click(view.touchpoints.add);
        var dialog = _get(TouchpointDialog.class);
        _setValue(dialog.name, "n".repeat(121));
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isNotBlank();
        _click(dialog.save);
        assertThat(dialog.name.getErrorMessage()).isNotBlank();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM touchpoint WHERE length(name) > 120", Integer.class)).isZero();
    }
}
