package org.cxplanner.users;

import java.time.Instant;

/** A personal access token as its owner and the administrators see it: never the token itself, which is shown once. */
public record ApiToken(long id, String owner, String ownerName, String name, String prefix, boolean readOnly, Instant createdAt,
                       Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy) {

    public boolean active(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    /** "Active", "Expired" or "Revoked". */
    public String state(Instant now) {
        return revokedAt != null ? "Revoked" : expiresAt.isAfter(now) ? "Active" : "Expired";
    }
}
