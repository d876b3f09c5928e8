package org.cxplanner.review;

import org.cxplanner.base.PlanCount;
import org.cxplanner.base.PlanCounter;
import org.springframework.stereotype.Component;

import java.util.List;

/** The home page's "This week": this week's review and whether it is open, and the action items overdue. */
@Component
class ReviewCounts implements PlanCounter {

    private final ReviewQueries reviews;

    ReviewCounts(ReviewQueries reviews) {
        this.reviews = reviews;
    }

    @Override
    public List<PlanCount> counts() {
        ReviewWeek week = reviews.currentWeek();
        ReviewStatus status = reviews.statusOf(week);
        int[] actions = reviews.openAndOverdueActions();
        return List.of(
                new PlanCount(1, "weekly review " + week, 0, "reviews", true, status.label()),
                PlanCount.attention(2, actions[1] == 1 ? "action item overdue" : "action items overdue", actions[1], "reviews"),
                PlanCount.attention(3, actions[0] == 1 ? "open action item" : "open action items", actions[0], "reviews"));
    }
}
