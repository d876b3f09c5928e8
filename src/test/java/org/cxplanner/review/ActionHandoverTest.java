package org.cxplanner.review;

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

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Actions handed on rather than agreed again: who may, what the history and the next review say, dropping. */
class ActionHandoverTest extends IntegrationTest {

    @Autowired
    private ActionHandover handover;
    @Autowired
    private ReviewMeeting meeting;
    @Autowired
    private ReviewQueries reviews;
    @Autowired
    private ActionItemRepository actions;
    @Autowired
    private HistoryService history;

    private long personId(String username) {
        return jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
    }

    /** An action added by cx for the marketer. */
    private ActionItem agreed() {
        actAs("cx", "CX");
        return meeting.addAction(reviews.currentWeek(), ActionForm.of("Draft the returns FAQ", personId("marketer"),
                LocalDate.now().plusDays(5), null));
    }

    @ParameterizedTest(name = "{0} ({1}) may hand it on: {2}")
    @CsvSource({"marketer, MARKETING, true", "cx, CX, true", "cco, CCO, true", "cmo, CMO, true", "admin, ADMIN, true",
            "marketer2, MARKETING, false", "viewer, VIEWER, false"})
    void itsOwnerWhoeverAddedItTheLeadsAndAdministratorsHandItOn(String user, String role, boolean allowed) {
        ActionItem action = agreed();
        actAs(user, role);
        ActionForm form = ActionForm.of("Draft the returns FAQ with support", personId("cx"), action.getDueDate(), null);
        if (allowed) {
            assertThat(handover.handOn(action.getId(), action.getVersion(), form).getOwnerId()).isEqualTo(personId("cx"));
        } else {
            assertThatThrownBy(() -> handover.handOn(action.getId(), action.getVersion(), form)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> handover.drop(action.getId(), action.getVersion(), "No longer needed"))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void eachChangeIsInTheHistoryAndEveryNewDueDateCounts() {
        ActionItem action = agreed();
        actAs("marketer", "MARKETING");
        ActionItem once = handover.handOn(action.getId(), action.getVersion(),
                ActionForm.of("Draft the returns FAQ", personId("cx"), action.getDueDate().plusDays(7), null));
        // Handed on to cx, it is no longer the marketer's to change; cx (its owner now, and who added it) re-dates it.
        assertThatThrownBy(() -> handover.handOn(once.getId(), once.getVersion(),
                ActionForm.of("Draft the returns FAQ", personId("cx"), action.getDueDate().plusDays(14), null)))
                .isInstanceOf(AccessDeniedException.class);
        actAs("cx", "CX");
        ActionItem twice = handover.handOn(once.getId(), once.getVersion(),
                ActionForm.of("Draft the returns FAQ", personId("cx"), action.getDueDate().plusDays(14), null));
        assertThat(twice.getRedated()).isEqualTo(2);
        assertThatThrownBy(() -> handover.handOn(once.getId(), once.getVersion(),
                ActionForm.of("Stale", personId("cx"), action.getDueDate(), null))).isInstanceOf(EditConflict.class);
        List<String> lines = history.rows(HistoryFilter.ofItem(ReviewEvents.ACTION_HISTORY_KIND, action.getId()), 0, 10).stream()
                .map(HistoryRow::change).toList();
        assertThat(lines).contains("Owner: Mark Campaigns → Casey Experience");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Due date: "));
        assertThat(lines.stream().filter(line -> line.startsWith("Due date: "))).hasSize(2);
    }

    @Test
    void theNextReviewShowsAnActionReDatedTwiceInItsOwnGroup() {
        actAs("cco", "CCO");
        ReviewPage page = reviews.page(reviews.currentWeek());
        ActionRow carried = page.carried().stream().filter(a -> !a.done()).findFirst().orElseThrow();
        ActionItem once = handover.handOn(carried.id(), carried.version(),
                ActionForm.of(carried.text(), carried.ownerId(), carried.dueDate().plusDays(3), carried.link()));
        handover.handOn(once.getId(), once.getVersion(), ActionForm.of(carried.text(), carried.ownerId(), carried.dueDate().plusDays(10), carried.link()));
        Agenda agenda = reviews.page(reviews.currentWeek()).agenda();
        assertThat(agenda.of(AgendaSection.ACTIONS)).filteredOn(i -> i.group().equals(ActionsOnAgenda.REDATED))
                .singleElement().satisfies(item -> {
                    assertThat(item.title()).isEqualTo(carried.text());
                    assertThat(item.detail()).contains("re-dated twice");
                    assertThat(item.actionId()).isEqualTo(carried.id());
                });
    }

    @Test
    void aDroppedActionNeedsAReasonIsClosedAndSaysWhyInTheReview() {
        actAs("cco", "CCO");
        ActionRow carried = reviews.page(reviews.currentWeek()).carried().stream().filter(a -> !a.done()).findFirst().orElseThrow();
        int openBefore = jdbc.queryForObject("SELECT count(*) FROM review_action WHERE NOT done", Integer.class);
        assertThatThrownBy(() -> handover.drop(carried.id(), carried.version(), " ")).isInstanceOf(FieldProblem.class)
                .hasMessageContaining("Say why");
        handover.drop(carried.id(), carried.version(), "The vendor was dropped");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review_action WHERE NOT done", Integer.class)).isEqualTo(openBefore - 1);
        assertThat(reviews.page(reviews.currentWeek()).agenda().of(AgendaSection.ACTIONS))
                .filteredOn(i -> i.group().equals(ActionsOnAgenda.DROPPED_HERE)).singleElement()
                .satisfies(item -> assertThat(item.detail()).contains("dropped by Chris Customer-Lead: The vendor was dropped"));
        ActionItem dropped = actions.findById(carried.id()).orElseThrow();
        assertThatThrownBy(() -> handover.handOn(dropped.getId(), dropped.getVersion(),
                ActionForm.of("Again", carried.ownerId(), carried.dueDate(), null))).isInstanceOf(EditConflict.class);
        // Ticking it back open (in the meeting) reopens it and forgets the reason.
        actAs("cco", "CCO");
        meeting.setActionDone(reviews.currentWeek(), dropped.getId(), dropped.getVersion(), false);
        assertThat(actions.findById(carried.id()).orElseThrow().getDroppedReason()).isNull();
        assertThatThrownBy(() -> jdbc.update("UPDATE review_action SET dropped_reason = 'x' WHERE id = ?", carried.id()))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void theMinutesSayDroppedAndHowOftenAnActionWasReDated() {
        ActionItem dropped = agreed();
        ActionItem moved = meeting.addAction(reviews.currentWeek(), ActionForm.of("Check the chat vendor's contract",
                personId("cx"), LocalDate.now().plusDays(3), null));
        handover.drop(dropped.getId(), dropped.getVersion(), "Support wrote it already");
        handover.handOn(moved.getId(), moved.getVersion(), ActionForm.of(moved.getText(), personId("cx"), moved.getDueDate().plusDays(7), null));
        String minutes = ReviewMarkdownWriter.write(reviews.page(reviews.currentWeek()));
        assertThat(minutes).containsPattern("Draft the returns FAQ .*\\| Dropped \\|")
                .containsPattern("Check the chat vendor's contract .*\\| Open \\(re-dated once\\) \\|");
    }

    @Test
    void anActionOfSomeoneWhoLeftCanBeReDatedButNothingIsHandedToThem() {
        ActionItem action = agreed();
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = 'marketer'");
        ActionItem later = handover.handOn(action.getId(), action.getVersion(),
                ActionForm.of(action.getText(), personId("marketer"), action.getDueDate().plusDays(7), null));
        assertThat(later.getRedated()).isEqualTo(1);
        ActionItem toCx = handover.handOn(later.getId(), later.getVersion(), ActionForm.of(action.getText(), personId("cx"), later.getDueDate(), null));
        assertThatThrownBy(() -> handover.handOn(toCx.getId(), toCx.getVersion(),
                ActionForm.of(action.getText(), personId("marketer"), later.getDueDate(), null)))
                .isInstanceOf(FieldProblem.class).hasMessage("Choose an owner from the list.");
    }
}
