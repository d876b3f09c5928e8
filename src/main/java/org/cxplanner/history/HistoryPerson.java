package org.cxplanner.history;

/** Someone who appears in the history: the username it records and the name people know them by. */
public record HistoryPerson(String username, String displayName) {
}
