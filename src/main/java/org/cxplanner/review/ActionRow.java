package org.cxplanner.review;

import java.time.Instant;
import java.time.LocalDate;

/** An action item as reviews list it: owner's name resolved, the week it was agreed, and whether and when it was done. */
public record ActionRow(long id, int version, String text, long ownerId, String ownerName, LocalDate dueDate, PlanLink link,
                        ReviewWeek agreedIn, String createdByName, boolean done, String doneByName, Instant doneAt,
                        int redated, String droppedReason, String createdBy) {

    public ActionRow(long id, int version, String text, long ownerId, String ownerName, LocalDate dueDate, PlanLink link,
                     ReviewWeek agreedIn, String createdByName, boolean done, String doneByName, Instant doneAt) {
        this(id, version, text, ownerId, ownerName, dueDate, link, agreedIn, createdByName, done, doneByName, doneAt, 0, null, null);
    }

    public boolean isDropped() {
        return droppedReason != null;
    }

    /** "re-dated once", "re-dated twice", "re-dated 3 times", or empty. */
    public String redatedText() {
        return switch (redated) {
            case 0 -> "";
            case 1 -> "re-dated once";
            case 2 -> "re-dated twice";
            default -> "re-dated " + redated + " times";
        };
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.ENGLISH);

    /** "Casey Experience · due Thu 3 Dec · Touchpoint: Call centre". */
    public String summary() {
        return ownerName + " · due " + DAY.format(dueDate) + (link == null ? "" : " · " + link.describe());
    }

    public boolean isOverdue(LocalDate today) {
        return !done && dueDate.isBefore(today);
    }
}
