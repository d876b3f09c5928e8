package org.cxplanner.review;

import org.cxplanner.history.HistoryArea;
import org.cxplanner.history.HistoryRow;
import org.cxplanner.history.HistoryService;
import org.cxplanner.indicators.IndicatorService;
import org.cxplanner.messaging.MessageQueries;
import org.cxplanner.raci.MatrixFilter;
import org.cxplanner.raci.RaciService;
import org.cxplanner.roadmap.InitiativeStatus;
import org.cxplanner.roadmap.RoadmapFilter;
import org.cxplanner.roadmap.RoadmapService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the review's agenda from the live plan, section by section, in the order the meeting goes through it.
 * Each feature answers through its own service, so the agenda sees exactly what the feature's screens show; each
 * section ({@code *OnAgenda}) turns those answers into lines.
 */
@Component
class AgendaBuilder {

    /** Beyond this many lines a group says how many more there are, so a big import cannot flood the meeting. */
    static final int MAX_PER_GROUP = 40;

    private final IndicatorService indicators;
    private final RoadmapService roadmap;
    private final RaciService raci;
    private final MessageQueries messaging;
    private final HistoryService history;
    private final Clock clock;
    private final org.cxplanner.roadmap.RoadmapDependencies dependencies;
    private final DecisionPinRecords pins;

    AgendaBuilder(IndicatorService indicators, RoadmapService roadmap, RaciService raci, MessageQueries messaging,
                  HistoryService history, Clock clock, org.cxplanner.roadmap.RoadmapDependencies dependencies,
                  DecisionPinRecords pins) {
        this.pins = pins;
        this.dependencies = dependencies;
        this.indicators = indicators;
        this.roadmap = roadmap;
        this.raci = raci;
        this.messaging = messaging;
        this.history = history;
        this.clock = clock;
    }

    /** The agenda as the plan stands at {@code until}; changes count from {@code since}. */
    List<AgendaItem> build(List<ActionRow> carried, LocalDate today, Instant since, Instant until) {
        ZoneId zone = clock.getZone();
        List<AgendaItem> items = new ArrayList<>(ActionsOnAgenda.carried(carried, today));
        items.addAll(PinsOnAgenda.items(pins.broken(), zone));
        items.addAll(ScorecardOnAgenda.items(indicators.scorecard()));
        List<HistoryRow> changes = history.between(EnumSet.of(HistoryArea.ROADMAP, HistoryArea.RACI), since, until);
        items.addAll(RoadmapOnAgenda.items(roadmap.span(RoadmapFilter.ALL.withStatuses(
                EnumSet.of(InitiativeStatus.PLANNED, InitiativeStatus.IN_PROGRESS, InitiativeStatus.AT_RISK)), null, null),
                changes, today, zone));
        items.addAll(RaciOnAgenda.items(raci.rows(MatrixFilter.ALL.withGapsOnly(true), 0, Integer.MAX_VALUE), changes, zone));
        Instant now = Instant.now(clock).isBefore(until) ? Instant.now(clock) : until;
        org.cxplanner.messaging.MessageAttention attention = messaging.attention(today, since, until);
        items.addAll(MessagesOnAgenda.items(attention, today, now, zone));
        items.addAll(KnockOnOnAgenda.items(dependencies.links(), attention.latePromises(), changes, zone));
        return limited(items);
    }

    /** The review's own action items as frozen lines, for the minutes. */
    static List<AgendaItem> agreed(List<ActionRow> actions, LocalDate today) {
        return ActionsOnAgenda.agreed(actions, today);
    }

    /**
     * At most {@link #MAX_PER_GROUP} lines per group (action items excepted: each needs its tick): the most urgent
     * first, or the newest changes, then one line saying how many more there are and where to see them all.
     */
    static List<AgendaItem> limited(List<AgendaItem> items) {
        Map<String, List<AgendaItem>> groups = new LinkedHashMap<>();
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
            case SCORECARD -> ScorecardOnAgenda.OFF_TRACK.equals(item.group()) ? "indicators?status=Off%20track" : "indicators";
            case ROADMAP -> item.group().endsWith("since the last review") ? "history?area=ROADMAP" : "roadmap/list";
            case RACI -> RaciOnAgenda.GAPS.equals(item.group()) ? "raci?gaps=true" : "history?area=RACI";
            case MESSAGES -> "messages";
            default -> null;
        };
    }
}
