package org.cxplanner.roadmap;

import org.cxplanner.security.Team;
import jakarta.validation.ConstraintViolationException;
import org.cxplanner.IntegrationTest;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.history.HistoryFilter;
import org.cxplanner.history.HistoryRow;
import org.cxplanner.history.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every permission rule of the roadmap at the service layer, history of every change, and conflicts. */
class RoadmapServiceTest extends IntegrationTest {

    @Autowired
    private RoadmapService roadmap;
    @Autowired
    private InitiativeRepository initiatives;
    @Autowired
    private HistoryService history;

    @Test
    void anInitiativesPageShowsItExactlyAsTheRepositoryReadsIt() {
        actAs("viewer", "VIEWER");
        List<Initiative> all = initiatives.findAll();
        assertThat(all).anySatisfy(i -> {
            assertThat(i.getStageIds()).isNotEmpty();
            assertThat(i.getTouchpointIds()).isNotEmpty();
            assertThat(i.getIndicatorIds()).isNotEmpty();
            assertThat(i.getMilestones()).hasSizeGreaterThan(1);
        });
        for (Initiative stored : all) {
            assertThat(roadmap.details(stored.getId()).orElseThrow().initiative()).usingRecursiveComparison()
                    .ignoringCollectionOrderInFieldsMatchingRegexes("stages|touchpoints|indicators").isEqualTo(stored);
        }
        assertThat(roadmap.details(-1)).isEmpty();
    }

    @ParameterizedTest(name = "{0} creates {1}: {2}")
    @CsvSource({
            "MARKETING, MARKETING, true", "MARKETING, JOINT, true", "MARKETING, CX, false",
            "CX, CX, true", "CX, JOINT, true", "CX, MARKETING, false",
            "CMO, MARKETING, true", "CMO, JOINT, true", "CMO, CX, false",
            "CCO, CX, true", "CCO, JOINT, true", "CCO, MARKETING, false",
            "ADMIN, MARKETING, true", "ADMIN, JOINT, true", "ADMIN, CX, true"})
    void whoCreatesWhichTeamsInitiatives(String role, Team team, boolean allowed) {
        actAs("someone", role);
        InitiativeForm form = form("New thing", team);
        if (allowed) {
            assertThat(roadmap.create(form).getTeam()).isEqualTo(team);
        } else {
            assertThatThrownBy(() -> roadmap.create(form)).isInstanceOf(FieldProblem.class)
                    .hasMessageContaining("cannot change");
        }
    }

    @Test
    void aViewerReadsAndExportsButChangesNothing() {
        actAs("viewer", "VIEWER");
        assertThat(roadmap.count(RoadmapFilter.ALL)).isEqualTo(14);
        Initiative joint = byTitle("Pricing page clarity");
        assertThatThrownBy(() -> roadmap.create(form("x", Team.JOINT))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roadmap.update(joint.getId(), joint.getVersion(), InitiativeForm.of(joint)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roadmap.reschedule(joint.getId(), joint.getVersion(), LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roadmap.delete(joint.getId(), joint.getVersion())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallersReadNothing() {
        assertThatThrownBy(() -> roadmap.count(RoadmapFilter.ALL)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void marketingCannotEditOrDragACxInitiativeButCxCan() {
        Initiative cx = byTitle("Help centre search");
        actAs("marketer", "MARKETING");
        InitiativeForm form = InitiativeForm.of(cx);
        form.setTitle("Hijacked");
        assertThatThrownBy(() -> roadmap.update(cx.getId(), cx.getVersion(), form)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roadmap.reschedule(cx.getId(), cx.getVersion(), cx.getStartDate().plusWeeks(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(byTitle("Help centre search").getVersion()).isEqualTo(cx.getVersion());

        actAs("cx", "CX");
        form.setTitle("Help centre search, faster");
        assertThat(roadmap.update(cx.getId(), cx.getVersion(), form).getTitle()).isEqualTo("Help centre search, faster");
    }

    @ParameterizedTest(name = "{0} moves {1} to {2}: {3}")
    @CsvSource({
            "MARKETING, MARKETING, JOINT, false", "CMO, MARKETING, JOINT, true", "CMO, JOINT, MARKETING, true",
            "CMO, JOINT, CX, false", "CCO, CX, JOINT, true", "CCO, JOINT, CX, true", "CCO, JOINT, MARKETING, false",
            "CX, JOINT, CX, false", "ADMIN, MARKETING, CX, true"})
    void onlyLeadsMoveBetweenTheirTeamAndJoint(String role, Team from, Team to, boolean allowed) {
        actAs("admin", "ADMIN");
        Initiative initiative = roadmap.create(form("Moving", from));
        actAs("someone", role);
        InitiativeForm moved = InitiativeForm.of(initiative);
        moved.setTeam(to);
        if (allowed) {
            assertThat(roadmap.update(initiative.getId(), initiative.getVersion(), moved).getTeam()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> roadmap.update(initiative.getId(), initiative.getVersion(), moved))
                    .isInstanceOfAny(FieldProblem.class, AccessDeniedException.class);
        }
    }

    @ParameterizedTest(name = "{0} deletes {1}: {2}")
    @CsvSource({"CMO, MARKETING, true", "CMO, JOINT, true", "CMO, CX, false", "CCO, CX, true", "CCO, JOINT, true",
            "CCO, MARKETING, false", "MARKETING, MARKETING, false", "CX, CX, false", "ADMIN, CX, true"})
    void deletingIsForTheOwningTeamsLeadOrAnAdministrator(String role, Team team, boolean allowed) {
        actAs("admin", "ADMIN");
        Initiative initiative = roadmap.create(form("Short-lived", team));
        actAs("someone", role);
        if (allowed) {
            roadmap.delete(initiative.getId(), initiative.getVersion());
            assertThat(initiatives.findById(initiative.getId())).isEmpty();
        } else {
            assertThatThrownBy(() -> roadmap.delete(initiative.getId(), initiative.getVersion()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(initiatives.findById(initiative.getId())).isPresent();
        }
    }

    @Test
    void invalidInputIsRefusedAndNothingIsSaved() {
        actAs("cmo", "CMO");
        int before = roadmap.count(RoadmapFilter.ALL);
        InitiativeForm backwards = form("Backwards", Team.MARKETING);
        backwards.setEndDate(backwards.getStartDate().minusDays(1));
        assertThatThrownBy(() -> roadmap.create(backwards)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("The end date cannot be before the start date.");
        assertThatThrownBy(() -> roadmap.create(form(" ", Team.MARKETING))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> roadmap.create(form("x".repeat(201), Team.MARKETING))).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("At most 200 characters.");
        assertThat(roadmap.count(RoadmapFilter.ALL)).isEqualTo(before);
        assertThatThrownBy(() -> jdbc.update("UPDATE initiative SET end_date = start_date - 1"))
                .hasMessageContaining("initiative_dates");
    }

    @Test
    void aStaleSaveNamesWhoChangedItAndOverwritesNothing() {
        Initiative original = byTitle("Pricing page clarity");
        actAs("cco", "CCO");
        InitiativeForm theirs = InitiativeForm.of(original);
        theirs.setStatus(InitiativeStatus.AT_RISK);
        roadmap.update(original.getId(), original.getVersion(), theirs);

        actAs("marketer", "MARKETING");
        InitiativeForm mine = InitiativeForm.of(original);
        mine.setTitle("Pricing page, clearer");
        assertThatThrownBy(() -> roadmap.update(original.getId(), original.getVersion(), mine)).isInstanceOf(EditConflict.class)
                .hasMessageStartingWith("Chris Customer-Lead changed this initiative at ");
        Initiative now = byTitle("Pricing page clarity");
        assertThat(now.getStatus()).isEqualTo(InitiativeStatus.AT_RISK);
        assertThatThrownBy(() -> roadmap.reschedule(original.getId(), original.getVersion(), LocalDate.now()))
                .isInstanceOf(EditConflict.class);
    }

    @Test
    void everyChangeIsRecordedFieldByFieldIncludingDragsAndStatus() {
        Initiative initiative = byTitle("Spring campaign");
        actAs("marketer", "MARKETING");
        InitiativeForm form = InitiativeForm.of(initiative);
        form.setStatus(InitiativeStatus.AT_RISK);
        form.setEndDate(form.getEndDate().plusWeeks(1));
        Initiative saved = roadmap.update(initiative.getId(), initiative.getVersion(), form);
        roadmap.reschedule(saved.getId(), saved.getVersion(), saved.getStartDate().plusWeeks(2));

        List<HistoryRow> rows = history.rows(HistoryFilter.ofItem(RoadmapEvents.HISTORY_KIND, initiative.getId()), 0, 10);
        assertThat(rows).extracting(HistoryRow::field).containsExactly("Dates", "Dates", "Status");
        assertThat(rows.get(0).newValue()).isEqualTo(InitiativeChanges.span(saved.getStartDate().plusWeeks(2),
                saved.getEndDate().plusWeeks(2)));
        assertThat(rows.get(2).change()).isEqualTo("Status: Planned → At risk");
        Initiative moved = byTitle("Spring campaign");
        assertThat(moved.getMilestones().getFirst().dueDate()).isEqualTo(initiative.getMilestones().getFirst().dueDate().plusWeeks(2));
    }

    @Test
    void droppedInitiativesStayBehindTheFilter() {
        actAs("viewer", "VIEWER");
        assertThat(roadmap.page(RoadmapFilter.ALL, RoadmapSort.START, true, 0, 50)).extracting(InitiativeRow::title)
                .doesNotContain("Webinar series for prospects");
        assertThat(roadmap.page(RoadmapFilter.ALL.withStatuses(Set.of(InitiativeStatus.DROPPED)), RoadmapSort.START, true, 0, 50))
                .extracting(InitiativeRow::title).containsExactly("Webinar series for prospects");
    }

    private Initiative byTitle(String title) {
        long id = jdbc.queryForObject("SELECT id FROM initiative WHERE title = ?", Long.class, title);
        return initiatives.findById(id).orElseThrow();
    }

    private InitiativeForm form(String title, Team team) {
        InitiativeForm form = new InitiativeForm();
        form.setTitle(title);
        form.setTeam(team);
        form.setOwnerId(jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'cmo'", Long.class));
        form.setStartDate(LocalDate.of(2027, 1, 4));
        form.setEndDate(LocalDate.of(2027, 2, 26));
        return form;
    }
}
