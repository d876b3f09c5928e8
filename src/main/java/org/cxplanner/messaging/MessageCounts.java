package org.cxplanner.messaging;

import org.cxplanner.security.CurrentUser;

import org.cxplanner.base.PlanCount;
import org.cxplanner.base.PlanCounter;
import org.springframework.stereotype.Component;

import java.util.List;

/** The home page tells each lead how many messages wait for their sign-off. */
@Component
class MessageCounts implements PlanCounter {

    private final MessageQueries messaging;

    MessageCounts(MessageQueries messaging) {
        this.messaging = messaging;
    }

    @Override
    public List<PlanCount> counts() {
        int waiting = messaging.readyForMe().size();
        int open = (int) messaging.rows().stream().filter(row -> row.status() != MessageStatus.SENT).count();
        List<PlanCount> counts = new java.util.ArrayList<>();
        counts.add(new PlanCount(30, open == 1 ? "message being prepared" : "messages being prepared", open, "messages"));
        if (CurrentUser.access().leads().orElse(null) != null) {
            counts.add(PlanCount.attention(31, waiting == 1 ? "message is ready for your sign-off" : "messages are ready for your sign-off",
                    waiting, "messages?waiting=true"));
        }
        return counts;
    }
}
