package org.cxplanner.messaging.ui;

import org.cxplanner.base.ui.Markup;
import org.cxplanner.messaging.Message;
import org.cxplanner.messaging.MessageDetails;
import org.cxplanner.messaging.SignOff;
import org.cxplanner.messaging.Withdrawal;
import org.cxplanner.raci.TouchpointOwners;
import org.cxplanner.security.Team;
import org.jsoup.nodes.Element;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.cxplanner.messaging.ui.MessageView.WHEN;

/**
 * The read-only record of a message's alignment: the two sign-offs, what changed since the signed version, the
 * promise check against the RACI matrix, and withdrawn sign-offs. Markup: drawn again with the same content, it
 * sends the browser nothing.
 */
final class MessageRecordPanel {

    final Markup signOffs = new Markup();
    final Markup changes = new Markup();
    final Markup promise = new Markup();
    final Markup withdrawals = new Markup();

    MessageRecordPanel() {
        signOffs.addClassName("message-signoffs");
        promise.addClassName("message-promise");
    }

    void show(Message message, MessageDetails shown, UnaryOperator<String> name) {
        showSignOffs(message, shown, name);
        showPromise(shown);
        Element withdrawn = new Element("ul");
        for (Withdrawal withdrawal : shown.withdrawals()) {
            withdrawn.appendChild(Markup.element("li", null, withdrawal.side().label() + " sign-off by " + name.apply(withdrawal.signedBy())
                    + " (version " + withdrawal.contentVersion() + ") withdrawn by " + name.apply(withdrawal.withdrawnBy()) + ", "
                    + WHEN.format(withdrawal.withdrawnAt().atZone(ZoneId.systemDefault())) + ": " + withdrawal.reason()));
        }
        if (shown.withdrawals().isEmpty()) {
            withdrawn.appendChild(Markup.element("li", null, "None."));
        }
        withdrawals.show(withdrawn);
    }

    private void showSignOffs(Message message, MessageDetails shown, UnaryOperator<String> name) {
        List<Element> lines = new ArrayList<>();
        for (Team side : List.of(Team.MARKETING, Team.CX)) {
            SignOff signOff = message.signOff(side).orElse(null);
            String by = shown.signOffRequests().get(side);
            String asked = signOff == null && by != null ? " (asked for by " + name.apply(by) + ")" : "";
            lines.add(Markup.element("p", signOff == null ? "signoff-open" : "signoff-done", side.label() + ": "
                    + (signOff == null ? "not signed" + asked : "signed by " + name.apply(signOff.signedBy()) + ", "
                    + WHEN.format(signOff.signedAt().atZone(ZoneId.systemDefault())) + " (version " + signOff.contentVersion() + ")")));
        }
        if (message.signOff(Team.MARKETING).isPresent() || message.signOff(Team.CX).isPresent()) {
            // A sign-off given while the promise held: the initiative moved since, so it no longer does.
            for (org.cxplanner.messaging.LatePromise late : shown.latePromises()) {
                lines.add(Markup.element("p", "warning", "Signed, but this message now " + late.text()
                        + ": move the send date or talk to the initiative's owner."));
            }
        }
        signOffs.show(lines.toArray(Element[]::new));
        if (shown.changedSinceSigned().isEmpty()) {
            changes.show();
            return;
        }
        Element list = new Element("ul");
        shown.changedSinceSigned().forEach((field, values) ->
                list.appendChild(Markup.element("li", null, field + ": " + show(values[0]) + " → " + show(values[1]))));
        changes.show(Markup.element("h3", null, "Changed since the signed version"), list);
    }

    private void showPromise(MessageDetails shown) {
        List<Element> lines = new ArrayList<>();
        for (TouchpointOwners owners : shown.owners()) {
            lines.add(Markup.element("p", null, owners.touchpoint() + " — accountable: " + names(owners.accountable())
                    + "; responsible: " + names(owners.responsible()) + "; keep informed: " + names(owners.informed())));
        }
        for (String problem : shown.promiseProblems()) {
            lines.add(Markup.element("p", "warning", problem + ": settle it in the RACI matrix before this message is signed."));
        }
        for (String problem : shown.deliveryProblems()) {
            lines.add(Markup.element("p", "warning", problem));
        }
        List<String> onTime = shown.promisedTitles().stream()
                .filter(title -> shown.latePromises().stream().noneMatch(late -> late.initiativeTitle().equals(title))).toList();
        if (!onTime.isEmpty()) {
            lines.add(Markup.element("p", null, "Promises the delivery of " + onTime.stream().map(t -> "'" + t + "'")
                    .collect(java.util.stream.Collectors.joining(", ")) + ": done by this send date as planned."));
        }
        if (shown.owners().isEmpty()) {
            lines.add(Markup.element("p", null, "No touchpoints linked: link the touchpoints this message promises something about."));
        }
        promise.show(lines.toArray(Element[]::new));
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "nobody" : String.join(", ", names);
    }

    private static String show(String value) {
        return value == null || value.isEmpty() ? "(empty)" : org.cxplanner.base.ReadableDates.in(value);
    }
}
