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
 * The planner's own notification list. Features tell people through {@link #tell} inside the transaction of the
 * change that causes it, so a notification (and its mail in the outbox) exists exactly when the change does;
 * everyone reads and marks their own.
 */
@Service
public class NotificationService {

    /** The name the planner's own reminders run under; no person can have it (user names have no spaces). */
    public static final String PLANNER = "CX Planner";

    private final NotificationRecords records;
    private final NotificationSettingsRecords people;
    private final MailOutboxRecords outbox;
    private final MailComposer composer;
    private final PlanEvents events;

    NotificationService(NotificationRecords records, NotificationSettingsRecords people, MailOutboxRecords outbox,
                        MailComposer composer, PlanEvents events) {
        this.records = records;
        this.people = people;
        this.outbox = outbox;
        this.composer = composer;
        this.events = events;
    }

    /**
     * Tells {@code to} (never the person acting) what happened, with a link to {@code route}; those who want this
     * kind at once and have an address get a mail, queued in this transaction.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(propagation = Propagation.MANDATORY)
    public void tell(Recipients to, NotificationKind kind, String title, String detail, String route) {
        write(to, kind, title, detail, route, CurrentUser.name(), null);
    }

    /** A reminder from the planner itself (due dates, numbers due): written once per {@code onceKey} and person. */
    @PreAuthorize(Roles.SCHEDULED_WORK)
    @Transactional(propagation = Propagation.MANDATORY)
    public void remind(Recipients to, NotificationKind kind, String title, String detail, String route, String onceKey) {
        write(to, kind, title, detail, route, CurrentUser.name(), onceKey);
    }

    private void write(Recipients to, NotificationKind kind, String title, String detail, String route, String actor, String onceKey) {
        List<Told> told = records.add(to, kind, title, detail, route, actor, onceKey);
        if (told.isEmpty()) {
            return;
        }
        String actorName = onceKey == null ? people.displayNameOf(actor).orElse(actor) : null;
        for (Told t : told) {
            if (t.delivery() == Delivery.AT_ONCE && t.email() != null) {
                outbox.queue("notification-" + t.notificationId(), t.recipientId(), t.email(),
                        composer.single(t.displayName(), title, detail, route, actorName));
            }
        }
        events.publish(NotificationEvents.NOTIFICATIONS, told.stream().map(Told::recipientId).distinct().toArray());
    }

    /**
     * Mails a document (the review's agenda, say) to {@code to}, never the sender, once per {@code key} and person:
     * returns how many were queued; those already sent this document are not sent it again.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(propagation = Propagation.MANDATORY)
    public int mailDocument(Recipients to, String key, String subject, String text, String route) {
        int queued = 0;
        String sender = people.displayNameOf(CurrentUser.name()).orElse(CurrentUser.displayName());
        for (Told person : records.reachable(to, CurrentUser.name())) {
            if (outbox.queue(key + "-" + person.recipientId(), person.recipientId(), person.email(),
                    composer.document(person.displayName(), subject, text, route, sender))) {
                queued++;
            }
        }
        return queued;
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
