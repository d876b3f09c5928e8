package org.cxplanner.raci;

import org.cxplanner.notifications.NotificationKind;
import org.cxplanner.notifications.NotificationService;
import org.cxplanner.notifications.Recipients;
import org.cxplanner.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Tells a function's lead when the function becomes Accountable or Responsible for a touchpoint, and the leads of the
 * Accountable functions when a touchpoint loses its last Responsible.
 */
@Component
class RaciNews {

    private final RaciCellRecords cells;
    private final NotificationService notifications;

    RaciNews(RaciCellRecords cells, NotificationService notifications) {
        this.cells = cells;
        this.notifications = notifications;
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
    }

    private static String route(String touchpoint) {
        return "raci?q=" + java.net.URLEncoder.encode(touchpoint, java.nio.charset.StandardCharsets.UTF_8);
    }
}
