package org.cxplanner.review;

/**
 * One week of the meeting's trend: the attendees' average rating of its review (null: none rated or no meeting) and
 * of the action items due that week (dropped ones aside), how many were done by their due date.
 */
public record WeekTrend(ReviewWeek week, Double rating, int due, int onTime) {

    /** The share done on time, 0 to 1; null when nothing was due. */
    public Double onTimeShare() {
        return due == 0 ? null : onTime / (double) due;
    }
}
