package org.cxplanner.review;

import java.time.Instant;

/** A note written under one agenda section during the meeting. */
public record ReviewNote(long id, AgendaSection section, String text, String writtenByName, Instant writtenAt) {
}
