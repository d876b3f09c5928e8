package org.cxplanner.base.presence;

/** Someone who has a screen open right now. */
public record Present(String username, String displayName) {
}
