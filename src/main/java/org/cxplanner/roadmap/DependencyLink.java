package org.cxplanner.roadmap;

import org.cxplanner.security.Team;

import java.time.LocalDate;

/**
 * "The successor starts after the predecessor ends", at the earliest {@code lagDays} after its last day, with both
 * initiatives as they stand now.
 */
public record DependencyLink(End predecessor, End successor, int lagDays) {

    /** One initiative of a link. */
    public record End(long id, String title, Team team, InitiativeStatus status, LocalDate start, LocalDate end) {
    }

    /** The first day the successor may start. */
    public LocalDate earliestStart() {
        return earliestStart(predecessor.end(), lagDays);
    }

    public boolean conflict() {
        return conflict(predecessor.status(), predecessor.end(), lagDays, successor.status(), successor.start());
    }

    static LocalDate earliestStart(LocalDate predecessorEnd, int lagDays) {
        return predecessorEnd.plusDays(lagDays + 1L);
    }

    /**
     * A successor starting before its predecessor ends (plus lag) is a conflict, unless either was dropped or the
     * successor is already done: then the dates no longer promise anything. {@link RoadmapRecords} asks the same in SQL.
     */
    static boolean conflict(InitiativeStatus predecessorStatus, LocalDate predecessorEnd, int lagDays,
                            InitiativeStatus successorStatus, LocalDate successorStart) {
        return predecessorStatus != InitiativeStatus.DROPPED && successorStatus.isActive()
                && successorStart.isBefore(earliestStart(predecessorEnd, lagDays));
    }

    /** "starts after 'X' ends" or "starts 5 days after 'X' ends". */
    public String describe() {
        return describe(predecessor.title(), lagDays);
    }

    static String describe(String predecessorTitle, int lagDays) {
        return "starts " + (lagDays == 0 ? "after" : lagDays + (lagDays == 1 ? " day" : " days") + " after")
                + " '" + predecessorTitle + "' ends";
    }
}
