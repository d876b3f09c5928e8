package org.cxplanner.messaging;

import org.cxplanner.security.Team;

import java.time.LocalDate;

/** A message as the list shows it. */
public record MessageRow(long id, String title, MessageChannel channel, String audience, LocalDate sendDate, Team team,
                         MessageStatus status, int ticked, int required, boolean marketingSigned, boolean cxSigned,
                         java.util.List<Clash> clashes, java.util.List<LatePromise> latePromises) {

    MessageRow(long id, String title, MessageChannel channel, String audience, LocalDate sendDate, Team team,
               MessageStatus status, int ticked, int required, boolean marketingSigned, boolean cxSigned, java.util.List<Clash> clashes) {
        this(id, title, channel, audience, sendDate, team, status, ticked, required, marketingSigned, cxSigned, clashes, java.util.List.of());
    }

    MessageRow withClashes(java.util.List<Clash> found) {
        return new MessageRow(id, title, channel, audience, sendDate, team, status, ticked, required, marketingSigned, cxSigned,
                found, latePromises);
    }

    MessageRow withLatePromises(java.util.List<LatePromise> found) {
        return new MessageRow(id, title, channel, audience, sendDate, team, status, ticked, required, marketingSigned, cxSigned,
                clashes, found);
    }

    /** "Promises 'X' which ends 14 Jan 2027, after this send date" for the list and the calendar, or empty. */
    public String promiseText() {
        String text = latePromises.stream().map(LatePromise::text).collect(java.util.stream.Collectors.joining("; "));
        return text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "Clashes with …" for the list and the calendar, or empty. */
    public String clashText() {
        return clashes.isEmpty() ? "" : "Clashes with " + clashes.stream().map(c -> c.otherTitle() + " (" + c.otherDate() + ")")
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
