package org.cxplanner.messaging;

import org.cxplanner.security.Team;

import java.time.LocalDate;

/** A message as the list shows it. */
public record MessageRow(long id, String title, MessageChannel channel, String audience, LocalDate sendDate, Team team,
                         MessageStatus status, int ticked, int required, boolean marketingSigned, boolean cxSigned,
                         java.util.List<Clash> clashes) {

    MessageRow withClashes(java.util.List<Clash> found) {
        return new MessageRow(id, title, channel, audience, sendDate, team, status, ticked, required, marketingSigned, cxSigned, found);
    }

    /** "Clashes with …" for the list and the calendar, or empty. */
    public String clashText() {
        return clashes.isEmpty() ? "" : "Clashes with " + clashes.stream().map(c -> c.otherTitle() + " (" + c.otherDate() + ")")
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
