package org.cxplanner.catalog.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import org.cxplanner.catalog.Touchpoint;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Lets tests of other features drive the catalog view as a user would. */
public final class CatalogViewAccess {

    private CatalogViewAccess() {
    }

    public static void selectTouchpointAndOpenHistory(String name) {
        CatalogView view = _get(CatalogView.class);
        Touchpoint touchpoint = GridKt._findAll(view.touchpoints.grid).stream()
                .filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
        view.touchpoints.grid.select(touchpoint);
        _click(view.touchpoints.history);
    }
}
