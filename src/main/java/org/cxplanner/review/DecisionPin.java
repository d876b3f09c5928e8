package org.cxplanner.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A value a decision pinned and where it stands now: {@code current} is the item's value read from the plan (null when
 * the item was deleted); {@code changedBy}/{@code changedAt} the last recorded change to that value since the pin.
 */
public record DecisionPin(long id, long decisionId, ReviewWeek week, String decision, PlanLink link, PinKind kind,
                          String pinnedValue, String pinnedLabel, String currentValue, String currentLabel,
                          String changedBy, Instant changedAt, String releasedBy, Instant releasedAt, String releaseReason) {

    public boolean released() {
        return releasedAt != null;
    }

    /** The plan still has the value the decision took (or a lead released the pin). */
    public boolean holds() {
        return released() || Objects.equals(pinnedValue, currentValue);
    }

    /** "End date 15 Jan 2027". */
    public String pinned() {
        return kind.label() + " " + pinnedLabel;
    }

    /** "15 Jan 2027 → 29 Jan 2027". */
    public String change() {
        return pinnedLabel + " → " + currentLabel;
    }

    /** The state the decision log shows: "Holds", "Changed: …", "Released by …: reason". */
    public String state() {
        if (released()) {
            return "Released by " + releasedBy + ": " + releaseReason;
        }
        return holds() ? "Holds" : "Changed: " + change();
    }

    /** The flag on the item: "Changes what was decided in 2026-W48: 'The launch stays on 15 January' (end date 15 Jan 2027 → 29 Jan 2027)". */
    public String flag() {
        return "Changes what was decided in " + week + ": '" + decision + "' (" + kind.label().toLowerCase(java.util.Locale.ENGLISH)
                + " " + change() + ")";
    }
}
