package org.cxplanner.review;

import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Was the meeting worth it: once a lead closed the review, each attendee rates it 1 to 10, once, and says in a few
 * words what would have made it better when below 8. Ratings are not in the change history: they are meant candid.
 */
@Service
public class ReviewRatings {

    static final int MAX_NOTE = 500;

    private final ReviewWeeks weeks;
    private final ReviewRecords records;
    private final ReviewRatingRecords ratings;
    private final PlanEvents events;

    ReviewRatings(ReviewWeeks weeks, ReviewRecords records, ReviewRatingRecords ratings, PlanEvents events) {
        this.weeks = weeks;
        this.records = records;
        this.ratings = ratings;
        this.events = events;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void rate(ReviewWeek week, int score, String note) {
        Review review = weeks.find(week).orElseThrow(() -> new EditConflict("There is no review of " + week + " to rate."));
        if (!review.isClosed()) {
            throw new EditConflict("Rate the meeting once a lead has closed the review.");
        }
        if (records.attendeeNames(review.getId()).stream().noneMatch(name -> name.equalsIgnoreCase(CurrentUser.name()))) {
            throw new AccessDeniedException("Only those who attended the meeting rate it.");
        }
        if (score < 1 || score > 10) {
            throw new FieldProblem("score", "Rate it from 1 to 10.");
        }
        String cleaned = note == null || note.isBlank() ? null : note.strip();
        if (score < 8 && cleaned == null) {
            throw new FieldProblem("note", "Below 8: say in a few words what would have made it better.");
        }
        if (cleaned != null && cleaned.length() > MAX_NOTE) {
            throw new FieldProblem("note", "At most " + MAX_NOTE + " characters.");
        }
        if (!ratings.add(review.getId(), CurrentUser.name(), score, cleaned)) {
            throw new FieldProblem("score", "You rated this meeting already.");
        }
        events.publish(ReviewEvents.REVIEWS, review.getId());
    }
}
