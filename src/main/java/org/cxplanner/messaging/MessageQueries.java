package org.cxplanner.messaging;

import org.cxplanner.raci.RaciService;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.cxplanner.security.Team;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Reading aligned messaging: the list, one message with what the caller may do with it, and what waits for whom. */
@Service
public class MessageQueries {

    private final MessageRepository messages;
    private final ChecklistTemplateRepository templates;
    private final MessageRecords records;
    private final MessageContent content;
    private final RaciService raci;
    private final MessagePromiseRecords promises;

    MessageQueries(MessageRepository messages, ChecklistTemplateRepository templates, MessageRecords records,
                   MessageContent content, RaciService raci, MessagePromiseRecords promises) {
        this.promises = promises;
        this.messages = messages;
        this.templates = templates;
        this.records = records;
        this.content = content;
        this.raci = raci;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<MessageRow> rows() {
        Map<Long, List<Clash>> clashes = clashesByMessage();
        Map<Long, List<LatePromise>> late = lateByMessage();
        return records.rows().stream().map(row -> row.withClashes(clashes.getOrDefault(row.id(), List.of()))
                .withLatePromises(late.getOrDefault(row.id(), List.of()))).toList();
    }

    /** One page of the filtered list, with each message's send clashes. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<MessageRow> rows(MessageFilter filter, int offset, int limit) {
        Map<Long, List<Clash>> clashes = clashesByMessage();
        Map<Long, List<LatePromise>> late = lateByMessage();
        return records.rows(filter, signableSide(), offset, limit).stream()
                .map(row -> row.withClashes(clashes.getOrDefault(row.id(), List.of()))
                        .withLatePromises(late.getOrDefault(row.id(), List.of()))).toList();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public int count(MessageFilter filter) {
        return records.count(filter, signableSide());
    }

    /** Two messages to the same audience stage within this many days of each other clash. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public int clashDays() {
        return records.clashDays();
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
            AtomicReference<Map<String, String>> current = new AtomicReference<>();
            Supplier<Map<String, String>> now = () -> current.updateAndGet(
                    known -> known != null ? known : content.describe(MessageForm.of(message)));
            Map<String, String[]> changed = new LinkedHashMap<>();
            Team.SIDES.forEach(side -> message.signOff(side)
                    .filter(s -> s.contentVersion() != message.getContentVersion())
                    .ifPresent(s -> MessageContent.differences(records.revision(id, s.contentVersion()), now.get(), changed)));
            List<Withdrawal> withdrawals = records.withdrawals(id);
            Optional<Withdrawal> lastWithdrawal = withdrawals.stream().findFirst();
            if (changed.isEmpty() && lastWithdrawal.isPresent() && lastWithdrawal.get().contentVersion() != message.getContentVersion()) {
                MessageContent.differences(records.revision(id, lastWithdrawal.get().contentVersion()), now.get(), changed);
            }
            int clashDays = records.clashDays();
            boolean sent = message.getStatus() == MessageStatus.SENT;
            return new MessageDetails(message, content.stageName(message.getAudienceStageId()),
                    message.getInitiativeId() == null ? null : content.initiativeTitle(message.getInitiativeId()),
                    raci.owners(message.getTouchpointIds()), withdrawals, changed,
                    !sent && CurrentUser.access().mayEdit(message.getTeam()),
                    sent ? Set.of() : CurrentUser.access().speaksFor(), signableSide(),
                    records.clashesOf(id, clashDays), clashDays, records.requests(id), promises.lateOf(id),
                    message.getPromisedInitiativeIds().stream().map(content::initiativeTitle).sorted().toList());
        });
    }

    /** The messages waiting for the caller's sign-off (empty for everyone but the two leads). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Long> waitingForMe() {
        Team side = signableSide();
        return side == null ? List.of() : records.waitingFor(side);
    }

    /** Of those, the messages the caller can sign now (every required item ticked), for the home page. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Long> readyForMe() {
        Team side = signableSide();
        return side == null ? List.of() : records.readyFor(side);
    }

    /**
     * For the weekly review: sign-offs waiting on either side, sign-offs withdrawn in (since, until], clashes of
     * unsent messages sending in the next four weeks, and unsent messages whose promise check fails.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public MessageAttention attention(LocalDate today, Instant since, Instant until) {
        Map<Long, MessageRow> byId = records.rows().stream().collect(Collectors.toMap(MessageRow::id, row -> row));
        LocalDate horizon = today.plusWeeks(4);
        List<MessageAttention.ClashPair> clashes = records.clashes(records.clashDays()).stream()
                .filter(c -> c.messageId() < c.otherId())
                .map(c -> Map.entry(byId.get(c.messageId()), byId.get(c.otherId())))
                .filter(pair -> pair.getKey() != null && pair.getValue() != null)
                .filter(pair -> upcoming(pair.getKey(), today, horizon) || upcoming(pair.getValue(), today, horizon))
                .map(pair -> new MessageAttention.ClashPair(pair.getKey().id(), pair.getKey().title(), pair.getKey().sendDate(),
                        pair.getValue().id(), pair.getValue().title(), pair.getValue().sendDate()))
                .sorted(Comparator.comparing(MessageAttention.ClashPair::sendDate))
                .toList();
        Map<Long, List<Long>> touchpoints = records.touchpointsOfUnsent();
        Map<Long, String> problems = new HashMap<>();
        raci.owners(touchpoints.values().stream().flatMap(List::stream).collect(Collectors.toSet())).forEach(owner -> {
            if (owner.accountabilityProblem() != null) {
                problems.put(owner.touchpointId(), owner.accountabilityProblem());
            }
        });
        Map<Long, List<String>> problemsByMessage = new java.util.LinkedHashMap<>();
        touchpoints.forEach((message, ids) -> ids.stream().map(problems::get).filter(Objects::nonNull)
                .forEach(problem -> problemsByMessage.computeIfAbsent(message, k -> new java.util.ArrayList<>()).add(problem)));
        // The delivery check: a promised initiative that now ends after the send date.
        List<LatePromise> late = promises.lateUnsent();
        late.forEach(one -> problemsByMessage.computeIfAbsent(one.messageId(), k -> new java.util.ArrayList<>())
                .add(Character.toUpperCase(one.text().charAt(0)) + one.text().substring(1)));
        List<MessageAttention.BrokenPromise> broken = problemsByMessage.entrySet().stream()
                .filter(e -> byId.containsKey(e.getKey()))
                .map(e -> new MessageAttention.BrokenPromise(e.getKey(), byId.get(e.getKey()).title(), byId.get(e.getKey()).sendDate(),
                        e.getValue()))
                .sorted(Comparator.comparing(MessageAttention.BrokenPromise::sendDate).thenComparing(MessageAttention.BrokenPromise::messageId))
                .toList();
        return new MessageAttention(records.waitingBothSides(), records.withdrawnSince(since, until), clashes, broken, late);
    }

    private static boolean upcoming(MessageRow row, LocalDate today, LocalDate horizon) {
        return row.status() != MessageStatus.SENT && !row.sendDate().isBefore(today) && !row.sendDate().isAfter(horizon);
    }

    private Map<Long, List<LatePromise>> lateByMessage() {
        return promises.lateUnsent().stream().collect(Collectors.groupingBy(LatePromise::messageId));
    }

    private Map<Long, List<Clash>> clashesByMessage() {
        return records.clashes(records.clashDays()).stream().collect(Collectors.groupingBy(Clash::messageId));
    }

    private static Team signableSide() {
        return CurrentUser.access().leads().orElse(null);
    }
}
