package org.cxplanner.roadmap;

import org.cxplanner.IntegrationTest;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ReadableDates;
import org.cxplanner.history.HistoryFilter;
import org.cxplanner.history.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Starts after": rights, loops, lag, conflicts, and what a move does to what waits for it, before and after. */
class DependenciesTest extends IntegrationTest {

    @Autowired
    private RoadmapDependencies dependencies;
    @Autowired
    private RoadmapService roadmap;
    @Autowired
    private HistoryService history;

    private long id(String title) {
        return jdbc.queryForObject("SELECT id FROM initiative WHERE title = ?", Long.class, title);
    }

    private InitiativeRow row(String title) {
        return roadmap.span(RoadmapFilter.ALL, null, null).stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} links a {1} initiative: {2}")
    @CsvSource({
            "MARKETING, Spring campaign, true", "MARKETING, Renewal notice rewrite, true", "MARKETING, Help centre search, false",
            "CX, Help centre search, true", "CX, Spring campaign, false",
            "CMO, Spring campaign, true", "CCO, Spring campaign, false", "ADMIN, Help centre search, true", "VIEWER, Spring campaign, false"})
    void theWaitingInitiativesEditorsLinkItToAnyInitiative(String role, String successor, boolean allowed) {
        actAs("someone", role);
        // The predecessor is another team's: linking to anyone's is allowed.
        String predecessor = successor.equals("Help centre search") ? "Pricing page clarity" : "NPS follow-up loop";
        if (allowed) {
            dependencies.add(id(successor), id(predecessor), 3);
            assertThat(dependencies.linksOf(id(successor))).anySatisfy(link -> {
                assertThat(link.predecessor().title()).isEqualTo(predecessor);
                assertThat(link.lagDays()).isEqualTo(3);
            });
            dependencies.remove(id(successor), id(predecessor));
            assertThat(dependencies.linksOf(id(successor))).noneMatch(link -> link.predecessor().title().equals(predecessor));
        } else {
            assertThatThrownBy(() -> dependencies.add(id(successor), id(predecessor), 0)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void removingALinkFollowsTheWaitingInitiativesEditorsNotThePredecessors() {
        actAs("cx", "CX");
        // Loyalty tiers (marketing) waits for the spring campaign (marketing): customer experience cannot unlink it.
        assertThatThrownBy(() -> dependencies.remove(id("Loyalty programme tiers"), id("Spring campaign")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("cannot change marketing initiatives");
        actAs("marketer", "MARKETING");
        dependencies.remove(id("Loyalty programme tiers"), id("Spring campaign"));
        assertThat(dependencies.linksOf(id("Spring campaign"))).isEmpty();
    }

    @Test
    void aLoopIsRefusedNamingEveryInitiativeInIt() {
        actAs("admin", "ADMIN");
        // Demo: renewal waits for onboarding, community waits for renewal. Onboarding waiting for community closes a loop.
        assertThatThrownBy(() -> dependencies.add(id("Onboarding call redesign"), id("Customer community relaunch"), 0))
                .isInstanceOf(FieldProblem.class)
                .hasMessage("That would make a loop: 'Onboarding call redesign' would wait for 'Customer community relaunch', "
                        + "which waits for 'Renewal notice rewrite', which waits for 'Onboarding call redesign'. Remove one of those links first.");
        assertThatThrownBy(() -> dependencies.add(id("Spring campaign"), id("Spring campaign"), 0)).isInstanceOf(FieldProblem.class);
        assertThatThrownBy(() -> dependencies.add(id("Spring campaign"), id("Help centre search"), 400))
                .isInstanceOf(FieldProblem.class).hasMessageContaining("0 to 365 days");
        assertThatThrownBy(() -> dependencies.add(id("Spring campaign"), -5, 0)).isInstanceOf(EditConflict.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM initiative_dependency", Integer.class)).isEqualTo(3);
    }

    @Test
    void theDatabaseRefusesALinkToItself() {
        long spring = id("Spring campaign");
        assertThatThrownBy(() -> jdbc.update("INSERT INTO initiative_dependency (successor_id, predecessor_id, created_by) VALUES (?, ?, 'x')",
                spring, spring)).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void aLinkAndItsLagAreInTheHistoryAndTheLagDecidesTheConflict() {
        actAs("marketer", "MARKETING");
        InitiativeRow spring = row("Spring campaign");
        InitiativeRow loyalty = row("Loyalty programme tiers");
        long gap = java.time.temporal.ChronoUnit.DAYS.between(spring.endDate(), loyalty.startDate());
        assertThat(gap).isEqualTo(3);
        dependencies.add(loyalty.id(), spring.id(), 2);
        assertThat(row("Loyalty programme tiers").conflict()).isFalse();
        dependencies.add(loyalty.id(), spring.id(), 3);
        assertThat(row("Loyalty programme tiers").conflict()).as("starts on the day the lag ends: too early").isTrue();
        assertThat(row("Spring campaign").conflict()).isTrue();
        assertThat(dependencies.links()).filteredOn(DependencyLink::conflict).singleElement()
                .satisfies(link -> assertThat(link.earliestStart()).isEqualTo(loyalty.startDate().plusDays(1)));
        assertThat(history.rows(HistoryFilter.ofItem(RoadmapEvents.HISTORY_KIND, loyalty.id()), 0, 5)).first()
                .satisfies(h -> assertThat(h.change()).isEqualTo("Depends on: starts 2 days after 'Spring campaign' ends → "
                        + "starts 3 days after 'Spring campaign' ends"));
        dependencies.remove(loyalty.id(), spring.id());
        assertThat(row("Loyalty programme tiers").conflict()).isFalse();
        assertThat(row("Loyalty programme tiers").dependsOn()).isNull();
    }

    @Test
    void aDroppedPredecessorOrADoneSuccessorIsNoConflict() {
        actAs("admin", "ADMIN");
        jdbc.update("UPDATE initiative SET start_date = start_date - 14 WHERE title = 'Loyalty programme tiers'");
        assertThat(row("Loyalty programme tiers").conflict()).isTrue();
        jdbc.update("UPDATE initiative SET status = 'DROPPED' WHERE title = 'Spring campaign'");
        assertThat(row("Loyalty programme tiers").conflict()).isFalse();
        assertThat(dependencies.links()).noneMatch(DependencyLink::conflict);
    }

    @Test
    void thePreviewSaysWhatWouldMoveOrConflictAndWhichSendDateWouldBreakBeforeTheMove() {
        actAs("cco", "CCO");
        InitiativeRow onboarding = row("Onboarding call redesign");
        InitiativeRow renewal = row("Renewal notice rewrite");
        LocalDate sendDate = onboarding.endDate().plusDays(7);
        RoadmapDependencies.Preview preview = dependencies.preview(onboarding.id(), onboarding.startDate().plusWeeks(2),
                onboarding.endDate().plusWeeks(2));
        assertThat(KnockOnText.summary(preview.keep())).isEqualTo("'Renewal notice rewrite' would start before what it waits for ends"
                + " and the send date of 'New onboarding call invitation' falls before its promise is delivered.");
        assertThat(KnockOnText.summary(preview.moveToo())).isEqualTo("Moves 1 joint initiative by 2 weeks"
                + " and the send date of 'New onboarding call invitation' falls before its promise is delivered.");
        assertThat(KnockOnText.lines(preview.moveToo())).containsExactly(
                "'Renewal notice rewrite' (Joint) moves 2 weeks later: " + ReadableDates.of(renewal.startDate().plusWeeks(2)) + " – "
                        + ReadableDates.of(renewal.endDate().plusWeeks(2)) + ".",
                "'New onboarding call invitation' sends " + ReadableDates.of(sendDate) + " but promises 'Onboarding call redesign', which would end "
                        + ReadableDates.of(onboarding.endDate().plusWeeks(2)) + ".");
        assertThat(roadmap.span(RoadmapFilter.ALL, null, null)).as("a preview changes nothing").noneMatch(InitiativeRow::conflict);
        // A week earlier touches nothing waiting for it.
        assertThat(dependencies.preview(onboarding.id(), onboarding.startDate().minusWeeks(1), onboarding.endDate().minusWeeks(1)).isEmpty()).isTrue();
    }

    @Test
    void movingTheDependantsTooMovesTheWholeChainButOnlyWhatTheCallerMayMove() {
        actAs("cco", "CCO");
        InitiativeRow onboarding = row("Onboarding call redesign");
        InitiativeRow renewal = row("Renewal notice rewrite");
        InitiativeRow community = row("Customer community relaunch");
        roadmap.reschedule(onboarding.id(), onboarding.version(), onboarding.startDate().plusWeeks(4), true);
        assertThat(row("Renewal notice rewrite").startDate()).isEqualTo(renewal.startDate().plusWeeks(4));
        assertThat(row("Customer community relaunch").startDate()).as("two weeks of slack, then it moves too")
                .isEqualTo(community.startDate().plusWeeks(2));
        assertThat(roadmap.span(RoadmapFilter.ALL, null, null)).noneMatch(InitiativeRow::conflict);

        // Customer experience cannot move the marketing loyalty tiers: they keep their dates and show the conflict.
        actAs("cx", "CX");
        jdbc.update("UPDATE initiative SET team = 'CX' WHERE title = 'Spring campaign'");
        InitiativeRow spring = row("Spring campaign");
        InitiativeRow loyalty = row("Loyalty programme tiers");
        roadmap.reschedule(spring.id(), spring.version(), spring.startDate().plusWeeks(1), true);
        assertThat(row("Loyalty programme tiers").startDate()).isEqualTo(loyalty.startDate());
        assertThat(row("Loyalty programme tiers").conflict()).isTrue();
    }

    @Test
    void keepingTheDependantsFlagsTheConflictOnBothBars() {
        actAs("cco", "CCO");
        InitiativeRow onboarding = row("Onboarding call redesign");
        roadmap.reschedule(onboarding.id(), onboarding.version(), onboarding.startDate().plusWeeks(2), false);
        assertThat(row("Onboarding call redesign").conflict()).isTrue();
        assertThat(row("Renewal notice rewrite").conflict()).isTrue();
        assertThat(row("Renewal notice rewrite").dependsOn()).isEqualTo("Onboarding call redesign");
    }

    @Test
    void everyoneSignedInReadsLinksAndNobodyElse() {
        actAs("viewer", "VIEWER");
        assertThat(dependencies.links()).hasSize(3);
        assertThat(dependencies.preview(id("Spring campaign"), LocalDate.now(), LocalDate.now().plusDays(3))).isNotNull();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> dependencies.links()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> dependencies.linksOf(1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> dependencies.add(1, 2, 0)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> dependencies.remove(1, 2)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theSqlAndTheTimelineAgreeOnWhatIsAConflict() {
        actAs("admin", "ADMIN");
        jdbc.update("UPDATE initiative SET start_date = start_date - 2 WHERE title IN ('Loyalty programme tiers', 'Renewal notice rewrite')");
        List<InitiativeRow> rows = roadmap.span(RoadmapFilter.ALL, null, null);
        for (DependencyLink link : dependencies.links()) {
            boolean inRows = rows.stream().filter(r -> r.id() == link.successor().id()).findFirst().orElseThrow().conflict();
            assertThat(inRows).as(link.successor().title()).isEqualTo(link.conflict()
                    || dependencies.linksOf(link.successor().id()).stream().anyMatch(DependencyLink::conflict));
        }
        assertThat(dependencies.links()).filteredOn(DependencyLink::conflict).hasSize(2);
    }

    @Test
    void aNewInitiativeStartsAfterAnotherInOneStepOrNotAtAll() {
        actAs("marketer", "MARKETING");
        InitiativeForm form = new InitiativeForm();
        form.setTitle("Spring follow-up mailing");
        form.setTeam(org.cxplanner.security.Team.MARKETING);
        form.setStatus(InitiativeStatus.PLANNED);
        form.setOwnerId(jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'marketer'", Long.class));
        form.setStartDate(LocalDate.now().plusWeeks(20));
        form.setEndDate(LocalDate.now().plusWeeks(22));
        int before = jdbc.queryForObject("SELECT count(*) FROM initiative", Integer.class);
        assertThatThrownBy(() -> roadmap.create(form, id("Spring campaign"), 400)).isInstanceOf(FieldProblem.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM initiative", Integer.class)).as("nothing saved half-way").isEqualTo(before);
        Initiative created = roadmap.create(form, id("Spring campaign"), 7);
        assertThat(dependencies.linksOf(created.getId())).singleElement()
                .satisfies(link -> assertThat(link.describe()).isEqualTo("starts 7 days after 'Spring campaign' ends"));
    }
}
