package org.cxplanner.base.ui;

import org.cxplanner.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class UserMenuTest extends KaribuTest {

    @Test
    void showsWhoIsSignedInAndTheirEntries() {
        loginAndOpen("cmo", "");
        UserMenu menu = _get(UserMenu.class);
        assertThat(menu.shownText()).contains("Maria Marketing-Lead").contains("CMO (marketing lead)");
        assertThat(menu.entryLabels()).containsExactly("Change password…", "Notifications and e-mail…", "Calendar feed…", "Access tokens…", "Sign out");
        assertThat(menu.getElement().getProperty("innerHTML")).as("the browser opens and closes the entries itself")
                .contains("popovertarget=\"user-menu-entries\"").contains("popover=\"auto\"");
        assertThat(menu.versionShown()).as("the release, as Maven built it").isEqualTo("CX Partnership Planner " + version.version())
                .matches("CX Partnership Planner \\d+\\.\\d+\\.\\d+.*");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.cxplanner.base.AppVersion version;

    @Test
    void anEntryThatIsNotInTheMenuDoesNothing() {
        loginAndOpen("viewer", "");
        UserMenu menu = _get(UserMenu.class);
        menu.chosen("7");
        menu.chosen("<script>");
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class)).isEmpty();
    }
}
