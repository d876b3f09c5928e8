package org.cxplanner.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may act for which team, for every feature: marketing staff and the CMO speak for marketing and joint items,
 * customer-experience staff and the CCO for customer-experience and joint items. A lead also moves an item between
 * their team and joint, deletes them, and signs for their side. Administrators edit, move and delete everything but
 * speak for no team (they record no numbers, tick no checklist item, sign nothing); viewers only read.
 * <p>
 * A plain value built from role names, so the rule is tested without Spring; {@link CurrentUser#access()} gives the
 * signed-in user's.
 */
public final class TeamAccess {

    public static final TeamAccess NONE = new TeamAccess(Set.of());

    private final Set<String> roles;

    private TeamAccess(Set<String> roles) {
        this.roles = roles;
    }

    /** From role names without Spring's ROLE_ prefix, as {@link Roles} spells them. */
    public static TeamAccess of(Collection<String> roleNames) {
        return new TeamAccess(Set.copyOf(roleNames));
    }

    public boolean isAdministrator() {
        return roles.contains(Roles.ADMIN);
    }

    /** The teams the caller works for: their items they record, tick and write. Empty for administrators and viewers. */
    public Set<Team> speaksFor() {
        EnumSet<Team> teams = EnumSet.noneOf(Team.class);
        if (roles.contains(Roles.MARKETING) || roles.contains(Roles.CMO)) {
            teams.add(Team.MARKETING);
            teams.add(Team.JOINT);
        }
        if (roles.contains(Roles.CX) || roles.contains(Roles.CCO)) {
            teams.add(Team.CX);
            teams.add(Team.JOINT);
        }
        return teams;
    }

    public boolean speaksFor(Team team) {
        return speaksFor().contains(team);
    }

    /** The side the caller leads and signs for: marketing for the CMO, customer experience for the CCO. */
    public Optional<Team> leads() {
        return roles.contains(Roles.CMO) ? Optional.of(Team.MARKETING)
                : roles.contains(Roles.CCO) ? Optional.of(Team.CX) : Optional.empty();
    }

    /** Only the CMO signs for marketing and only the CCO for customer experience; nobody signs for joint. */
    public boolean maySignFor(Team side) {
        return (side == Team.MARKETING && roles.contains(Roles.CMO)) || (side == Team.CX && roles.contains(Roles.CCO));
    }

    /** The teams whose items the caller may create and edit. */
    public Set<Team> editableTeams() {
        return isAdministrator() ? EnumSet.allOf(Team.class) : speaksFor();
    }

    public boolean mayEdit(Team team) {
        return editableTeams().contains(team);
    }

    /** Moving between teams: the CMO between marketing and joint, the CCO between customer experience and joint. */
    public boolean mayMove(Team from, Team to) {
        if (from == to || isAdministrator()) {
            return true;
        }
        Set<Team> pair = EnumSet.of(from, to);
        return (roles.contains(Roles.CMO) && pair.equals(EnumSet.of(Team.MARKETING, Team.JOINT)))
                || (roles.contains(Roles.CCO) && pair.equals(EnumSet.of(Team.CX, Team.JOINT)));
    }

    /** The teams an item of {@code current} may be given in an editor (all editable ones for a new item). */
    public Set<Team> teamsFor(Team current) {
        if (current == null) {
            return editableTeams();
        }
        EnumSet<Team> teams = EnumSet.noneOf(Team.class);
        for (Team team : Team.values()) {
            if (mayMove(current, team)) {
                teams.add(team);
            }
        }
        return teams;
    }

    /** Deleting is for the owning team's lead (either lead for joint items) and administrators. */
    public boolean mayDelete(Team team) {
        return isAdministrator()
                || (roles.contains(Roles.CMO) && (team == Team.MARKETING || team == Team.JOINT))
                || (roles.contains(Roles.CCO) && (team == Team.CX || team == Team.JOINT));
    }

    /** "Your role cannot change marketing initiatives." for {@code what} = "initiatives". */
    public static String refusal(String verb, Team team, String what) {
        return "Your role cannot " + verb + " " + team.label().toLowerCase(Locale.ROOT) + " " + what + ".";
    }
}
