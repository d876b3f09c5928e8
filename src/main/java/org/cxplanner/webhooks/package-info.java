/**
 * Webhooks: endpoints administrators register ({@code Webhooks}), the events features emit through
 * {@link org.cxplanner.base.OutgoingEvents} inside the transaction of the change ({@code WebhookOutbox}), and their
 * signed delivery with retries, one node at a time ({@code WebhookSender}), with a log per endpoint.
 */
package org.cxplanner.webhooks;
