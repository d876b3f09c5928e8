package org.cxplanner.review;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;

/** Something someone agreed to do in a review, owned by one person, due on a day; open until marked done. */
@Table("review_action")
public class ActionItem {

    @Id
    private Long id;
    @Version
    private Integer version;
    private Long reviewId;
    private String text;
    private Long ownerId;
    private LocalDate dueDate;
    private LinkKind linkKind;
    private Long linkId;
    private String linkLabel;
    private String createdBy;
    private Instant createdAt;
    private boolean done;
    private String doneBy;
    private Instant doneAt;
    private Long doneReviewId;

    protected ActionItem() {
    }

    ActionItem(long reviewId, ActionForm form, PlanLink link, String user, Instant now) {
        this.reviewId = reviewId;
        this.text = form.getText().strip();
        this.ownerId = form.getOwnerId();
        this.dueDate = form.getDueDate();
        if (link != null) {
            linkKind = link.kind();
            linkId = link.id();
            linkLabel = link.label();
        }
        createdBy = user;
        createdAt = now;
    }

    void markDone(boolean value, String user, Instant now, Long inReview) {
        done = value;
        doneBy = value ? user : null;
        doneAt = value ? now : null;
        doneReviewId = value ? inReview : null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version == null ? 0 : version;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public String getText() {
        return text;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public PlanLink link() {
        return linkKind == null ? null : new PlanLink(linkKind, linkId, linkLabel);
    }

    public boolean isDone() {
        return done;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Long getDoneReviewId() {
        return doneReviewId;
    }
}
