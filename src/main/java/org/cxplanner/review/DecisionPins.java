package org.cxplanner.review;

import org.cxplanner.base.DecisionFlags;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;

/**
 * Decisions that bind the plan. A decision about an item may pin one of its values (an initiative's end date or
 * status, a message's send date, who is accountable for a touchpoint, an indicator's target). Changing that value
 * later is allowed, by any path: the pin compares with the plan as it is whenever it is read, so the item's screen,
 * the next review's agenda and the decision log say so at once, until the value comes back or a lead releases the
 * pin with a reason.
 */
@Service
public class DecisionPins implements DecisionFlags {

    /** A value that can be pinned, with how it reads now: "End date · 15 Jan 2027". */
    public record PinOption(PinKind kind, String current) {

        public String label() {
            return kind.label() + " · " + current;
        }
    }

    private final DecisionPinRecords records;
    private final ChangeHistory history;
    private final PlanEvents events;

    DecisionPins(DecisionPinRecords records, ChangeHistory history, PlanEvents events) {
        this.records = records;
        this.history = history;
        this.events = events;
    }

    /** What a decision about {@code link} could pin, with each value as it stands. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PinOption> options(PlanLink link) {
        if (link == null) {
            return List.of();
        }
        return Arrays.stream(PinKind.values()).filter(kind -> kind.item() == link.kind())
                .flatMap(kind -> records.current(kind, link.id()).map(value -> new PinOption(kind, value[1])).stream())
                .toList();
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<String> against(String itemKind, long itemId) {
        return records.brokenOn(LinkKind.valueOf(itemKind), itemId).stream().map(DecisionPin::flag).toList();
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<String> against(String itemKind) {
        LinkKind kind = LinkKind.valueOf(itemKind);
        return records.brokenOf(kind).stream().filter(pin -> pin.link() != null && pin.link().kind() == kind)
                .map(pin -> pin.link().label() + ": " + pin.flag()).toList();
    }

    /** A lead lets the plan differ from what was decided, saying why; the decision log keeps who, when and why. */
    @PreAuthorize(Roles.REVIEW_LEADS)
    @Transactional
    public void release(long pinId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new FieldProblem("reason", "Say why the decision no longer binds: the reason is kept with it.");
        }
        if (reason.strip().length() > 500) {
            throw new FieldProblem("reason", "Keep the reason under 500 characters.");
        }
        DecisionPin pin = records.find(pinId).orElseThrow(() -> new EditConflict("This decision no longer exists."));
        if (!records.release(pinId, CurrentUser.name(), reason.strip())) {
            throw new EditConflict("Someone released this pin a moment ago. Reload to see why.");
        }
        history.record(ChangeEntry.changed(HistoryArea.REVIEW, ReviewEvents.HISTORY_KIND, pin.decisionId(),
                "Decision of " + pin.week() + ": " + pin.decision(), "Pin", pin.pinned(), "Released: " + reason.strip()));
        events.publish(ReviewEvents.REVIEWS);
    }

    /** Pins {@code kind} of the decision's item as it stands now; returns what was pinned ("End date 15 Jan 2027"). */
    @Transactional(propagation = Propagation.MANDATORY)
    String pin(long decisionId, PinKind kind, PlanLink link) {
        if (kind == null) {
            return null;
        }
        if (link == null || link.kind() != kind.item()) {
            throw new FieldProblem("pin", "Choose the " + kind.item().label().toLowerCase(java.util.Locale.ENGLISH)
                    + " the decision is about: a decision pins a value of its own item.");
        }
        String[] value = records.current(kind, link.id()).orElseThrow(() -> new FieldProblem("link", "That item no longer exists."));
        records.pin(decisionId, kind, link.id(), value[0], value[1]);
        return kind.label().toLowerCase(java.util.Locale.ENGLISH) + " " + value[1];
    }

    /** Pins in force that the plan no longer follows: the next review lists them. */
    List<DecisionPin> broken() {
        return records.broken();
    }
}
