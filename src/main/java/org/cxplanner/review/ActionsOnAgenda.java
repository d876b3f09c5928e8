package org.cxplanner.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The agenda's first section: action items carried in (open, overdue, done in this review), and the minutes' own. */
final class ActionsOnAgenda {

    static final String OVERDUE = "Overdue";
    static final String OPEN = "Open";
    static final String DONE_HERE = "Done in this review";
    static final String DROPPED_HERE = "Dropped in this review";
    static final String REDATED = "Re-dated more than once";

    private ActionsOnAgenda() {
    }

    static List<AgendaItem> carried(List<ActionRow> carried, LocalDate today) {
        return carried.stream().map(action -> {
            String group = action.isDropped() ? DROPPED_HERE : action.done() ? DONE_HERE
                    : action.redated() > 1 ? REDATED : action.isOverdue(today) ? OVERDUE : OPEN;
            Tone tone = action.done() ? Tone.DONE : action.isOverdue(today) ? Tone.ALERT : Tone.INFO;
            return new AgendaItem(AgendaSection.ACTIONS, group, action.text(), detail(action, today),
                    action.link() == null ? null : action.link().route(), tone, action.id());
        }).toList();
    }

    /** The review's own action items as frozen lines: what the minutes say was agreed, and whether it was done then. */
    static List<AgendaItem> agreed(List<ActionRow> actions, LocalDate today) {
        return actions.stream().map(action -> new AgendaItem(AgendaSection.AGREED,
                action.isDropped() ? "Dropped" : action.done() ? "Done" : "Open",
                action.text(), detail(action, today), action.link() == null ? null : action.link().route(),
                action.done() ? Tone.DONE : Tone.INFO, action.id())).toList();
    }

    static String detail(ActionRow action, LocalDate today) {
        StringBuilder detail = new StringBuilder(action.ownerName()).append(" · due ").append(AgendaText.DAY.format(action.dueDate()));
        if (action.isOverdue(today)) {
            long days = ChronoUnit.DAYS.between(action.dueDate(), today);
            detail.append(" (").append(days).append(days == 1 ? " day" : " days").append(" overdue)");
        }
        detail.append(" · agreed in ").append(action.agreedIn());
        if (action.link() != null) {
            detail.append(" · ").append(action.link().describe());
        }
        if (action.redated() > 0) {
            detail.append(" · ").append(action.redatedText());
        }
        if (action.isDropped()) {
            detail.append(" · dropped by ").append(action.doneByName()).append(": ").append(action.droppedReason());
        } else if (action.done()) {
            detail.append(" · done by ").append(action.doneByName());
        }
        return detail.toString();
    }
}
