package org.cxplanner.review;

import org.cxplanner.messaging.MessageAttention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.cxplanner.review.AgendaText.DAY;

/** The messages section: sign-offs waiting, sign-offs withdrawn, send clashes, and promises the RACI cannot keep. */
final class MessagesOnAgenda {

    static final String WAITING = "Waiting for sign-off";
    static final String WITHDRAWN = "Sign-offs withdrawn since the last review";
    static final String CLASHES = "Send clashes in the next 4 weeks";
    static final String PROMISES = "Promise check fails";

    private MessagesOnAgenda() {
    }

    /** {@code now} is when waits are measured to: a sign-off waiting since Monday has waited until now. */
    static List<AgendaItem> items(MessageAttention attention, LocalDate today, Instant now, ZoneId zone) {
        List<AgendaItem> items = new ArrayList<>();
        for (MessageAttention.Waiting waiting : attention.waiting()) {
            boolean soon = !waiting.sendDate().isAfter(today.plusDays(7));
            items.add(new AgendaItem(AgendaSection.MESSAGES, WAITING, waiting.title(),
                    waiting.side().label() + " sign-off waiting " + AgendaText.waited(waiting.since(), now) + " · sends "
                            + DAY.format(waiting.sendDate()), "messages/" + waiting.messageId(), soon ? Tone.ALERT : Tone.WARNING));
        }
        for (MessageAttention.Withdrawn withdrawn : attention.withdrawn()) {
            items.add(new AgendaItem(AgendaSection.MESSAGES, WITHDRAWN, withdrawn.title(), withdrawn.withdrawal().side().label()
                    + " sign-off withdrawn by " + withdrawn.withdrawal().withdrawnBy() + ", "
                    + AgendaText.WHEN.format(withdrawn.withdrawal().withdrawnAt().atZone(zone)) + ": " + withdrawn.withdrawal().reason(),
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
        return items;
    }
}
