package org.cxplanner.messaging;

import org.cxplanner.security.Team;

import org.cxplanner.security.TeamAccess;

import org.cxplanner.security.CurrentUser;

import jakarta.validation.Valid;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.catalog.CatalogEntry;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.ChangeSource;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.raci.RaciService;
import org.cxplanner.roadmap.RoadmapService;
import org.cxplanner.security.Roles;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Aligned messaging. Everyone signed in reads; the owning team edits the content; each side ticks its own and joint
 * checklist items; the CMO signs for marketing and the CCO for customer experience, never while a required item is
 * open or a linked touchpoint has no single Accountable. Editing the content withdraws both sign-offs; unticking an
 * item withdraws its side's. Every step is in the change history and announced to open screens.
 */
@Service
@Validated
public class MessagingService {

    private static final String CHANGED_MEANWHILE = "Someone else changed this message while you were looking. Nothing was saved: reload to see their change.";

    private final MessageRepository messages;
    private final ChecklistTemplateRepository templates;
    private final MessageRecords records;
    private final CatalogService catalog;
    private final RaciService raci;
    private final RoadmapService roadmap;
    private final ChangeHistory history;
    private final PlanEvents events;
    private final org.cxplanner.users.UserService users;

    MessagingService(MessageRepository messages, ChecklistTemplateRepository templates, MessageRecords records,
                     CatalogService catalog, RaciService raci, RoadmapService roadmap, ChangeHistory history, PlanEvents events,
                     org.cxplanner.users.UserService users) {
        this.users = users;
        this.messages = messages;
        this.templates = templates;
        this.records = records;
        this.catalog = catalog;
        this.raci = raci;
        this.roadmap = roadmap;
        this.history = history;
        this.events = events;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<MessageRow> rows() {
        Map<Long, List<Clash>> clashes = clashesByMessage();
        return records.rows().stream().map(row -> row.withClashes(clashes.getOrDefault(row.id(), List.of()))).toList();
    }

    /** One page of the filtered list, with each message's send clashes. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<MessageRow> rows(MessageFilter filter, int offset, int limit) {
        Map<Long, List<Clash>> clashes = clashesByMessage();
        return records.rows(filter, CurrentUser.access().leads().orElse(null), offset, limit).stream()
                .map(row -> row.withClashes(clashes.getOrDefault(row.id(), List.of()))).toList();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public int count(MessageFilter filter) {
        return records.count(filter, CurrentUser.access().leads().orElse(null));
    }

    /** Two messages to the same audience stage within this many days of each other clash. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public int clashDays() {
        return records.clashDays();
    }

    @PreAuthorize(Roles.LEADS)
    @Transactional
    public void setClashDays(int days) {
        if (days < 0 || days > 60) {
            throw new FieldProblem("clashDays", "Choose between 0 and 60 days.");
        }
        int old = records.clashDays();
        records.setClashDays(days);
        history.record(ChangeEntry.changed(HistoryArea.MESSAGING, "SETTING", null, "Send clash window", "Days",
                String.valueOf(old), String.valueOf(days)));
        events.publish(MessagingEvents.MESSAGES);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ChecklistTemplate> templates() {
        return templates.findAllByName();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<MessageDetails> details(long id) {
        return messages.findById(id).map(message -> {
            // The content as it reads now (stage, touchpoint and initiative names) is only needed to compare it
            // with an older signed or withdrawn version, which most views of a message do not have.
            java.util.concurrent.atomic.AtomicReference<Map<String, String>> current = new java.util.concurrent.atomic.AtomicReference<>();
            java.util.function.Supplier<Map<String, String>> now = () -> current.updateAndGet(
                    known -> known != null ? known : describe(MessageForm.of(message)));
            Map<String, String[]> changed = new LinkedHashMap<>();
            Team.SIDES.forEach(side -> message.signOff(side)
                    .filter(s -> s.contentVersion() != message.getContentVersion())
                    .ifPresent(s -> differences(records.revision(id, s.contentVersion()), now.get(), changed)));
            List<Withdrawal> withdrawals = records.withdrawals(id);
            Optional<Withdrawal> lastWithdrawal = withdrawals.stream().findFirst();
            if (changed.isEmpty() && lastWithdrawal.isPresent() && lastWithdrawal.get().contentVersion() != message.getContentVersion()) {
                differences(records.revision(id, lastWithdrawal.get().contentVersion()), now.get(), changed);
            }
            int clashDays = records.clashDays();
            return new MessageDetails(message, stageName(message.getAudienceStageId()),
                    message.getInitiativeId() == null ? null : initiativeTitle(message.getInitiativeId()),
                    raci.owners(message.getTouchpointIds()), withdrawals, changed,
                    message.getStatus() != MessageStatus.SENT && CurrentUser.access().mayEdit(message.getTeam()),
                    message.getStatus() == MessageStatus.SENT ? Set.of() : CurrentUser.access().speaksFor(), CurrentUser.access().leads().orElse(null),
                    records.clashesOf(id, clashDays), clashDays, records.requests(id));
        });
    }

    @PreAuthorize(Roles.EDIT_PLAN)
    @Transactional
    public Message create(long templateId, @Valid MessageForm form) {
        if (!CurrentUser.access().mayEdit(form.getTeam())) {
            throw new FieldProblem("team", "Your role cannot write " + form.getTeam().label().toLowerCase() + " messages.");
        }
        ChecklistTemplate template = templates.findById(templateId)
                .orElseThrow(() -> new FieldProblem("template", "Choose a checklist template."));
        Message message = save(new Message(form, template, CurrentUser.name()));
        records.saveRevision(message.getId(), message.getContentVersion(), describe(form));
        record(message, null, null, "Created from the template '" + template.getName() + "'", ChangeSource.EDIT);
        return message;
    }

    /** Changes the content; if anything changed, both sign-offs are withdrawn (a sign-off approves one version). */
    @PreAuthorize(Roles.EDIT_PLAN)
    @Transactional
    public Message updateContent(long id, int expectedVersion, @Valid MessageForm form) {
        Message message = load(id, expectedVersion);
        requireNotSent(message);
        TeamAccess may = CurrentUser.access();
        if (!may.mayEdit(message.getTeam())) {
            throw new AccessDeniedException("Your role cannot change " + message.getTeam().label().toLowerCase() + " messages.");
        }
        if (!may.mayMove(message.getTeam(), form.getTeam())) {
            throw new FieldProblem("team", "Your role cannot move this message to " + form.getTeam().label() + ".");
        }
        Map<String, String> before = describe(MessageForm.of(message));
        Map<String, String> after = describe(form);
        if (before.equals(after) && message.getTeam() == form.getTeam()) {
            return message;
        }
        message.applyContent(form, CurrentUser.name());
        if (!before.equals(after)) {
            message.newContentVersion();
            List<String> fields = before.keySet().stream().filter(f -> !Objects.equals(before.get(f), after.get(f))).toList();
            withdraw(message, Team.SIDES, "The content changed (" + String.join(", ", fields) + ").");
            if (message.getStatus() == MessageStatus.ALIGNED) {
                message.setStatus(MessageStatus.IN_REVIEW);
            }
            fields.forEach(field -> history.record(ChangeEntry.changed(HistoryArea.MESSAGING, MessagingEvents.HISTORY_KIND, id,
                    message.getTitle(), field, before.get(field), after.get(field))));
        }
        Message saved = save(message);
        if (!before.equals(after)) {
            records.saveRevision(id, saved.getContentVersion(), after);
        }
        events.publish(MessagingEvents.MESSAGES, id);
        return saved;
    }

    /** Ticks or unticks one checklist item of the caller's side (or a joint one); unticking withdraws that side's sign-off. */
    @PreAuthorize(Roles.TEAM_MEMBERS)
    @Transactional
    public Message tick(long id, int expectedVersion, int position, boolean ticked, String note) {
        Message message = load(id, expectedVersion);
        requireNotSent(message);
        if (position < 0 || position >= message.getChecks().size()) {
            throw new EditConflict("This checklist changed. Reload the message.");
        }
        MessageCheck check = message.getChecks().get(position);
        if (!CurrentUser.access().speaksFor().contains(check.side())) {
            throw new AccessDeniedException("Your role cannot tick " + check.side().label().toLowerCase() + " items.");
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
            withdraw(message, check.side().sides(), "'" + check.text() + "' was unticked.");
            if (message.getStatus() == MessageStatus.ALIGNED) {
                message.setStatus(MessageStatus.IN_REVIEW);
            }
            saved = save(message);
        } else {
            // Saving the aggregate deletes and writes again every item, touchpoint and sign-off of the message:
            // most of a tick's time. Only the one item changed, so only its row is written (and the version).
            saved = saveCheck(message, expectedVersion, position, changed);
        }
        record(saved, "Checklist: " + check.text(), check.ticked() ? "Ticked" : "Open", ticked ? "Ticked" : "Open", ChangeSource.EDIT);
        return saved;
    }

    /** The CMO signs for marketing, the CCO for customer experience; refused while anything is open or unowned. */
    @PreAuthorize(Roles.LEADS)
    @Transactional
    public Message signOff(long id, int expectedVersion, Team side) {
        Message message = load(id, expectedVersion);
        requireNotSent(message);
        if (!CurrentUser.access().maySignFor(side)) {
            throw new AccessDeniedException("Only the CMO signs for marketing and only the CCO for customer experience.");
        }
        List<String> open = message.getChecks().stream().filter(c -> c.required() && !c.ticked()).map(MessageCheck::text).toList();
        if (!open.isEmpty()) {
            throw new FieldProblem("signOff", "Not yet: " + open.size() + (open.size() == 1 ? " required item is" : " required items are")
                    + " not ticked (" + String.join("; ", open) + ").");
        }
        List<String> unowned = raci.owners(message.getTouchpointIds()).stream()
                .map(org.cxplanner.raci.TouchpointOwners::accountabilityProblem).filter(Objects::nonNull).toList();
        if (!unowned.isEmpty()) {
            throw new FieldProblem("signOff", String.join("; ", unowned) + ": settle it in the RACI matrix first. "
                    + "This message promises something there that nobody is accountable for.");
        }
        message.sign(new SignOff(side, CurrentUser.name(), Instant.now(), message.getContentVersion()));
        records.clearRequest(id, side);
        message.touch(CurrentUser.name());
        if (message.isAligned()) {
            message.setStatus(MessageStatus.ALIGNED);
        } else if (message.getStatus() == MessageStatus.DRAFT) {
            message.setStatus(MessageStatus.IN_REVIEW);
        }
        Message saved = save(message);
        record(saved, null, null, "Signed for " + side.label().toLowerCase() + " (content version " + saved.getContentVersion() + ")"
                + (saved.getStatus() == MessageStatus.ALIGNED ? ": now aligned" : ""), ChangeSource.SIGN_OFF);
        return saved;
    }

    /** A lead asks the other lead to sign: it shows among what waits for them, on the home page and in the list. */
    @PreAuthorize(Roles.LEADS)
    @Transactional
    public void requestSignOff(long id, Team side) {
        Message message = messages.findById(id).orElseThrow(() -> new EditConflict("This message no longer exists. Reload the list."));
        requireNotSent(message);
        if (side == Team.JOINT) {
            throw new FieldProblem("signOff", "Ask for the marketing or the customer experience sign-off.");
        }
        records.request(id, side, CurrentUser.name());
        record(message, null, null, "Asked for the " + side.label().toLowerCase() + " sign-off", ChangeSource.SIGN_OFF);
    }

    /** The side the caller signs for: the CMO marketing, the CCO customer experience; null for everyone else. */
    @PreAuthorize(Roles.SIGNED_IN)
    public Team signableSideOfCaller() {
        return CurrentUser.access().leads().orElse(null);
    }

    /** The messages waiting for the caller's sign-off (empty for everyone but the two leads). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Long> waitingForMe() {
        Team side = CurrentUser.access().leads().orElse(null);
        return side == null ? List.of() : records.waitingFor(side);
    }

    /**
     * For the weekly review: sign-offs waiting on either side, sign-offs withdrawn in (since, until], clashes of
     * unsent messages sending in the next four weeks, and unsent messages whose promise check fails.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public MessageAttention attention(LocalDate today, java.time.Instant since, java.time.Instant until) {
        List<MessageRow> all = records.rows();
        Map<Long, MessageRow> byId = all.stream().collect(Collectors.toMap(MessageRow::id, row -> row));
        LocalDate horizon = today.plusWeeks(4);
        List<MessageAttention.ClashPair> clashes = records.clashes(records.clashDays()).stream()
                .filter(c -> c.messageId() < c.otherId())
                .map(c -> Map.entry(byId.get(c.messageId()), byId.get(c.otherId())))
                .filter(pair -> pair.getKey() != null && pair.getValue() != null)
                .filter(pair -> upcoming(pair.getKey(), today, horizon) || upcoming(pair.getValue(), today, horizon))
                .map(pair -> new MessageAttention.ClashPair(pair.getKey().id(), pair.getKey().title(), pair.getKey().sendDate(),
                        pair.getValue().id(), pair.getValue().title(), pair.getValue().sendDate()))
                .sorted(java.util.Comparator.comparing(MessageAttention.ClashPair::sendDate))
                .toList();
        Map<Long, List<Long>> touchpoints = records.touchpointsOfUnsent();
        Map<Long, String> problems = new java.util.HashMap<>();
        raci.owners(touchpoints.values().stream().flatMap(List::stream).collect(Collectors.toSet())).forEach(owner -> {
            if (owner.accountabilityProblem() != null) {
                problems.put(owner.touchpointId(), owner.accountabilityProblem());
            }
        });
        List<MessageAttention.BrokenPromise> broken = touchpoints.entrySet().stream()
                .filter(e -> byId.containsKey(e.getKey()))
                .map(e -> new MessageAttention.BrokenPromise(e.getKey(), byId.get(e.getKey()).title(), byId.get(e.getKey()).sendDate(),
                        e.getValue().stream().map(problems::get).filter(java.util.Objects::nonNull).toList()))
                .filter(b -> !b.problems().isEmpty()).toList();
        return new MessageAttention(records.waitingBothSides(), records.withdrawnSince(since, until), clashes, broken);
    }

    private static boolean upcoming(MessageRow row, LocalDate today, LocalDate horizon) {
        return row.status() != MessageStatus.SENT && !row.sendDate().isBefore(today) && !row.sendDate().isAfter(horizon);
    }

    /** Draft → In review, or Aligned → Sent; nothing else moves by hand. */
    @PreAuthorize(Roles.EDIT_PLAN)
    @Transactional
    public Message moveTo(long id, int expectedVersion, MessageStatus target) {
        Message message = load(id, expectedVersion);
        requireNotSent(message);
        if (!CurrentUser.access().mayEdit(message.getTeam())) {
            throw new AccessDeniedException("Your role cannot change " + message.getTeam().label().toLowerCase() + " messages.");
        }
        MessageStatus from = message.getStatus();
        boolean allowed = (from == MessageStatus.DRAFT && target == MessageStatus.IN_REVIEW)
                || (from == MessageStatus.ALIGNED && target == MessageStatus.SENT && message.isAligned());
        if (!allowed) {
            throw new FieldProblem("status", target == MessageStatus.SENT
                    ? "Only an aligned message can be marked sent: both sign-offs of its current version are needed."
                    : "A message goes from Draft to In review; the sign-offs make it Aligned.");
        }
        message.setStatus(target);
        message.touch(CurrentUser.name());
        Message saved = save(message);
        record(saved, "Status", from.label(), target.label(), ChangeSource.EDIT);
        return saved;
    }

    private Map<Long, List<Clash>> clashesByMessage() {
        return records.clashes(records.clashDays()).stream().collect(Collectors.groupingBy(Clash::messageId));
    }

    private void withdraw(Message message, Set<Team> sides, String reason) {
        for (Team side : sides) {
            message.withdraw(side).ifPresent(signOff -> {
                records.addWithdrawal(message.getId(), signOff, CurrentUser.name(), reason);
                history.record(new ChangeEntry(HistoryArea.MESSAGING, MessagingEvents.HISTORY_KIND, message.getId(), message.getTitle(), null,
                        null, "Sign-off for " + side.label().toLowerCase() + " withdrawn: " + reason, ChangeSource.SIGN_OFF));
            });
        }
    }

    private void record(Message message, String field, String oldValue, String newValue, ChangeSource source) {
        history.record(new ChangeEntry(HistoryArea.MESSAGING, MessagingEvents.HISTORY_KIND, message.getId(), message.getTitle(), field,
                field == null ? null : oldValue, newValue, source));
        events.publish(MessagingEvents.MESSAGES, message.getId());
    }

    private Message load(long id, int expectedVersion) {
        Message message = messages.findById(id).orElseThrow(() -> new EditConflict("This message no longer exists. Reload the list."));
        if (message.getVersion() != expectedVersion) {
            throw new EditConflict(nameOf(message.getUpdatedBy()) + " changed this message while you were looking. "
                    + "Nothing was saved: reload to see their change.");
        }
        return message;
    }

    private String nameOf(String username) {
        return users.people().stream().filter(p -> p.username().equalsIgnoreCase(username))
                .map(org.cxplanner.users.Person::displayName).findFirst().orElse(username);
    }

    private Message save(Message message) {
        try {
            return messages.save(message);
        } catch (OptimisticLockingFailureException e) {
            throw new EditConflict(CHANGED_MEANWHILE);
        }
    }

    private Message saveCheck(Message message, int expectedVersion, int position, MessageCheck check) {
        if (messages.touch(message.getId(), expectedVersion, message.getUpdatedBy(), message.getUpdatedAt()) == 0) {
            throw new EditConflict(CHANGED_MEANWHILE);
        }
        messages.setCheck(message.getId(), position, check.ticked(), check.tickedBy(), check.tickedAt(), check.note());
        message.versionWritten();
        return message;
    }

    private static void requireNotSent(Message message) {
        if (message.getStatus() == MessageStatus.SENT) {
            throw new FieldProblem("status", "This message has been sent: it can no longer change.");
        }
    }

    private Map<String, String> describe(MessageForm form) {
        return form.describe(this::stageName,
                ids -> catalog.touchpoints().stream().filter(t -> ids.contains(t.getId())).map(CatalogEntry::getName)
                        .collect(Collectors.joining(", ")),
                this::initiativeTitle);
    }

    private static void differences(Map<String, String> signed, Map<String, String> current, Map<String, String[]> into) {
        signed.forEach((field, old) -> {
            if (!Objects.equals(old, current.get(field))) {
                into.putIfAbsent(field, new String[]{old, current.get(field)});
            }
        });
    }

    private String stageName(long stageId) {
        return catalog.stages().stream().filter(s -> s.getId() == stageId).map(CatalogEntry::getName).findFirst().orElse("?");
    }

    private String initiativeTitle(long initiativeId) {
        return roadmap.title(initiativeId).orElse("(deleted initiative)");
    }
}
