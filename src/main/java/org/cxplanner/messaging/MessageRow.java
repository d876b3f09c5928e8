package org.cxplanner.messaging;

import org.cxplanner.roadmap.Team;

import java.time.LocalDate;

/** A message as the list shows it. */
public record MessageRow(long id, String title, MessageChannel channel, String audience, LocalDate sendDate, Team team,
                         MessageStatus status, int ticked, int required, boolean marketingSigned, boolean cxSigned) {
}
