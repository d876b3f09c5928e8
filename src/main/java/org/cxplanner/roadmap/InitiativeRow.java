package org.cxplanner.roadmap;

import org.cxplanner.security.Team;
import java.time.LocalDate;
import java.util.List;

/**
 * An initiative as lists, the timeline and exports show it: names resolved, milestones included, what it waits for
 * ("depends on", titles) and whether a link of it is in conflict (it starts before what it waits for ends, or
 * something waiting for it does).
 */
public record InitiativeRow(long id, int version, String title, Team team, InitiativeStatus status, long ownerId,
                            String ownerName, LocalDate startDate, LocalDate endDate, List<Milestone> milestones,
                            String dependsOn, boolean conflict) {

    public InitiativeRow {
        milestones = List.copyOf(milestones);
    }

    public InitiativeRow(long id, int version, String title, Team team, InitiativeStatus status, long ownerId,
                         String ownerName, LocalDate startDate, LocalDate endDate, List<Milestone> milestones) {
        this(id, version, title, team, status, ownerId, ownerName, startDate, endDate, milestones, null, false);
    }

    public InitiativeRow withMilestones(List<Milestone> newMilestones) {
        return new InitiativeRow(id, version, title, team, status, ownerId, ownerName, startDate, endDate, newMilestones,
                dependsOn, conflict);
    }

    public long milestonesOutside() {
        return milestones.stream().filter(m -> m.isOutside(startDate, endDate)).count();
    }
}
