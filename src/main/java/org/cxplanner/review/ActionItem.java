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
    private int redated;
    private String droppedReason;

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

    /** New text, owner and due date; a new due date counts as a re-dating. */
    void handOn(String newText, long newOwnerId, LocalDate newDueDate) {
        if (!newDueDate.equals(dueDate)) {
            redated++;
        }
        text = newText.strip();
        ownerId = newOwnerId;
        dueDate = newDueDate;
    }

    /** Closed without being done: counted as closed wherever open actions are, with the reason. */
    void drop(String reason, String user, Instant now, Long inReview) {
        markDone(true, user, now, inReview);
        droppedReason = reason.strip();
    }

    void markDone(boolean value, String user, Instant now, Long inReview) {
        droppedReason = null;
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

    public int getRedated() {
        return redated;
    }

    public String getDroppedReason() {
        return droppedReason;
    }

    public String getCreatedBy() {
        return createdBy;
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
