package org.cxplanner.roadmap;

import org.cxplanner.base.Team;
import org.cxplanner.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may change which initiatives (PRODUCT.md): each team edits its own and joint ones; a lead also moves an
 * initiative between their team and joint, and deletes them; administrators do everything; viewers read.
 */
public final class RoadmapPermissions {

    private final Set<String> roles;

    private RoadmapPermissions(Set<String> roles) {
        this.roles = roles;
    }

    public static RoadmapPermissions of(Authentication user) {
        if (user == null) {
            return new RoadmapPermissions(Set.of());
        }
        return new RoadmapPermissions(user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet()));
    }

    /** The teams whose initiatives this user may create and edit. */
    public Set<Team> editableTeams() {
        if (roles.contains(Roles.ADMIN)) {
            return EnumSet.allOf(Team.class);
        }
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

    public boolean mayEdit(Team team) {
        return editableTeams().contains(team);
    }

    /** Moving between teams: the CMO between marketing and joint, the CCO between customer experience and joint. */
    public boolean mayMove(Team from, Team to) {
        if (from == to || roles.contains(Roles.ADMIN)) {
            return true;
        }
        Set<Team> pair = EnumSet.of(from, to);
        return (roles.contains(Roles.CMO) && pair.equals(EnumSet.of(Team.MARKETING, Team.JOINT)))
                || (roles.contains(Roles.CCO) && pair.equals(EnumSet.of(Team.CX, Team.JOINT)));
    }

    /** The teams an initiative of {@code current} may be given in the editor, its own team first. */
    public Set<Team> teamsFor(Team current) {
        if (current == null) {
            return editableTeams();
        }
        return EnumSet.allOf(Team.class).stream().filter(team -> mayMove(current, team))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Team.class)));
    }

    /** Deleting is for the owning team's lead (either lead for joint ones) and administrators. */
    public boolean mayDelete(Team team) {
        return roles.contains(Roles.ADMIN)
                || (roles.contains(Roles.CMO) && (team == Team.MARKETING || team == Team.JOINT))
                || (roles.contains(Roles.CCO) && (team == Team.CX || team == Team.JOINT));
    }

    public static String refusal(Team team) {
        return "Your role cannot change " + team.label().toLowerCase(java.util.Locale.ROOT) + " initiatives.";
    }
}
