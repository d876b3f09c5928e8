package org.cxplanner.users;

/** Someone other features can name or pick (an owner, an assignee): no roles, no credentials. */
public record Person(long id, String username, String displayName, boolean enabled) {
}
