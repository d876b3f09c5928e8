package org.cxplanner.review;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * The weekly review of one ISO week. It exists from its first note, decision, action or attendee on; a week with
 * no row is an open review nobody has started. Closing freezes it; a lead may reopen it with a reason.
 */
@Table("review")
public class Review {

    @Id
    private Long id;
    @Version
    private Integer version;
    private int isoYear;
    private int isoWeek;
    private ReviewStatus status = ReviewStatus.OPEN;
    private String closedBy;
    private Instant closedAt;
    private String reopenedBy;
    private Instant reopenedAt;
    private String reopenReason;

    protected Review() {
    }

    Review(ReviewWeek week) {
        isoYear = week.year();
        isoWeek = week.week();
    }

    void close(String user, Instant when) {
        status = ReviewStatus.CLOSED;
        closedBy = user;
        closedAt = when;
    }

    void reopen(String user, Instant when, String reason) {
        status = ReviewStatus.OPEN;
        closedBy = null;
        closedAt = null;
        reopenedBy = user;
        reopenedAt = when;
        reopenReason = reason;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version == null ? 0 : version;
    }

    public ReviewWeek week() {
        return new ReviewWeek(isoYear, isoWeek);
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public boolean isClosed() {
        return status == ReviewStatus.CLOSED;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getReopenedBy() {
        return reopenedBy;
    }

    public Instant getReopenedAt() {
        return reopenedAt;
    }

    public String getReopenReason() {
        return reopenReason;
    }
}
