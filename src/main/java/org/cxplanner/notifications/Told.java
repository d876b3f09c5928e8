package org.cxplanner.notifications;

/** One notification just written: for whom, and whether (and where) it goes out by mail at once. */
record Told(long notificationId, long recipientId, Delivery delivery, String email, String displayName) {
}
