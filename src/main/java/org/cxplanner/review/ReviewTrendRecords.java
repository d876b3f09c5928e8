package org.cxplanner.review;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The decision log's trend: ratings per reviewed week and action items done on time per due week, in two reads. */
@Repository
class ReviewTrendRecords {

    private final JdbcTemplate jdbc;

    ReviewTrendRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The {@code weeks} weeks up to and including {@code last}, oldest first. An open action counts once its due date
     * has passed ({@code today}): one still in time is not yet late.
     */
    List<WeekTrend> weeks(ReviewWeek last, int weeks, java.time.LocalDate today) {
        ReviewWeek first = last;
        for (int i = 1; i < weeks; i++) {
            first = first.previous();
        }
        Map<ReviewWeek, Double> ratings = new HashMap<>();
        jdbc.query("""
                SELECT r.iso_year, r.iso_week, avg(x.score) FROM review_rating x JOIN review r ON r.id = x.review_id
                WHERE (r.iso_year, r.iso_week) BETWEEN (?, ?) AND (?, ?) GROUP BY r.iso_year, r.iso_week""",
                (java.sql.ResultSet rs) -> {
                    ratings.put(new ReviewWeek(rs.getInt(1), rs.getInt(2)), rs.getDouble(3));
                }, first.year(), first.week(), last.year(), last.week());
        Map<ReviewWeek, int[]> actions = new HashMap<>();
        jdbc.query("""
                SELECT due_date, count(*), count(*) FILTER (WHERE done AND done_at::date <= due_date) FROM review_action
                WHERE dropped_reason IS NULL AND due_date BETWEEN ? AND ? AND (done OR due_date < ?) GROUP BY due_date""",
                (java.sql.ResultSet rs) -> {
                    int[] counts = actions.computeIfAbsent(ReviewWeek.of(rs.getDate(1).toLocalDate()), w -> new int[2]);
                    counts[0] += rs.getInt(2);
                    counts[1] += rs.getInt(3);
                }, Date.valueOf(first.monday()), Date.valueOf(last.sunday()), Date.valueOf(today));
        List<WeekTrend> trend = new ArrayList<>(weeks);
        ReviewWeek week = first;
        for (int i = 0; i < weeks; i++) {
            int[] counts = actions.getOrDefault(week, new int[2]);
            trend.add(new WeekTrend(week, ratings.get(week), counts[0], counts[1]));
            week = week.next();
        }
        return trend;
    }
}
