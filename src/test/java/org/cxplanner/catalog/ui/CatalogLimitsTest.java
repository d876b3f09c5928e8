package org.cxplanner.catalog.ui;

import org.cxplanner.catalog.ui.CatalogView;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.cxplanner.KaribuTest;

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
