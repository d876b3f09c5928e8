package org.cxplanner.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.base.ui.Markup;
import org.cxplanner.notifications.NotificationEvents;
import org.cxplanner.notifications.NotificationService;
import org.jsoup.nodes.Element;

import java.util.Set;

/**
 * The bell in the top bar: a link to the notification list with the unread count, kept live through the change
 * channel (so also when the notification was written on another node). One element per open tab.
 */
public class NotificationBell extends Markup {

    private final NotificationService notifications;
    private int unread = -1;

    NotificationBell(NotificationService notifications, PlanEvents events) {
        this.notifications = notifications;
        addClassName("notification-bell");
        long me = notifications.myId();
        events.subscribeWhileAttached(this, Set.of(NotificationEvents.NOTIFICATIONS), event -> {
            if (event.isEverything() || event.ids().contains(me)) {
                refresh();
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // The change channel skips the tab a change came from, so the list tells its own tab's bell directly.
        ComponentUtil.setData(attachEvent.getUI(), NotificationBell.class, this);
        refresh();
    }

    /** Shows the count again in this tab, after the person marked something read here. */
    static void refreshIn(UI ui) {
        NotificationBell bell = ComponentUtil.getData(ui, NotificationBell.class);
        if (bell != null) {
            bell.refresh();
        }
    }

    void refresh() {
        int now = notifications.unreadCount();
        if (now == unread) {
            return;
        }
        unread = now;
        String label = unread == 0 ? "Notifications: none unread" : "Notifications: " + unread + " unread";
        Element link = new Element("a").attr("href", "notifications").attr("aria-label", label).attr("title", label)
                .addClass("bell-link");
        link.appendChild(new Element("vaadin-icon").attr("icon", "vaadin:bell").attr("aria-hidden", "true"));
        if (unread > 0) {
            link.appendChild(Markup.element("span", "bell-count", unread > 99 ? "99+" : Integer.toString(unread)));
        }
        show(link);
    }

    /** The count shown, for tests. */
    int unread() {
        return unread;
    }
}
