package org.cxplanner.raci;

import org.cxplanner.base.OutgoingEvent;
import org.cxplanner.base.OutgoingEvents;
import org.cxplanner.notifications.NotificationKind;
import org.cxplanner.notifications.NotificationService;
import org.cxplanner.notifications.Recipients;
import org.cxplanner.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;

/**
 * Tells a function's lead when the function becomes Accountable or Responsible for a touchpoint, and the leads of the
 * Accountable functions when a touchpoint loses its last Responsible; other systems when a touchpoint becomes or stops
 * being a gap.
 */
@Component
class RaciNews {

    private final RaciCellRecords cells;
    private final NotificationService notifications;
    private final OutgoingEvents outgoing;

    RaciNews(RaciCellRecords cells, NotificationService notifications, OutgoingEvents outgoing) {
        this.cells = cells;
        this.notifications = notifications;
        this.outgoing = outgoing;
    }

    /** After the cell was written in this transaction. */
    void cellChanged(long touchpointId, RaciCellRecords.CellState before, RaciLetter after) {
        if (before.functionLead() != null && (after == RaciLetter.A || after == RaciLetter.R) && before.letter() != after) {
            notifications.tell(Recipients.id(before.functionLead()), NotificationKind.RACI_OWNERSHIP,
                    before.function() + " is now " + (after == RaciLetter.A ? "Accountable" : "Responsible") + " for " + before.touchpoint(),
                    "Set by " + CurrentUser.displayName() + (before.letter() == null ? "" : "; was " + before.letter().name()),
                    route(before.touchpoint()));
        }
        if (before.letter() == RaciLetter.R && after != RaciLetter.R) {
            java.util.List<Long> leads = cells.accountableLeadsIfNoneResponsible(touchpointId);
            if (!leads.isEmpty()) {
                notifications.tell(Recipients.ids(leads), NotificationKind.RACI_OWNERSHIP,
                        before.touchpoint() + " has nobody Responsible any more",
                        before.function() + " is no longer Responsible (changed by " + CurrentUser.displayName()
                                + "). You are Accountable: find who does the work.", route(before.touchpoint()));
            }
        }
        announceGap(touchpointId, before, after);
    }

    /** A touchpoint that stops (or starts) having exactly one Accountable and a Responsible is news for other systems. */
    private void announceGap(long touchpointId, RaciCellRecords.CellState before, RaciLetter after) {
        if (before.functionArchived()) {
            return;
        }
        int[] now = cells.ownerCounts(touchpointId);
        int accountableBefore = now[0] - (after == RaciLetter.A ? 1 : 0) + (before.letter() == RaciLetter.A ? 1 : 0);
        int responsibleBefore = now[1] - (after == RaciLetter.R ? 1 : 0) + (before.letter() == RaciLetter.R ? 1 : 0);
        Set<HealthProblem> was = HealthProblem.of(accountableBefore, responsibleBefore);
        Set<HealthProblem> is = HealthProblem.of(now[0], now[1]);
        if (was.isEmpty() == is.isEmpty()) {
            return;
        }
        String change = before.function() + " " + (before.letter() == null ? "empty" : before.letter().name()) + " → "
                + (after == null ? "empty" : after.name()) + " by " + CurrentUser.displayName();
        Map<String, Object> data = Map.of("touchpointId", touchpointId, "touchpoint", before.touchpoint(),
                "health", HealthProblem.label(is), "wasHealth", HealthProblem.label(was), "function", before.function(),
                "letter", after == null ? "" : after.name());
        if (is.isEmpty()) {
            outgoing.emit(OutgoingEvent.RACI_GAP_CLOSED, "\"" + before.touchpoint() + "\" is no longer a RACI gap (" + change + ").",
                    route(before.touchpoint()), data);
        } else {
            outgoing.emit(OutgoingEvent.RACI_GAP_APPEARED, "\"" + before.touchpoint() + "\" became a RACI gap: "
                    + HealthProblem.label(is) + " (" + change + ").", route(before.touchpoint()), data);
        }
    }

    private static String route(String touchpoint) {
        return "raci?q=" + java.net.URLEncoder.encode(touchpoint, java.nio.charset.StandardCharsets.UTF_8);
    }
}
