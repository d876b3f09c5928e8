package org.cxplanner.notifications;

/** A mail as the outbox keeps it: subject, a plain-text part and an HTML part saying the same. */
public record Mail(String subject, String text, String html) {
}
