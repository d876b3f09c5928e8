package org.cxplanner.messaging;

import org.cxplanner.security.Team;

import java.time.Instant;

/** A sign-off that no longer stands: whose it was, for which content version, who withdrew it, when and why. */
public record Withdrawal(Team side, String signedBy, int contentVersion, String withdrawnBy, Instant withdrawnAt, String reason) {
}
