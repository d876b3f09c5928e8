package org.cxplanner.base.ui;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import org.jsoup.Jsoup;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Chooses an entry of the shell's user menu, as the browser reports a click on it to the menu's one listener. */
public final class UserMenuTesting {

    private UserMenuTesting() {
    }

    public static void choose(String label) {
        UserMenu menu = _get(UserMenu.class);
        var entry = Jsoup.parseBodyFragment(menu.getElement().getProperty("innerHTML", ""))
                .select("[" + UserMenu.ACTION_ATTRIBUTE + "]").stream()
                .filter(e -> e.text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No entry '" + label + "' in " + menu.entryLabels()));
        var data = JacksonUtils.createObjectNode();
        data.put(UserMenu.ON_ENTRY, true);
        data.put(UserMenu.CLICKED, entry.attr(UserMenu.ACTION_ATTRIBUTE));
        ElementUtilsKt._fireDomEvent(menu.getElement(), new DomEvent(menu.getElement(), "click", data));
    }
}
