package org.cxplanner.messaging;

import org.cxplanner.security.Team;

import java.util.function.BiConsumer;

/** Ways to bring a demo message where a test needs it, through the same services the screens use. */
public final class MessageFixtures {

    private MessageFixtures() {
    }

    /**
     * The marketer and the CX member tick their side's items (accepting a send-date clash), then the CMO and the CCO
     * sign: the message is aligned. {@code signIn} signs the named person in with the role (user name, role).
     */
    public static void align(long id, MessageAlignment alignment, MessageRepository messages, BiConsumer<String, String> signIn) {
        for (String[] person : new String[][]{{"marketer", "MARKETING"}, {"cx", "CX"}}) {
            signIn.accept(person[0], person[1]);
            int items = messages.findById(id).orElseThrow().getChecks().size();
            for (int i = 0; i < items; i++) {
                Message message = messages.findById(id).orElseThrow();
                MessageCheck check = message.getChecks().get(i);
                boolean mine = person[0].equals("cx") ? check.side() == Team.CX : check.side() != Team.CX;
                if (mine && !check.ticked()) {
                    alignment.tick(id, message.getVersion(), i, true, check.checksClash() ? "Accepted: different audiences" : null);
                }
            }
        }
        signIn.accept("cmo", "CMO");
        alignment.signOff(id, messages.findById(id).orElseThrow().getVersion(), Team.MARKETING);
        signIn.accept("cco", "CCO");
        alignment.signOff(id, messages.findById(id).orElseThrow().getVersion(), Team.CX);
    }
}
