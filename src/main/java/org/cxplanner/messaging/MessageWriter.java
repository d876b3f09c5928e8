package org.cxplanner.messaging;

import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.OutgoingEvent;
import org.cxplanner.base.OutgoingEvents;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.ChangeSource;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.notifications.NotificationKind;
import org.cxplanner.notifications.NotificationService;
import org.cxplanner.notifications.Recipients;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.cxplanner.security.Team;
import org.cxplanner.users.Person;
import org.cxplanner.users.UserService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps every change of a message shares, inside the calling service's transaction: load the version the user
 * saw, save it (or just one checklist row), withdraw sign-offs, and write the change history and the announcement.
 */
@Component
class MessageWriter {

    private static final String CHANGED_MEANWHILE = "Someone else changed this message while you were looking. Nothing was saved: reload to see their change.";

    private final MessageRepository messages;
    private final MessageRecords records;
    private final ChangeHistory history;
    private final PlanEvents events;
    private final UserService users;
    private final NotificationService notifications;
    private final OutgoingEvents outgoing;

    MessageWriter(MessageRepository messages, MessageRecords records, ChangeHistory history, PlanEvents events, UserService users,
                  NotificationService notifications, OutgoingEvents outgoing) {
        this.notifications = notifications;
        this.outgoing = outgoing;
        this.messages = messages;
        this.records = records;
        this.history = history;
        this.events = events;
        this.users = users;
    }

    Message load(long id, int expectedVersion) {
        Message message = find(id);
        if (message.getVersion() != expectedVersion) {
            throw new EditConflict(nameOf(message.getUpdatedBy()) + " changed this message while you were looking. "
                    + "Nothing was saved: reload to see their change.");
        }
        return message;
    }

    Message find(long id) {
        return messages.findById(id).orElseThrow(() -> new EditConflict("This message no longer exists. Reload the list."));
    }

    Message save(Message message) {
        try {
            return messages.save(message);
        } catch (OptimisticLockingFailureException e) {
            throw new EditConflict(CHANGED_MEANWHILE);
        }
    }

    /**
     * Saving the aggregate deletes and writes again every item, touchpoint and sign-off of the message: most of a
     * tick's time. When only one item changed, only its row is written (and the version).
     */
    Message saveCheck(Message message, int expectedVersion, int position, MessageCheck check) {
        if (messages.touch(message.getId(), expectedVersion, message.getUpdatedBy(), message.getUpdatedAt()) == 0) {
            throw new EditConflict(CHANGED_MEANWHILE);
        }
        messages.setCheck(message.getId(), position, check.ticked(), check.tickedBy(), check.tickedAt(), check.note());
        message.versionWritten();
        return message;
    }

    void withdraw(Message message, Set<Team> sides, String reason) {
        for (Team side : sides) {
            message.withdraw(side).ifPresent(signOff -> {
                records.addWithdrawal(message.getId(), signOff, CurrentUser.name(), reason);
                notifications.tell(Recipients.names(List.of(signOff.signedBy())), NotificationKind.SIGN_OFF_WITHDRAWN,
                        "Your sign-off was withdrawn: " + message.getTitle(),
                        "By " + CurrentUser.displayName() + ". " + reason + " You signed version " + signOff.contentVersion()
                                + "; the message is now at version " + message.getContentVersion() + ": sign again once it suits you.",
                        "messages/" + message.getId());
                history.record(new ChangeEntry(HistoryArea.MESSAGING, MessagingEvents.HISTORY_KIND, message.getId(), message.getTitle(), null,
                        null, "Sign-off for " + side.label().toLowerCase() + " withdrawn: " + reason, ChangeSource.SIGN_OFF));
                outgoing.emit(OutgoingEvent.SIGN_OFF_WITHDRAWN, "The " + side.label().toLowerCase() + " sign-off of \"" + message.getTitle()
                        + "\" was withdrawn by " + CurrentUser.displayName() + ": " + reason, "messages/" + message.getId(),
                        facts(message, Map.of("side", side.name(), "signedBy", signOff.signedBy(), "signedVersion", signOff.contentVersion(),
                                "reason", reason)));
            });
        }
    }

    void record(Message message, String field, String oldValue, String newValue, ChangeSource source) {
        history.record(new ChangeEntry(HistoryArea.MESSAGING, MessagingEvents.HISTORY_KIND, message.getId(), message.getTitle(), field,
                field == null ? null : oldValue, newValue, source));
        events.publish(MessagingEvents.MESSAGES, message.getId());
    }

    /** Tells other systems (webhooks) that both sides signed the message. */
    void announceAligned(Message message) {
        Map<String, Object> signedBy = new LinkedHashMap<>();
        Team.SIDES.forEach(side -> message.signOff(side).ifPresent(signOff -> signedBy.put(side.name(), signOff.signedBy())));
        outgoing.emit(OutgoingEvent.MESSAGE_ALIGNED, "\"" + message.getTitle() + "\" is aligned: both sides signed it (sends "
                + message.getSendDate() + ").", "messages/" + message.getId(), facts(message, Map.of("signedBy", signedBy)));
    }

    private static Map<String, Object> facts(Message message, Map<String, Object> more) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("messageId", message.getId());
        data.put("title", message.getTitle());
        data.put("team", message.getTeam().name());
        data.put("channel", message.getChannel().name());
        data.put("sendDate", message.getSendDate().toString());
        data.put("status", message.getStatus().name());
        data.put("contentVersion", message.getContentVersion());
        data.putAll(more);
        return data;
    }

    /** Tells the people who work on a message (its team and the leads who signed it) that it is aligned or sent. */
    void tellWorkers(Message message, String what) {
        List<String> roles = switch (message.getTeam()) {
            case MARKETING -> List.of(Roles.CMO, Roles.MARKETING);
            case CX -> List.of(Roles.CCO, Roles.CX);
            case JOINT -> List.of(Roles.CMO, Roles.CCO, Roles.MARKETING, Roles.CX);
        };
        List<String> signers = Team.SIDES.stream().flatMap(side -> message.signOff(side).stream()).map(SignOff::signedBy).toList();
        notifications.tell(Recipients.roles(roles.toArray(String[]::new)).and(Recipients.names(signers)),
                NotificationKind.MESSAGE_ALIGNED_OR_SENT, message.getTitle() + " " + what,
                "Sends " + message.getSendDate() + " · " + message.getTeam().label(), "messages/" + message.getId());
    }

    static void requireNotSent(Message message) {
        if (message.getStatus() == MessageStatus.SENT) {
            throw new FieldProblem("status", "This message has been sent: it can no longer change.");
        }
    }

    private String nameOf(String username) {
        return users.people().stream().filter(p -> p.username().equalsIgnoreCase(username))
                .map(Person::displayName).findFirst().orElse(username);
    }
}
