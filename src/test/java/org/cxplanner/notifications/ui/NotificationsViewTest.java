package org.cxplanner.notifications.ui;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.dom.DomEvent;
import org.cxplanner.KaribuTest;
import org.cxplanner.messaging.MessageAlignment;
import org.cxplanner.security.Roles;
import org.cxplanner.security.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The notification list: what was asked of me, a link to it, read when opened, all read at once. */
class NotificationsViewTest extends KaribuTest {

    @Autowired
    private MessageAlignment alignment;

    @Test
    void theCcoSeesTheRequestOpensItAndTheListSaysAllRead() {
        askTheCcoToSign();
        loginAndOpen("cco", "");
        assertThat(shownText(_get(org.cxplanner.base.ui.HomeView.class))).contains("1unread notification");
        loginAndOpen("cco", "notifications");
        NotificationsView view = _get(NotificationsView.class);
        assertThat(view.summary.getText()).isEqualTo("1 unread.");
        String html = view.list.getElement().getProperty("innerHTML");
        assertThat(html).contains("Your sign-off is asked for: Year-end product tips", "Maria Marketing-Lead", "notification-unread");
        String id = org.jsoup.Jsoup.parse(html).selectFirst("a[data-notification]").attr("data-notification");

        var data = com.vaadin.flow.internal.JacksonUtils.createObjectNode();
        data.put(NotificationsView.ON_ENTRY, true);
        data.put(NotificationsView.OPENED, id);
        ElementUtilsKt._fireDomEvent(view.list.getElement(), new DomEvent(view.list.getElement(), "click", data));
        view.load();
        assertThat(view.summary.getText()).isEqualTo("All read.");
        assertThat(view.markAll.isEnabled()).isFalse();
    }

    @Test
    void markAllReadEmptiesTheUnreadCount() {
        askTheCcoToSign();
        loginAndOpen("cco", "notifications");
        NotificationsView view = _get(NotificationsView.class);
        _click(view.markAll);
        assertThat(view.summary.getText()).isEqualTo("All read.");
        assertThat(view.list.getElement().getProperty("innerHTML")).contains("notification-read");
    }

    @Test
    void someoneNobodyToldSeesAnEmptyList() {
        loginAndOpen("viewer", "notifications");
        assertThat(_get(NotificationsView.class).summary.getText()).startsWith("Nothing yet.");
    }

    @Test
    void theBellInTheTopBarCountsUnreadAndUpdatesLiveWhenSomeoneAsks() {
        loginAndOpen("cco", "");
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.unread()).isZero();
        assertThat(bell.getElement().getProperty("innerHTML")).contains("aria-label=\"Notifications: none unread\"")
                .doesNotContain("bell-count");
        // The CMO works in another session, so on another thread; the change reaches this tab through the channel.
        java.util.concurrent.CompletableFuture.runAsync(this::askTheCcoToSign).join();
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            assertThat(bell.unread()).isEqualTo(1);
        });
        assertThat(bell.getElement().getProperty("innerHTML")).contains("Notifications: 1 unread", "bell-count", "href=\"notifications\"");

        UI_navigate("notifications");
        _click(_get(NotificationsView.class).markAll);
        assertThat(_get(NotificationBell.class).unread()).as("this tab's own change").isZero();
    }

    @Test
    void aMailsPreferencesLinkOpensTheSettings() {
        login("cx");
        com.vaadin.flow.component.UI.getCurrent().navigate("notifications", com.vaadin.flow.router.QueryParameters.fromString("settings"));
        _get(NotificationSettingsDialog.class);
    }

    private static void UI_navigate(String route) {
        com.vaadin.flow.component.UI.getCurrent().navigate(route);
    }

    private void askTheCcoToSign() {
        actAs("cmo", Roles.CMO);
        alignment.requestSignOff(jdbc.queryForObject("SELECT id FROM message WHERE title = 'Year-end product tips'", Long.class), Team.CX);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
}
