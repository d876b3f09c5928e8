package org.cxplanner.review;

import org.cxplanner.history.HistoryArea;
import org.cxplanner.history.HistoryRow;
import org.cxplanner.messaging.LatePromise;
import org.cxplanner.roadmap.DependencyLink;
import org.cxplanner.roadmap.RoadmapEvents;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.cxplanner.review.AgendaText.DAY;
import static org.cxplanner.review.AgendaText.WHEN;

/**
 * The roadmap's knock-on since the last review: links now in conflict and messages now sending before the delivery
 * they promise, each with the date move (or new link) since the last review that caused it: who moved what. A
 * conflict nobody touched since the last review was on the agenda then and is not new.
 */
final class KnockOnOnAgenda {

    static final String CONFLICTS = "New dependency conflicts since the last review";
    static final String PROMISES = "Promises broken by a date change since the last review";

    private KnockOnOnAgenda() {
    }

    static List<AgendaItem> items(List<DependencyLink> links, List<LatePromise> late, List<HistoryRow> changes, ZoneId zone) {
        Map<Long, HistoryRow> lastMove = new HashMap<>();
        Map<Long, HistoryRow> lastLink = new HashMap<>();
        for (HistoryRow change : changes) {
            if (change.area() != HistoryArea.ROADMAP || !RoadmapEvents.HISTORY_KIND.equals(change.itemKind()) || change.itemId() == null) {
                continue;
            }
            if ("Dates".equals(change.field())) {
                lastMove.merge(change.itemId(), change, KnockOnOnAgenda::later);
            } else if ("Depends on".equals(change.field()) && change.newValue() != null) {
                lastLink.merge(change.itemId(), change, KnockOnOnAgenda::later);
            }
        }
        List<AgendaItem> items = new ArrayList<>();
        for (DependencyLink link : links) {
            if (!link.conflict()) {
                continue;
            }
            Optional<HistoryRow> cause = latest(lastMove.get(link.predecessor().id()), lastMove.get(link.successor().id()),
                    lastLink.get(link.successor().id()));
            cause.ifPresent(change -> items.add(new AgendaItem(AgendaSection.ROADMAP, CONFLICTS,
                    link.successor().title() + " ← " + link.predecessor().title(),
                    "Starts " + DAY.format(link.successor().start()) + ", before '" + link.predecessor().title() + "' ends ("
                            + DAY.format(link.predecessor().end()) + ") · " + cause(change, zone),
                    "roadmap/" + link.successor().id(), org.cxplanner.review.Tone.ALERT)));
        }
        for (LatePromise promise : late) {
            HistoryRow move = lastMove.get(promise.initiativeId());
            if (move != null && !promise.dropped()) {
                items.add(new AgendaItem(AgendaSection.MESSAGES, PROMISES, promise.messageTitle(),
                        "Sends " + DAY.format(promise.sendDate()) + " but '" + promise.initiativeTitle() + "' now ends "
                                + DAY.format(promise.initiativeEnd()) + " · " + cause(move, zone),
                        "messages/" + promise.messageId(), org.cxplanner.review.Tone.ALERT));
            }
        }
        return items;
    }

    /** "'Onboarding redesign' moved 1 – 28 Feb 2027 → 15 Feb – 14 Mar 2027 by Casey Ng, 2 Dec 10:04". */
    private static String cause(HistoryRow change, ZoneId zone) {
        String what = "Dates".equals(change.field())
                ? "'" + change.itemLabel() + "' moved " + AgendaText.show(change.oldValue()) + " → " + AgendaText.show(change.newValue())
                : "'" + change.itemLabel() + "' linked: " + change.newValue();
        return what + " by " + change.changedByName() + ", " + WHEN.format(change.changedAt().atZone(zone));
    }

    private static Optional<HistoryRow> latest(HistoryRow... changes) {
        HistoryRow latest = null;
        for (HistoryRow change : changes) {
            if (change != null && (latest == null || change.changedAt().isAfter(latest.changedAt()))) {
                latest = change;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static HistoryRow later(HistoryRow a, HistoryRow b) {
        return b.changedAt().isAfter(a.changedAt()) ? b : a;
    }
}
