package org.cxplanner.review;

import org.cxplanner.raci.RaciChanged;

import org.cxplanner.roadmap.RoadmapEvents;

import org.cxplanner.history.HistoryArea;
import org.cxplanner.history.HistoryRow;
import org.cxplanner.history.HistoryService;
import org.cxplanner.indicators.IndicatorKind;
import org.cxplanner.indicators.IndicatorService;
import org.cxplanner.indicators.ScorecardRow;
import org.cxplanner.messaging.MessageAttention;
import org.cxplanner.messaging.MessageQueries;
import org.cxplanner.raci.MatrixFilter;
import org.cxplanner.raci.MatrixRow;
import org.cxplanner.raci.RaciService;
import org.cxplanner.roadmap.InitiativeRow;
import org.cxplanner.roadmap.InitiativeStatus;
import org.cxplanner.roadmap.Milestone;
import org.cxplanner.roadmap.RoadmapFilter;
import org.cxplanner.roadmap.RoadmapService;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Builds the review's agenda from the live plan, section by section, in the order the meeting goes through it.
 * Each feature answers through its own service, so the agenda sees exactly what the feature's screens show.
 */
@Component
class AgendaBuilder {

    static final String OVERDUE = "Overdue";
    static final String OPEN = "Open";
    static final String DONE_HERE = "Done in this review";
    static final String OFF_TRACK = "Off track";
    static final String GUARDRAIL = "Guardrail warnings";
    static final String NO_MEASUREMENT = "No measurement this period";
    static final String AT_RISK = "At risk";
    static final String DUE = "Due within 14 days";
    static final String ADDED = "Added since the last review";
    static final String DROPPED = "Dropped since the last review";
    static final String STATUS_CHANGES = "Status changes since the last review";
    static final String DATE_MOVES = "Date moves since the last review";
    static final String GAPS = "Gaps";
    static final String CELLS_CHANGED = "Cells changed since the last review";
    static final String WAITING = "Waiting for sign-off";
    static final String WITHDRAWN = "Sign-offs withdrawn since the last review";
    static final String CLASHES = "Send clashes in the next 4 weeks";
    static final String PROMISES = "Promise check fails";
    /** Beyond this many lines a group says how many more there are, so a big import cannot flood the meeting. */
    static final int MAX_PER_GROUP = 40;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    private final IndicatorService indicators;
    private final RoadmapService roadmap;
    private final RaciService raci;
    private final MessageQueries messaging;
    private final HistoryService history;
    private final ZoneId zone = ZoneId.systemDefault();

    AgendaBuilder(IndicatorService indicators, RoadmapService roadmap, RaciService raci, MessageQueries messaging,
                  HistoryService history) {
        this.indicators = indicators;
        this.roadmap = roadmap;
        this.raci = raci;
        this.messaging = messaging;
        this.history = history;
    }

    /** The agenda as the plan stands at {@code until}; changes count from {@code since}. */
    List<AgendaItem> build(List<ActionRow> carried, LocalDate today, Instant since, Instant until) {
        List<AgendaItem> items = new ArrayList<>();
        actions(carried, today, items);
        scorecard(items);
        List<HistoryRow> changes = history.between(EnumSet.of(HistoryArea.ROADMAP, HistoryArea.RACI), since, until);
        roadmap(today, changes, items);
        raci(changes, items);
        messages(today, since, until, items);
        return limited(items);
    }

    private void actions(List<ActionRow> carried, LocalDate today, List<AgendaItem> items) {
        for (ActionRow action : carried) {
            String group = action.done() ? DONE_HERE : action.isOverdue(today) ? OVERDUE : OPEN;
            Tone tone = action.done() ? Tone.DONE : action.isOverdue(today) ? Tone.ALERT : Tone.INFO;
            items.add(new AgendaItem(AgendaSection.ACTIONS, group, action.text(), actionDetail(action, today),
                    action.link() == null ? null : action.link().route(), tone, action.id()));
        }
    }

    /** The review's own action items as frozen lines: what the minutes say was agreed, and whether it was done then. */
    static List<AgendaItem> agreed(List<ActionRow> actions, LocalDate today) {
        return actions.stream().map(action -> new AgendaItem(AgendaSection.AGREED, action.done() ? "Done" : "Open",
                action.text(), actionDetail(action, today), action.link() == null ? null : action.link().route(),
                action.done() ? Tone.DONE : Tone.INFO, action.id())).toList();
    }

    static String actionDetail(ActionRow action, LocalDate today) {
        StringBuilder detail = new StringBuilder(action.ownerName()).append(" · due ").append(DAY.format(action.dueDate()));
        if (action.isOverdue(today)) {
            long days = ChronoUnit.DAYS.between(action.dueDate(), today);
            detail.append(" (").append(days).append(days == 1 ? " day" : " days").append(" overdue)");
        }
        detail.append(" · agreed in ").append(action.agreedIn());
        if (action.link() != null) {
            detail.append(" · ").append(action.link().describe());
        }
        if (action.done()) {
            detail.append(" · done by ").append(action.doneByName());
        }
        return detail.toString();
    }

    private void scorecard(List<AgendaItem> items) {
        List<ScorecardRow> rows = indicators.scorecard();
        for (ScorecardRow row : rows) {
            if (Boolean.FALSE.equals(row.onTrack())) {
                items.add(indicator(row, OFF_TRACK, Tone.ALERT, "Latest " + value(row.latest(), row) + " against "
                        + row.indicator().targetText() + " · " + row.onTrackOfLast3() + " of the last 3 on track · " + row.ownerName()));
            }
        }
        for (ScorecardRow row : rows) {
            if (row.guardrail() != null && row.indicator().getKind() == IndicatorKind.KPI) {
                items.add(indicator(row, GUARDRAIL, Tone.WARNING, row.guardrail()));
            }
        }
        for (ScorecardRow row : rows) {
            if (row.due()) {
                items.add(indicator(row, NO_MEASUREMENT, Tone.WARNING, "No " + row.indicator().getCadence().name()
                        .toLowerCase(Locale.ROOT) + " value yet for this period · " + row.indicator().getTeam().label()
                        + " records it · " + row.ownerName()));
            }
        }
    }

    private static AgendaItem indicator(ScorecardRow row, String group, Tone tone, String detail) {
        return new AgendaItem(AgendaSection.SCORECARD, group, row.indicator().getName() + " (" + row.indicator().getKind() + ")",
                detail, "indicators/" + row.indicator().getId(), tone);
    }

    private static String value(BigDecimal value, ScorecardRow row) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString() + " " + row.indicator().getUnit();
    }

    private void roadmap(LocalDate today, List<HistoryRow> changes, List<AgendaItem> items) {
        List<InitiativeRow> active = roadmap.span(RoadmapFilter.ALL.withStatuses(
                EnumSet.of(InitiativeStatus.PLANNED, InitiativeStatus.IN_PROGRESS, InitiativeStatus.AT_RISK)), null, null);
        LocalDate horizon = today.plusDays(14);
        for (InitiativeRow row : active) {
            if (row.status() == InitiativeStatus.AT_RISK) {
                items.add(initiative(row, AT_RISK, Tone.ALERT, row.ownerName() + " · " + row.team().label() + " · "
                        + DAY.format(row.startDate()) + " – " + DAY.format(row.endDate())));
            }
        }
        for (InitiativeRow row : active) {
            List<String> due = new ArrayList<>();
            boolean late = row.endDate().isBefore(today);
            if (late) {
                due.add("ended " + DAY.format(row.endDate()) + " but is not done");
            } else if (!row.endDate().isAfter(horizon)) {
                due.add("ends " + DAY.format(row.endDate()) + " (" + inDays(today, row.endDate()) + ")");
            }
            for (Milestone milestone : row.milestones()) {
                if (!milestone.done() && !milestone.dueDate().isAfter(horizon)) {
                    boolean missed = milestone.dueDate().isBefore(today);
                    late |= missed;
                    due.add("milestone “" + milestone.name() + "” " + (missed ? "was due " : "due ")
                            + DAY.format(milestone.dueDate()) + (missed ? "" : " (" + inDays(today, milestone.dueDate()) + ")"));
                }
            }
            if (!due.isEmpty()) {
                items.add(initiative(row, DUE, late ? Tone.ALERT : Tone.WARNING, String.join(" · ", due) + " · " + row.ownerName()));
            }
        }
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
                added.add(new AgendaItem(AgendaSection.ROADMAP, ADDED, change.itemLabel(), change.newValue() + by, route, Tone.INFO));
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
                        change.oldValue() + " → " + change.newValue() + by, route, Tone.INFO));
            }
        }
        items.addAll(added);
        items.addAll(dropped);
        items.addAll(statuses);
        items.addAll(moves);
    }

    private static AgendaItem initiative(InitiativeRow row, String group, Tone tone, String detail) {
        return new AgendaItem(AgendaSection.ROADMAP, group, row.title(), detail, "roadmap/" + row.id(), tone);
    }

    private void raci(List<HistoryRow> changes, List<AgendaItem> items) {
        for (MatrixRow row : raci.rows(MatrixFilter.ALL.withGapsOnly(true), 0, Integer.MAX_VALUE)) {
            items.add(new AgendaItem(AgendaSection.RACI, GAPS, row.touchpoint(), row.healthLabel() + " · " + row.stage(),
                    "raci?gaps=true&q=" + encode(row.touchpoint()), Tone.ALERT));
        }
        List<AgendaItem> cells = new ArrayList<>();
        for (HistoryRow change : changes) {
            if (change.area() == HistoryArea.RACI && RaciChanged.HISTORY_KIND.equals(change.itemKind()) && change.field() != null) {
                cells.add(new AgendaItem(AgendaSection.RACI, CELLS_CHANGED, change.itemLabel() + " · " + change.field(),
                        show(change.oldValue()) + " → " + show(change.newValue()) + " · " + change.changedByName() + ", "
                                + WHEN.format(change.changedAt().atZone(zone))
                                + (change.source() == org.cxplanner.history.ChangeSource.IMPORT ? " (import)" : ""),
                        "raci?q=" + encode(change.itemLabel()), Tone.INFO));
            }
        }
        items.addAll(cells);
    }

    private void messages(LocalDate today, Instant since, Instant until, List<AgendaItem> items) {
        MessageAttention attention = messaging.attention(today, since, until);
        Instant now = Instant.now().isBefore(until) ? Instant.now() : until;
        for (MessageAttention.Waiting waiting : attention.waiting()) {
            boolean soon = !waiting.sendDate().isAfter(today.plusDays(7));
            items.add(new AgendaItem(AgendaSection.MESSAGES, WAITING, waiting.title(),
                    waiting.side().label() + " sign-off waiting " + waited(waiting.since(), now) + " · sends "
                            + DAY.format(waiting.sendDate()), "messages/" + waiting.messageId(), soon ? Tone.ALERT : Tone.WARNING));
        }
        for (MessageAttention.Withdrawn withdrawn : attention.withdrawn()) {
            items.add(new AgendaItem(AgendaSection.MESSAGES, WITHDRAWN, withdrawn.title(), withdrawn.withdrawal().side().label()
                    + " sign-off withdrawn by " + withdrawn.withdrawal().withdrawnBy() + ", "
                    + WHEN.format(withdrawn.withdrawal().withdrawnAt().atZone(zone)) + ": " + withdrawn.withdrawal().reason(),
                    "messages/" + withdrawn.messageId(), Tone.WARNING));
        }
        for (MessageAttention.ClashPair clash : attention.clashes()) {
            items.add(new AgendaItem(AgendaSection.MESSAGES, CLASHES, clash.title() + " ↔ " + clash.otherTitle(),
                    "Same audience: sends " + DAY.format(clash.sendDate()) + " and " + DAY.format(clash.otherDate()),
                    "messages/" + clash.messageId(), Tone.WARNING));
        }
        for (MessageAttention.BrokenPromise broken : attention.brokenPromises()) {
            items.add(new AgendaItem(AgendaSection.MESSAGES, PROMISES, broken.title(), String.join("; ", broken.problems())
                    + " · sends " + DAY.format(broken.sendDate()), "messages/" + broken.messageId(), Tone.ALERT));
        }
    }

    /**
     * At most {@link #MAX_PER_GROUP} lines per group (action items excepted: each needs its tick): the most urgent
     * first, or the newest changes, then one line saying how many more there are and where to see them all.
     */
    private static List<AgendaItem> limited(List<AgendaItem> items) {
        java.util.Map<String, List<AgendaItem>> groups = new java.util.LinkedHashMap<>();
        items.forEach(item -> groups.computeIfAbsent(item.section() + "|" + item.group(), k -> new ArrayList<>()).add(item));
        List<AgendaItem> kept = new ArrayList<>(items.size());
        for (List<AgendaItem> group : groups.values()) {
            AgendaItem first = group.getFirst();
            if (first.section() == AgendaSection.ACTIONS || group.size() <= MAX_PER_GROUP) {
                kept.addAll(group);
                continue;
            }
            int more = group.size() - MAX_PER_GROUP;
            boolean changes = first.group().endsWith("since the last review");
            kept.addAll(changes ? group.subList(more, group.size()) : group.subList(0, MAX_PER_GROUP));
            kept.add(new AgendaItem(first.section(), first.group(), "… and " + more + (changes ? " earlier changes" : " more"),
                    changes ? "The change history lists them all" : "The full list is one click away", more(first), Tone.INFO));
        }
        return kept;
    }

    private static String more(AgendaItem item) {
        return switch (item.section()) {
            case SCORECARD -> OFF_TRACK.equals(item.group()) ? "indicators?status=Off%20track" : "indicators";
            case ROADMAP -> item.group().endsWith("since the last review") ? "history?area=ROADMAP" : "roadmap/list";
            case RACI -> GAPS.equals(item.group()) ? "raci?gaps=true" : "history?area=RACI";
            case MESSAGES -> "messages";
            default -> null;
        };
    }

    private static String waited(Instant since, Instant until) {
        long hours = Math.max(0, Duration.between(since, until).toHours());
        return hours < 1 ? "for under an hour" : hours < 24 ? "for " + hours + (hours == 1 ? " hour" : " hours")
                : "for " + hours / 24 + (hours / 24 == 1 ? " day" : " days");
    }

    private static String inDays(LocalDate today, LocalDate day) {
        long days = ChronoUnit.DAYS.between(today, day);
        return days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
    }

    private static String show(String value) {
        return value == null || value.isEmpty() ? "(empty)" : value;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
