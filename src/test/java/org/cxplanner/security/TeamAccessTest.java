package org.cxplanner.security;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxplanner.security.Team.CX;
import static org.cxplanner.security.Team.JOINT;
import static org.cxplanner.security.Team.MARKETING;

/** The team rule of the product brief, every role against every team and action, without Spring or a database. */
@Tag("unit")
class TeamAccessTest {

    /** role, speaks for, may edit, may delete, leads (signs for). */
    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of(Roles.VIEWER, Set.of(), Set.of(), Set.of(), null),
                Arguments.of(Roles.MARKETING, Set.of(MARKETING, JOINT), Set.of(MARKETING, JOINT), Set.of(), null),
                Arguments.of(Roles.CX, Set.of(CX, JOINT), Set.of(CX, JOINT), Set.of(), null),
                Arguments.of(Roles.CMO, Set.of(MARKETING, JOINT), Set.of(MARKETING, JOINT), Set.of(MARKETING, JOINT), MARKETING),
                Arguments.of(Roles.CCO, Set.of(CX, JOINT), Set.of(CX, JOINT), Set.of(CX, JOINT), CX),
                Arguments.of(Roles.ADMIN, Set.of(), Set.of(MARKETING, JOINT, CX), Set.of(MARKETING, JOINT, CX), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void eachRoleActsForItsOwnTeamsOnly(String role, Set<Team> speaksFor, Set<Team> edits, Set<Team> deletes, Team leads) {
        TeamAccess access = TeamAccess.of(List.of(role));
        assertThat(access.speaksFor()).isEqualTo(speaksFor);
        assertThat(access.editableTeams()).isEqualTo(edits);
        assertThat(access.leads()).isEqualTo(Optional.ofNullable(leads));
        for (Team team : Team.values()) {
            assertThat(access.speaksFor(team)).as("%s speaks for %s", role, team).isEqualTo(speaksFor.contains(team));
            assertThat(access.mayEdit(team)).as("%s edits %s", role, team).isEqualTo(edits.contains(team));
            assertThat(access.mayDelete(team)).as("%s deletes %s", role, team).isEqualTo(deletes.contains(team));
            assertThat(access.maySignFor(team)).as("%s signs for %s", role, team).isEqualTo(team == leads);
        }
    }

    @Test
    void onlyTheLeadsMoveItemsBetweenTheirTeamAndJointAndAdministratorsMoveAnything() {
        assertThat(movesOf(Roles.CMO)).containsExactlyInAnyOrder("MARKETING>JOINT", "JOINT>MARKETING");
        assertThat(movesOf(Roles.CCO)).containsExactlyInAnyOrder("CX>JOINT", "JOINT>CX");
        assertThat(movesOf(Roles.ADMIN)).hasSize(6);
        for (String role : List.of(Roles.MARKETING, Roles.CX, Roles.VIEWER)) {
            assertThat(movesOf(role)).as(role).isEmpty();
        }
    }

    @Test
    void theEditorOffersTheTeamsAnItemMayMoveTo() {
        TeamAccess cmo = TeamAccess.of(List.of(Roles.CMO));
        assertThat(cmo.teamsFor(null)).containsExactly(MARKETING, JOINT);
        assertThat(cmo.teamsFor(MARKETING)).containsExactly(MARKETING, JOINT);
        assertThat(cmo.teamsFor(CX)).containsExactly(CX);
        assertThat(TeamAccess.of(List.of(Roles.MARKETING)).teamsFor(JOINT)).containsExactly(JOINT);
    }

    @Test
    void someoneWithBothStaffRolesSpeaksForEveryTeamButSignsForNone() {
        TeamAccess both = TeamAccess.of(List.of(Roles.MARKETING, Roles.CX));
        assertThat(both.speaksFor()).isEqualTo(EnumSet.allOf(Team.class));
        assertThat(both.leads()).isEmpty();
        assertThat(TeamAccess.NONE.editableTeams()).isEmpty();
    }

    @Test
    void aJointItemConcernsBothSides() {
        assertThat(JOINT.sides()).containsExactlyInAnyOrder(MARKETING, CX);
        assertThat(MARKETING.sides()).containsExactly(MARKETING);
        assertThat(TeamAccess.refusal("change", CX, "initiatives")).isEqualTo("Your role cannot change customer experience initiatives.");
    }

    private static List<String> movesOf(String role) {
        TeamAccess access = TeamAccess.of(List.of(role));
        return Stream.of(Team.values()).flatMap(from -> Stream.of(Team.values()).filter(to -> to != from)
                .filter(to -> access.mayMove(from, to)).map(to -> from + ">" + to)).toList();
    }
}
