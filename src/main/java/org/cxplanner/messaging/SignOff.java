package org.cxplanner.messaging;

import org.cxplanner.security.Team;

import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** A lead's approval of one content version of a message. */
@Table("message_signoff")
public record SignOff(Team side, String signedBy, Instant signedAt, int contentVersion) {
}
