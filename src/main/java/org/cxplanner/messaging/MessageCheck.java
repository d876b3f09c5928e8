package org.cxplanner.messaging;

import org.cxplanner.security.Team;

import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** One checklist item of a message, copied from its template, and whether (and by whom) it was ticked. */
@Table("message_check")
public record MessageCheck(String text, String guidance, boolean required, Team side, boolean ticked, String tickedBy,
                           Instant tickedAt, String note, boolean checksClash) {

    /** The note column's length. */
    public static final int MAX_NOTE = 1000;

    MessageCheck tick(boolean newTicked, String user, String newNote) {
        return new MessageCheck(text, guidance, required, side, newTicked, newTicked ? user : null,
                newTicked ? Instant.now() : null, newNote == null || newNote.isBlank() ? null : newNote.strip(), checksClash);
    }
}
