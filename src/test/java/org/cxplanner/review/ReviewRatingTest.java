package org.cxplanner.review;

import org.cxplanner.IntegrationTest;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rating the meeting: only attendees, once each, only once it is closed, a note below 8; the minutes show it. */
class ReviewRatingTest extends IntegrationTest {

    @Autowired
    private ReviewRatings ratings;
    @Autowired
    private ReviewQueries reviews;

    @Test
    void anAttendeeRatesAClosedMeetingOnceAndTheMinutesShowTheAverage() {
        ReviewWeek last = reviews.currentWeek().previous();
        actAs("viewer", "VIEWER");
        MeetingRating before = reviews.page(last).rating();
        assertThat(before.mayRate()).as("attended last week's meeting, not rated yet").isTrue();
        assertThat(before.summary()).isEqualTo("Rated 8.0 by 4 of 5 attendees");
        assertThatThrownBy(() -> ratings.rate(last, 6, " ")).isInstanceOf(FieldProblem.class).hasMessageStartingWith("Below 8");
        assertThatThrownBy(() -> ratings.rate(last, 11, null)).isInstanceOf(FieldProblem.class).hasMessage("Rate it from 1 to 10.");
        ratings.rate(last, 6, "Half the agenda was not for me.");
        assertThatThrownBy(() -> ratings.rate(last, 9, null)).isInstanceOf(FieldProblem.class).hasMessage("You rated this meeting already.");
        ReviewPage page = reviews.page(last);
        assertThat(page.rating().mayRate()).isFalse();
        assertThat(page.rating().summary()).isEqualTo("Rated 7.6 by 5 of 5 attendees");
        assertThat(page.rating().lowNotes()).containsExactly("6 — Half the agenda was not for me.", "7 — We ran over on the roadmap again.");
        assertThat(ReviewMarkdownWriter.write(page)).contains("**Rating:** Rated 7.6 by 5 of 5 attendees (6 — Half the agenda");
    }

    @Test
    void onlyThoseWhoAttendedRateAndOnlyOnceItIsClosed() {
        actAs("admin", "ADMIN");
        ReviewWeek last = reviews.currentWeek().previous();
        assertThat(reviews.page(last).rating().mayRate()).isFalse();
        assertThatThrownBy(() -> ratings.rate(last, 9, null)).isInstanceOf(AccessDeniedException.class);
        actAs("cco", "CCO");
        assertThatThrownBy(() -> ratings.rate(reviews.currentWeek(), 9, null)).isInstanceOf(EditConflict.class)
                .hasMessageContaining("once a lead has closed");
        assertThat(reviews.page(reviews.currentWeek()).rating().mayRate()).isFalse();
        long review = jdbc.queryForObject("SELECT id FROM review WHERE iso_year = ? AND iso_week = ?", Long.class, last.year(), last.week());
        assertThatThrownBy(() -> jdbc.update("INSERT INTO review_rating (review_id, username, score) VALUES (?, 'stranger', 9)", review))
                .as("the database knows only attendees rate").isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO review_rating (review_id, username, score) VALUES (?, 'viewer', 5)", review))
                .as("below 8 needs a note").isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void theTrendHasThirteenWeeksWithEachMeetingsRatingAndTheActionsDoneOnTime() {
        actAs("viewer", "VIEWER");
        java.util.List<WeekTrend> trend = reviews.trend();
        assertThat(trend).hasSize(13);
        assertThat(trend.getLast().week()).isEqualTo(reviews.currentWeek());
        assertThat(trend.get(11).rating()).isEqualTo(8.0);
        assertThat(trend.get(10).rating()).isEqualTo(8.0);
        assertThat(trend.getLast().rating()).as("this week's meeting is not closed").isNull();
        // Last week: the help-centre owner proposal was done a day late, the NPS verbatims and the call centre owner
        // are still open.
        assertThat(trend.get(11).due()).isEqualTo(3);
        assertThat(trend.get(11).onTime()).isZero();
        long action = jdbc.queryForObject("SELECT id FROM review_action WHERE text LIKE 'Share this quarter%'", Long.class);
        jdbc.update("UPDATE review_action SET done = TRUE, done_by = 'cco', done_at = ? WHERE id = ?",
                java.sql.Timestamp.valueOf(reviews.currentWeek().previous().monday().atStartOfDay()), action);
        assertThat(reviews.trend().get(11).onTime()).isEqualTo(1);
    }
}
