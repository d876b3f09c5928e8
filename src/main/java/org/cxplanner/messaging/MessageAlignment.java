package org.cxplanner.messaging;

import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.history.ChangeSource;
import org.cxplanner.notifications.NotificationKind;
import org.cxplanner.notifications.NotificationService;
import org.cxplanner.notifications.Recipients;
import org.cxplanner.raci.RaciService;
import org.cxplanner.raci.TouchpointOwners;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.cxplanner.security.Team;
import org.cxplanner.security.TeamAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Aligning a message: each side ticks its own and joint checklist items; the CMO signs for marketing and the CCO
 * for customer experience, never while a required item is open, a linked touchpoint has no single Accountable or
 * an initiative whose delivery it promises ends after its send date;
 * unticking an item withdraws its side's sign-off. Every step is in the change history and announced to open screens.
 */
@Service
public class MessageAlignment {

    private final MessageRecords records;
    private final MessageWriter writer;
    private final RaciService raci;
    private final NotificationService notifications;
    private final MessagePromiseRecords promises;

    MessageAlignment(MessageRecords records, MessageWriter writer, RaciService raci, NotificationService notifications,
                     MessagePromiseRecords promises) {
        this.promises = promises;
        this.records = records;
        this.writer = writer;
        this.raci = raci;
        this.notifications = notifications;
    }

    /** Ticks or unticks one checklist item of the caller's side (or a joint one); unticking withdraws that side's sign-off. */
    @PreAuthorize(Roles.TEAM_MEMBERS)
    @Transactional
    public Message tick(long id, int expectedVersion, int position, boolean ticked, String note) {
        Message message = writer.load(id, expectedVersion);
        MessageWriter.requireNotSent(message);
        if (position < 0 || position >= message.getChecks().size()) {
            throw new EditConflict("This checklist changed. Reload the message.");
        }
        MessageCheck check = message.getChecks().get(position);
        if (!CurrentUser.access().speaksFor(check.side())) {
            throw new AccessDeniedException(TeamAccess.refusal("tick", check.side(), "items"));
        }
        if (note != null && note.strip().length() > MessageCheck.MAX_NOTE) {
            throw new FieldProblem("note", "The note is too long: " + note.strip().length() + " characters, at most "
                    + MessageCheck.MAX_NOTE + ". Nothing was ticked.");
        }
        if (check.ticked() == ticked && Objects.equals(check.note(), note == null || note.isBlank() ? null : note.strip())) {
            return message;
        }
        List<Clash> clashes = ticked && check.checksClash() ? records.clashesOf(id, records.clashDays()) : List.of();
        if (!clashes.isEmpty() && (note == null || note.isBlank())) {
            throw new FieldProblem("note", "This message clashes with " + clashes.stream()
                    .map(c -> "'" + c.otherTitle() + "' (" + c.otherDate() + ")").collect(Collectors.joining(", "))
                    + ": move one of them, or accept the clash with a note saying why.");
        }
        MessageCheck changed = check.tick(ticked, CurrentUser.name(), note);
        message.setCheck(position, changed);
        message.touch(CurrentUser.name());
        boolean withdraws = !ticked && check.ticked() && (message.getStatus() == MessageStatus.ALIGNED
                || check.side().sides().stream().anyMatch(side -> message.signOff(side).isPresent()));
        Message saved;
        if (withdraws) {
            writer.withdraw(message, check.side().sides(), "'" + check.text() + "' was unticked.");
            if (message.getStatus() == MessageStatus.ALIGNED) {
                message.setStatus(MessageStatus.IN_REVIEW);
            }
            saved = writer.save(message);
        } else {
            saved = writer.saveCheck(message, expectedVersion, position, changed);
        }
        writer.record(saved, "Checklist: " + check.text(), check.ticked() ? "Ticked" : "Open", ticked ? "Ticked" : "Open", ChangeSource.EDIT);
        return saved;
    }

    /** The CMO signs for marketing, the CCO for customer experience; refused while anything is open or unowned. */
    @PreAuthorize(Roles.LEADS)
    @Transactional
    public Message signOff(long id, int expectedVersion, Team side) {
        Message message = writer.load(id, expectedVersion);
        MessageWriter.requireNotSent(message);
        if (!CurrentUser.access().maySignFor(side)) {
            throw new AccessDeniedException("Only the CMO signs for marketing and only the CCO for customer experience.");
        }
        List<String> open = message.getChecks().stream().filter(c -> c.required() && !c.ticked()).map(MessageCheck::text).toList();
        if (!open.isEmpty()) {
            throw new FieldProblem("signOff", "Not yet: " + open.size() + (open.size() == 1 ? " required item is" : " required items are")
                    + " not ticked (" + String.join("; ", open) + ").");
        }
        List<String> unowned = raci.owners(message.getTouchpointIds()).stream()
                .map(TouchpointOwners::accountabilityProblem).filter(Objects::nonNull).toList();
        if (!unowned.isEmpty()) {
            throw new FieldProblem("signOff", String.join("; ", unowned) + ": settle it in the RACI matrix first. "
                    + "This message promises something there that nobody is accountable for.");
        }
        List<LatePromise> late = promises.lateOf(id);
        if (!late.isEmpty()) {
            throw new FieldProblem("signOff", "Not yet: this message " + late.stream().map(LatePromise::text)
                    .collect(Collectors.joining("; ")) + ". Move the send date, or sign once it is delivered.");
        }
        message.sign(new SignOff(side, CurrentUser.name(), Instant.now(), message.getContentVersion()));
        records.clearRequest(id, side);
        message.touch(CurrentUser.name());
        if (message.isAligned()) {
            message.setStatus(MessageStatus.ALIGNED);
        } else if (message.getStatus() == MessageStatus.DRAFT) {
            message.setStatus(MessageStatus.IN_REVIEW);
        }
        Message saved = writer.save(message);
        writer.record(saved, null, null, "Signed for " + side.label().toLowerCase() + " (content version " + saved.getContentVersion() + ")"
                + (saved.getStatus() == MessageStatus.ALIGNED ? ": now aligned" : ""), ChangeSource.SIGN_OFF);
        if (saved.getStatus() == MessageStatus.ALIGNED) {
            writer.tellWorkers(saved, "is aligned: both sides signed it");
            writer.announceAligned(saved);
        }
        return saved;
    }

    /** A lead asks the other lead to sign: it shows among what waits for them, on the home page and in the list. */
    @PreAuthorize(Roles.LEADS)
    @Transactional
    public void requestSignOff(long id, Team side) {
        Message message = writer.find(id);
        MessageWriter.requireNotSent(message);
        if (side == Team.JOINT) {
            throw new FieldProblem("signOff", "Ask for the marketing or the customer experience sign-off.");
        }
        records.request(id, side, CurrentUser.name());
        writer.record(message, null, null, "Asked for the " + side.label().toLowerCase() + " sign-off", ChangeSource.SIGN_OFF);
        notifications.tell(Recipients.roles(side == Team.MARKETING ? Roles.CMO : Roles.CCO), NotificationKind.SIGN_OFF_ASKED,
                "Your sign-off is asked for: " + message.getTitle(), "The " + side.label().toLowerCase() + " sign-off · sends "
                        + message.getSendDate(), "messages/" + id);
    }
}
