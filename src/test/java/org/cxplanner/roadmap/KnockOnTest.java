package org.cxplanner.roadmap;

import org.cxplanner.security.Team;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The knock-on worked out on its own: chains, two predecessors, who may move what, and send dates. */
@Tag("unit")
class KnockOnTest {

    private static final LocalDate D = LocalDate.of(2027, 1, 4);

    private static DependencyLink.End end(long id, Team team, int startDay, int endDay) {
        return new DependencyLink.End(id, "I" + id, team, InitiativeStatus.PLANNED, D.plusDays(startDay), D.plusDays(endDay));
    }

    private static DependencyLink link(DependencyLink.End predecessor, DependencyLink.End successor, int lag) {
        return new DependencyLink(predecessor, successor, lag);
    }

    @Test
    void aChainMovesJustEnoughAndStopsWhereThereIsSlack() {
        var a = end(1, Team.CX, 0, 9);
        var b = end(2, Team.JOINT, 10, 19);
        var c = end(3, Team.JOINT, 30, 39);
        var links = List.of(link(a, b, 0), link(b, c, 0));
        KnockOn moved = KnockOn.of(a, D.plusDays(7), D.plusDays(16), links, List.of(), true, e -> true);
        assertThat(moved.shifts()).singleElement().satisfies(shift -> {
            assertThat(shift.initiative().id()).isEqualTo(2);
            assertThat(shift.days()).isEqualTo(7);
            assertThat(shift.newEnd()).isEqualTo(D.plusDays(26));
        });
        assertThat(moved.conflicts()).isEmpty();
        KnockOn further = KnockOn.of(a, D.plusDays(21), D.plusDays(30), links, List.of(), true, e -> true);
        assertThat(further.shifts()).extracting(s -> s.initiative().id() + "+" + s.days()).containsExactly("2+21", "3+11");
        assertThat(KnockOnText.summary(further)).isEqualTo("Moves 2 joint initiatives by up to 3 weeks.");
    }

    @Test
    void theLaterOfTwoPredecessorsDecides() {
        var a = end(1, Team.CX, 0, 9);
        var b = end(2, Team.CX, 0, 14);
        var c = end(3, Team.CX, 17, 20);
        var links = List.of(link(a, c, 0), link(b, c, 2));
        KnockOn moved = KnockOn.of(a, D.plusDays(10), D.plusDays(19), links, List.of(), true, e -> true);
        assertThat(moved.shifts()).singleElement().satisfies(shift -> assertThat(shift.newStart()).isEqualTo(D.plusDays(20)));
        assertThat(KnockOn.of(b, D.plusDays(1), D.plusDays(15), links, List.of(), true, e -> true).shifts())
                .singleElement().satisfies(shift -> assertThat(shift.newStart()).isEqualTo(D.plusDays(18)));
    }

    @Test
    void whatTheCallerMayNotMoveKeepsItsDatesAndIsReportedAsAConflict() {
        var a = end(1, Team.CX, 0, 9);
        var b = end(2, Team.MARKETING, 10, 19);
        KnockOn moved = KnockOn.of(a, D.plusDays(7), D.plusDays(16), List.of(link(a, b, 0)), List.of(), true,
                e -> e.team() != Team.MARKETING);
        assertThat(moved.shifts()).isEmpty();
        assertThat(moved.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.successor().id()).isEqualTo(2);
            assertThat(c.earliestStart()).isEqualTo(D.plusDays(17));
        });
        assertThat(KnockOnText.lines(moved)).containsExactly(
                "'I2' (Marketing) starts 14 Jan 2027, before 'I1' ends: a conflict (it could start 21 Jan 2027).");
    }

    @Test
    void movingEarlierCanConflictWithWhatItWaitsForAndAnOldConflictIsNotNews() {
        var before = end(1, Team.CX, 0, 9);
        var moved = end(2, Team.CX, 12, 19);
        var already = end(3, Team.CX, 15, 20);
        var links = List.of(link(before, moved, 0), link(moved, already, 0));
        KnockOn earlier = KnockOn.of(moved, D.plusDays(8), D.plusDays(15), links, List.of(), false, e -> true);
        assertThat(earlier.conflicts()).extracting(c -> c.successor().id()).containsExactly(2L);
        assertThat(KnockOnText.lines(earlier).getFirst()).contains("before 'I1' ends");
    }

    @Test
    void aSendDateBetweenTheOldAndTheNewEndIsABrokenPromise() {
        var a = end(1, Team.CX, 0, 9);
        var promises = List.of(new DeliveryPromises.Promise(7, "Invitation", D.plusDays(12), 1),
                new DeliveryPromises.Promise(8, "Already late", D.plusDays(5), 1),
                new DeliveryPromises.Promise(9, "Far away", D.plusDays(40), 1));
        KnockOn moved = KnockOn.of(a, D.plusDays(7), D.plusDays(16), List.of(), promises, false, e -> true);
        assertThat(moved.brokenPromises()).extracting(b -> b.promise().messageTitle()).containsExactly("Invitation");
        assertThat(KnockOnText.summary(moved)).isEqualTo("The send date of 'Invitation' falls before its promise is delivered.");
        var done = new DependencyLink.End(1, "I1", Team.CX, InitiativeStatus.DONE, D, D.plusDays(9));
        assertThat(KnockOn.of(done, D.plusDays(7), D.plusDays(16), List.of(), promises, false, e -> true).brokenPromises()).isEmpty();
    }
}
