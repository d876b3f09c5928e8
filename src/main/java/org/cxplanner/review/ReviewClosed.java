package org.cxplanner.review;

/** A change was asked of a closed review: closed reviews are read-only until a lead reopens them. */
public class ReviewClosed extends RuntimeException {

    ReviewClosed(ReviewWeek week) {
        super("The review of " + week + " is closed and read-only. A lead (CMO or CCO) can reopen it, giving a reason.");
    }
}
