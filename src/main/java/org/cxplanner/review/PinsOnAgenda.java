package org.cxplanner.review;

import java.time.ZoneId;
import java.util.List;

import static org.cxplanner.review.AgendaText.WHEN;

/**
 * Values decided in a review that the plan no longer has, in the section of their item, first: who changed what,
 * when, from what to what, against which decision. They stay on every agenda until the value comes back or a lead
 * releases the pin.
 */
final class PinsOnAgenda {

    static final String AGAINST = "Changed against a decision";

    private PinsOnAgenda() {
    }

    static List<AgendaItem> items(List<DecisionPin> broken, ZoneId zone) {
        return broken.stream().filter(pin -> pin.link() != null).map(pin -> new AgendaItem(section(pin.kind()), AGAINST,
                pin.link().label(), pin.kind().label() + " " + pin.change()
                + (pin.changedBy() == null ? "" : " by " + pin.changedBy() + ", " + WHEN.format(pin.changedAt().atZone(zone)))
                + " · decided in " + pin.week() + ": '" + pin.decision() + "'",
                pin.currentValue() == null ? null : pin.link().route(), Tone.ALERT)).toList();
    }

    private static AgendaSection section(PinKind kind) {
        return switch (kind.item()) {
            case INITIATIVE -> AgendaSection.ROADMAP;
            case MESSAGE -> AgendaSection.MESSAGES;
            case TOUCHPOINT -> AgendaSection.RACI;
            case INDICATOR -> AgendaSection.SCORECARD;
        };
    }
}
