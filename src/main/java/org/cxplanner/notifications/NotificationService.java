package org.cxplanner.notifications;

import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The planner's own notification list. Features tell people through {@link #tellRole} inside the transaction of the
 * change that causes it, so a notification exists exactly when the change does; everyone reads and marks their own.
 */
@Service
public class NotificationService {

    private final NotificationRecords records;
    private final NotificationSettingsRecords people;
    private final PlanEvents events;

    NotificationService(NotificationRecords records, NotificationSettingsRecords people, PlanEvents events) {
        this.records = records;
        this.people = people;
        this.events = events;
    }

    /**
     * Tells everyone holding {@code role} (never the person acting), e.g. the CCO that a sign-off is asked of them;
     * the open lists of those told are announced by their user ids.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(propagation = Propagation.MANDATORY)
    public void tellRole(String role, NotificationKind kind, String title, String detail, String route) {
        List<Long> told = records.addForRole(role, kind, title, detail, route, CurrentUser.name());
        if (!told.isEmpty()) {
            events.publish(NotificationEvents.NOTIFICATIONS, told.toArray());
        }
    }

    /** The caller's id, the key their list is announced by. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public long myId() {
        return people.idOf(CurrentUser.name()).orElse(-1L);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Notification> mine(int offset, int limit) {
        return records.of(CurrentUser.name(), offset, limit);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public int unreadCount() {
        return records.unread(CurrentUser.name());
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void markRead(long id) {
        if (records.markRead(CurrentUser.name(), id) > 0) {
            events.publish(NotificationEvents.NOTIFICATIONS, myId());
        }
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void markAllRead() {
        if (records.markAllRead(CurrentUser.name()) > 0) {
            events.publish(NotificationEvents.NOTIFICATIONS, myId());
        }
    }
}
