package org.cxplanner.roadmap;

import org.cxplanner.security.Team;
import java.time.LocalDate;
import java.util.List;

/** An initiative as lists, the timeline and exports show it: names resolved, milestones included. */
public record InitiativeRow(long id, int version, String title, Team team, InitiativeStatus status, long ownerId,
                            String ownerName, LocalDate startDate, LocalDate endDate, List<Milestone> milestones) {

    public InitiativeRow {
        milestones = List.copyOf(milestones);
    }

    public InitiativeRow withMilestones(List<Milestone> newMilestones) {
        return new InitiativeRow(id, version, title, team, status, ownerId, ownerName, startDate, endDate, newMilestones);
    }

    public long milestonesOutside() {
        return milestones.stream().filter(m -> m.isOutside(startDate, endDate)).count();
    }
}
