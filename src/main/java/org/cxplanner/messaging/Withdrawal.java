package org.cxplanner.messaging;

import java.time.Instant;

/** A sign-off that no longer stands: whose it was, for which content version, who withdrew it, when and why. */
public record Withdrawal(Side side, String signedBy, int contentVersion, String withdrawnBy, Instant withdrawnAt, String reason) {
}
