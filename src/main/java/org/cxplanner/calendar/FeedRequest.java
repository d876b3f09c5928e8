package org.cxplanner.calendar;

import org.cxplanner.security.Team;

import java.time.LocalDate;
import java.util.Set;

/** For whom a feed is made: their id, the teams they speak for, their choices, and the day it is made on. */
public record FeedRequest(long userId, Set<Team> teams, FeedChoices choices, LocalDate today) {

    /** Whether plan items of {@code team} belong in this feed. */
    public boolean showsPlanOf(Team team) {
        return switch (choices.planItems()) {
            case ALL -> true;
            case NONE -> false;
            case JOINT -> team == Team.JOINT;
            case MY_TEAM -> team == Team.JOINT || teams.contains(team);
        };
    }
}
