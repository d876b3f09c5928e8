package org.cxplanner.messaging;

import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** A lead's approval of one content version of a message. */
@Table("message_signoff")
public record SignOff(Side side, String signedBy, Instant signedAt, int contentVersion) {
}
