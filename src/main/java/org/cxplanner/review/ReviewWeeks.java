package org.cxplanner.review;

import org.cxplanner.base.EditConflict;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Finding a week's review, inside the calling service's transaction: started on first use (one row per ISO week,
 * whoever comes first), locked while it changes, and the window "what changed since the last review" it covers.
 */
@Component
class ReviewWeeks {

    static final DateTimeFormatter CLOSED_AT = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    private final ReviewRepository reviews;
    private final ReviewRecords records;

    ReviewWeeks(ReviewRepository reviews, ReviewRecords records) {
        this.reviews = reviews;
        this.records = records;
    }

    Optional<Review> find(ReviewWeek week) {
        return reviews.findByIsoYearAndIsoWeek(week.year(), week.week());
    }

    Review started(ReviewWeek week) {
        records.ensure(week);
        return find(week).orElseThrow();
    }

    /** The week's review, locked for this transaction; refused once it is closed. */
    Review openForChanges(ReviewWeek week) {
        Review review = started(week);
        if (records.lock(review.getId()) == ReviewStatus.CLOSED) {
            throw new ReviewClosed(week);
        }
        return review;
    }

    void save(Review review) {
        try {
            reviews.save(review);
        } catch (OptimisticLockingFailureException e) {
            throw new EditConflict("Someone changed this review at the same moment. Reload to see it as it is now.");
        }
    }

    /** Changes count from the close of the previous closed review, or from the start of the week before. */
    static Instant since(ReviewWeek week, Optional<ReviewRecords.PreviousReview> previous) {
        return previous.map(ReviewRecords.PreviousReview::closedAt)
                .orElseGet(() -> week.previous().monday().atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    static String sinceLabel(ReviewWeek week, Optional<ReviewRecords.PreviousReview> previous) {
        return previous.map(p -> "since the review of " + p.week() + " was closed, "
                        + CLOSED_AT.format(p.closedAt().atZone(ZoneId.systemDefault())))
                .orElseGet(() -> "since " + week.previous().monday() + " (no earlier review was closed)");
    }
}
