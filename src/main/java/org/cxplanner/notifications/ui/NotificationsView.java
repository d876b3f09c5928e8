package org.cxplanner.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.base.ui.Markup;
import org.cxplanner.notifications.Notification;
import org.cxplanner.notifications.NotificationEvents;
import org.cxplanner.notifications.NotificationService;
import org.cxplanner.notifications.NotificationSettingsService;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import org.jsoup.nodes.Element;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The signed-in person's notifications, newest first: what happened, who did it, a link to the item. Opening an
 * entry marks it read; "Mark all read" does so for all. Updated live when someone tells them something.
 */
@Route("notifications")
@PageTitle("Notifications · CX Partnership Planner")
@PermitAll
public class NotificationsView extends VerticalLayout implements AfterNavigationObserver {

    static final int SHOWN = 100;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    /** The entry whose link was followed, as the click's event data. */
    static final String OPENED = "event.target.closest('a[data-notification]').getAttribute('data-notification')";
    static final String ON_ENTRY = "event.target.closest('a[data-notification]') != null";

    private final NotificationService notifications;
    final Paragraph summary = new Paragraph();
    final Button markAll = new Button("Mark all read");
    final Button settings = new Button("How I am told…");
    private final NotificationSettingsService settingsService;
    /** Times are shown in the person's own zone. */
    private final ZoneId zone;
    /** The list is read-only lines and links: one element. */
    final Markup list = new Markup();

    NotificationsView(NotificationService notifications, NotificationSettingsService settingsService, PlanEvents events) {
        this.notifications = notifications;
        this.settingsService = settingsService;
        this.zone = settingsService.mine().zone();
        settings.addClickListener(click -> new NotificationSettingsDialog(settingsService).open());
        addClassName("notifications-view");
        markAll.addClickListener(click -> {
            notifications.markAllRead();
            load();
            getUI().ifPresent(NotificationBell::refreshIn);
        });
        list.addClassName("notification-list");
        // One listener for every entry's link: the entry is marked read, and the link opens the item.
        list.getElement().addEventListener("click", click -> open(click.getEventData().path(OPENED).asString("")))
                .addEventData(OPENED).setFilter(ON_ENTRY);
        HorizontalLayout heading = new HorizontalLayout(new H2("Notifications"), markAll, settings);
        heading.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(heading, summary, list);
        long me = notifications.myId();
        events.subscribeWhileAttached(this, Set.of(NotificationEvents.NOTIFICATIONS), event -> {
            if (event.isEverything() || event.ids().contains(me)) {
                load();
            }
        });
        load();
    }

    void load() {
        int unread = notifications.unreadCount();
        List<Notification> shown = notifications.mine(0, SHOWN);
        summary.setText(shown.isEmpty() ? "Nothing yet. When someone asks something of you, it shows here."
                : unread == 0 ? "All read." : unread + (unread == 1 ? " unread." : " unread."));
        markAll.setEnabled(unread > 0);
        Element lines = new Element("ul");
        for (Notification notification : shown) {
            Element line = new Element("li").addClass(notification.read() ? "notification-read" : "notification-unread");
            line.appendChild(notification.route() == null ? Markup.element("span", "notification-title", notification.title())
                    : Markup.link(notification.route(), "notification-title", notification.title())
                    .attr("data-notification", String.valueOf(notification.id())));
            if (notification.detail() != null) {
                line.appendChild(Markup.element("span", "notification-detail", notification.detail()));
            }
            line.appendChild(Markup.element("span", "notification-meta",
                    (NotificationService.PLANNER.equals(notification.actorName()) ? "Reminder" : notification.actorName()) + ", "
                    + WHEN.format(notification.createdAt().atZone(zone))));
            lines.appendChild(line);
        }
        list.show(lines);
    }

    /** Mails link here with {@code ?settings} ("choose what you are told"): the settings open at once. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("settings")) {
            new NotificationSettingsDialog(settingsService).open();
        }
    }

    void open(String id) {
        try {
            notifications.markRead(Long.parseLong(id));
            getUI().ifPresent(NotificationBell::refreshIn);
        } catch (NumberFormatException e) {
            load();
        }
    }
}
