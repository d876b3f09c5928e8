package org.cxplanner.review;

import org.cxplanner.history.HistoryArea;
import org.cxplanner.history.HistoryRow;
import org.cxplanner.roadmap.InitiativeRow;
import org.cxplanner.roadmap.InitiativeStatus;
import org.cxplanner.roadmap.Milestone;
import org.cxplanner.roadmap.RoadmapEvents;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.cxplanner.review.AgendaText.DAY;
import static org.cxplanner.review.AgendaText.WHEN;

/**
 * The roadmap section: active initiatives at risk or due within two weeks, then what changed since the last review
 * (added, dropped, status changes, date moves), read from the change history.
 */
final class RoadmapOnAgenda {

    static final String AT_RISK = "At risk";
    static final String DUE = "Due within 14 days";
    static final String ADDED = "Added since the last review";
    static final String DROPPED = "Dropped since the last review";
    static final String STATUS_CHANGES = "Status changes since the last review";
    static final String DATE_MOVES = "Date moves since the last review";

    private RoadmapOnAgenda() {
    }

    static List<AgendaItem> items(List<InitiativeRow> active, List<HistoryRow> changes, LocalDate today, ZoneId zone) {
        List<AgendaItem> items = new ArrayList<>();
        for (InitiativeRow row : active) {
            if (row.status() == InitiativeStatus.AT_RISK) {
                items.add(initiative(row, AT_RISK, Tone.ALERT, row.ownerName() + " · " + row.team().label() + " · "
                        + DAY.format(row.startDate()) + " – " + DAY.format(row.endDate())));
            }
        }
        for (InitiativeRow row : active) {
            due(row, today).ifPresent(items::add);
        }
        items.addAll(changes(changes, zone));
        return items;
    }

    private static java.util.Optional<AgendaItem> due(InitiativeRow row, LocalDate today) {
        LocalDate horizon = today.plusDays(14);
        List<String> due = new ArrayList<>();
        boolean late = row.endDate().isBefore(today);
        if (late) {
            due.add("ended " + DAY.format(row.endDate()) + " but is not done");
        } else if (!row.endDate().isAfter(horizon)) {
            due.add("ends " + DAY.format(row.endDate()) + " (" + AgendaText.inDays(today, row.endDate()) + ")");
        }
        for (Milestone milestone : row.milestones()) {
            if (!milestone.done() && !milestone.dueDate().isAfter(horizon)) {
                boolean missed = milestone.dueDate().isBefore(today);
                late |= missed;
                due.add("milestone “" + milestone.name() + "” " + (missed ? "was due " : "due ")
                        + DAY.format(milestone.dueDate()) + (missed ? "" : " (" + AgendaText.inDays(today, milestone.dueDate()) + ")"));
            }
        }
        return due.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(initiative(row, DUE, late ? Tone.ALERT : Tone.WARNING, String.join(" · ", due) + " · " + row.ownerName()));
    }

    private static List<AgendaItem> changes(List<HistoryRow> changes, ZoneId zone) {
        List<AgendaItem> added = new ArrayList<>();
        List<AgendaItem> dropped = new ArrayList<>();
        List<AgendaItem> statuses = new ArrayList<>();
        List<AgendaItem> moves = new ArrayList<>();
        for (HistoryRow change : changes) {
            if (change.area() != HistoryArea.ROADMAP || !RoadmapEvents.HISTORY_KIND.equals(change.itemKind())) {
                continue;
            }
            String by = " · " + change.changedByName() + ", " + WHEN.format(change.changedAt().atZone(zone));
            String route = "roadmap/" + change.itemId();
            if (change.field() == null && change.newValue() != null && change.newValue().startsWith("Created")) {
                added.add(new AgendaItem(AgendaSection.ROADMAP, ADDED, change.itemLabel(), AgendaText.show(change.newValue()) + by, route, Tone.INFO));
            } else if (change.field() == null && "Deleted".equals(change.newValue())) {
                dropped.add(new AgendaItem(AgendaSection.ROADMAP, DROPPED, change.itemLabel(), "Deleted" + by, null, Tone.WARNING));
            } else if ("Status".equals(change.field()) && InitiativeStatus.DROPPED.label().equals(change.newValue())) {
                dropped.add(new AgendaItem(AgendaSection.ROADMAP, DROPPED, change.itemLabel(),
                        change.oldValue() + " → Dropped" + by, route, Tone.WARNING));
            } else if ("Status".equals(change.field())) {
                statuses.add(new AgendaItem(AgendaSection.ROADMAP, STATUS_CHANGES, change.itemLabel(),
                        change.oldValue() + " → " + change.newValue() + by, route,
                        InitiativeStatus.AT_RISK.label().equals(change.newValue()) ? Tone.WARNING : Tone.INFO));
            } else if ("Dates".equals(change.field())) {
                moves.add(new AgendaItem(AgendaSection.ROADMAP, DATE_MOVES, change.itemLabel(),
                        AgendaText.show(change.oldValue()) + " → " + AgendaText.show(change.newValue()) + by, route, Tone.INFO));
            }
        }
        List<AgendaItem> items = new ArrayList<>(added);
        items.addAll(dropped);
        items.addAll(statuses);
        items.addAll(moves);
        return items;
    }

    private static AgendaItem initiative(InitiativeRow row, String group, Tone tone, String detail) {
        return new AgendaItem(AgendaSection.ROADMAP, group, row.title(), detail, "roadmap/" + row.id(), tone);
    }
}
