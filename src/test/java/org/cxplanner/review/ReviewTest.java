package org.cxplanner.review;

import org.cxplanner.IntegrationTest;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.history.HistoryFilter;
import org.cxplanner.history.HistoryService;
import org.cxplanner.indicators.IndicatorService;
import org.cxplanner.indicators.ScorecardRow;
import org.cxplanner.messaging.MessageQueries;
import org.cxplanner.raci.MatrixFilter;
import org.cxplanner.raci.MatrixRow;
import org.cxplanner.raci.RaciService;
import org.cxplanner.roadmap.InitiativeRow;
import org.cxplanner.roadmap.InitiativeStatus;
import org.cxplanner.roadmap.RoadmapFilter;
import org.cxplanner.roadmap.RoadmapService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewTest extends IntegrationTest {

    @Autowired
    private ReviewQueries reviews;
    @Autowired
    private ReviewMeeting meeting;
    @Autowired
    private ReviewLifecycle lifecycle;
    @Autowired
    private RoadmapService roadmap;
    @Autowired
    private RaciService raci;
    @Autowired
    private IndicatorService indicators;
    @Autowired
    private MessageQueries messaging;
    @Autowired
    private HistoryService history;

    @Test
    void theDemoAgendaListsWhatTheMeetingMustDiscuss() {
        actAs("cco", "CCO");
        ReviewWeek week = reviews.currentWeek();
        ReviewPage page = reviews.page(week);
        Agenda agenda = page.agenda();
        LocalDate today = LocalDate.now();

        assertThat(page.isClosed()).isFalse();
        assertThat(agenda.frozen()).isFalse();
        assertThat(agenda.sinceLabel()).startsWith("since the review of " + week.previous() + " was closed");
        assertThat(titles(agenda, AgendaSection.ACTIONS, null)).as("earlier open actions, overdue first").containsExactly(
                "Share this quarter's NPS verbatims with the campaign team",
                "Agree who is accountable for the Call centre touchpoint",
                "Confirm the self-serve onboarding launch date with Product",
                "Book a joint read-through of the renewal notice copy");
        assertThat(titles(agenda, AgendaSection.ACTIONS, ActionsOnAgenda.OVERDUE)).contains(
                "Agree who is accountable for the Call centre touchpoint", "Share this quarter's NPS verbatims with the campaign team");
        assertThat(agenda.of(AgendaSection.ACTIONS)).allSatisfy(item -> assertThat(item.actionId()).isNotNull());

        List<ScorecardRow> scorecard = indicators.scorecard();
        assertThat(titles(agenda, AgendaSection.SCORECARD, ScorecardOnAgenda.OFF_TRACK)).containsExactly(
                "Churn (KPI)", "Easy to get help (CPI)", "Understands my needs (CPI)");
        assertThat(titles(agenda, AgendaSection.SCORECARD, ScorecardOnAgenda.GUARDRAIL)).containsExactly("Lead conversion (KPI)");
        assertThat(agenda.count(AgendaSection.SCORECARD, ScorecardOnAgenda.NO_MEASUREMENT))
                .isEqualTo(scorecard.stream().filter(ScorecardRow::due).count());

        assertThat(titles(agenda, AgendaSection.ROADMAP, RoadmapOnAgenda.AT_RISK))
                .containsExactlyInAnyOrder("Social listening and replies", "Live chat in product");
        List<InitiativeRow> active = roadmap.span(RoadmapFilter.ALL.withStatuses(Set.of(InitiativeStatus.PLANNED,
                InitiativeStatus.IN_PROGRESS, InitiativeStatus.AT_RISK)), null, null);
        assertThat(titles(agenda, AgendaSection.ROADMAP, RoadmapOnAgenda.DUE)).containsExactlyInAnyOrderElementsOf(active.stream()
                .filter(i -> !i.endDate().isAfter(today.plusDays(14)) || i.milestones().stream()
                        .anyMatch(m -> !m.done() && !m.dueDate().isAfter(today.plusDays(14))))
                .map(InitiativeRow::title).toList());
        assertThat(details(agenda, AgendaSection.ROADMAP, RoadmapOnAgenda.STATUS_CHANGES))
                .containsExactly("Live chat in product: In progress → At risk");
        assertThat(titles(agenda, AgendaSection.ROADMAP, RoadmapOnAgenda.DATE_MOVES)).containsExactly("Pricing page clarity");
        assertThat(titles(agenda, AgendaSection.ROADMAP, RoadmapOnAgenda.ADDED)).containsExactly("Customer webinar programme");

        assertThat(titles(agenda, AgendaSection.RACI, RaciOnAgenda.GAPS)).containsExactlyElementsOf(
                raci.rows(MatrixFilter.ALL.withGapsOnly(true), 0, 1000).stream().map(MatrixRow::touchpoint).toList());
        assertThat(titles(agenda, AgendaSection.RACI, RaciOnAgenda.GAPS)).isNotEmpty();
        assertThat(agenda.of(AgendaSection.RACI).stream().filter(i -> i.group().equals(RaciOnAgenda.CELLS_CHANGED))
                .map(i -> i.title() + ": " + i.detail().substring(0, i.detail().indexOf(" · ")))).containsExactly("Help centre · Support: C → R");

        var attention = messaging.attention(today, agenda.since(), java.time.Instant.now().plusSeconds(60));
        assertThat(agenda.count(AgendaSection.MESSAGES, MessagesOnAgenda.WAITING)).isEqualTo(attention.waiting().size()).isPositive();
        assertThat(agenda.of(AgendaSection.MESSAGES).stream().filter(i -> i.group().equals(MessagesOnAgenda.WAITING)))
                .allSatisfy(i -> assertThat(i.detail()).containsPattern("sign-off waiting for (under an hour|\\d+ (day|hour))"));
    }

    @Test
    void aDateMoveAfterTheLastReviewShowsOldAndNewDates() {
        actAs("marketer", "MARKETING");
        InitiativeRow pricing = initiative("Pricing page clarity");
        roadmap.reschedule(pricing.id(), pricing.version(), pricing.startDate().plusWeeks(2));
        ReviewPage page = reviews.page(reviews.currentWeek());
        java.util.function.Function<java.time.LocalDate, String> day = org.cxplanner.base.ReadableDates::of;
        String expected = day.apply(pricing.startDate()) + " – " + day.apply(pricing.endDate()) + " → "
                + day.apply(pricing.startDate().plusWeeks(2)) + " – " + day.apply(pricing.endDate().plusWeeks(2)) + " · Mark Campaigns";
        assertThat(page.agenda().of(AgendaSection.ROADMAP)).filteredOn(i -> i.group().equals(RoadmapOnAgenda.DATE_MOVES))
                .anySatisfy(i -> {
                    assertThat(i.title()).isEqualTo("Pricing page clarity");
                    assertThat(i.detail()).startsWith(expected);
                });
    }

    @Test
    void closingFreezesTheAgendaAndTheMeetingsAdditions() {
        ReviewWeek week = reviews.currentWeek();
        actAs("cx", "CX");
        meeting.addNote(week, AgendaSection.RACI, "Call centre still has no owner");
        meeting.addDecision(week, DecisionForm.of("Support owns the call centre script", null));
        meeting.addAction(week, ActionForm.of("Draft the call centre RACI proposal", personId("cx"), LocalDate.now().plusDays(5), null));
        actAs("cco", "CCO");
        ReviewPage before = reviews.page(week);
        lifecycle.close(week, before.version());

        ReviewPage closed = reviews.page(week);
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.closedByName()).isEqualTo("Chris Customer-Lead");
        assertThat(closed.agenda().frozen()).isTrue();
        assertThat(closed.agenda().items().stream().filter(i -> i.section() != AgendaSection.AGREED).toList())
                .usingRecursiveComparison().isEqualTo(before.agenda().items());
        assertThat(closed.agenda().of(AgendaSection.AGREED)).extracting(AgendaItem::title).containsExactly("Draft the call centre RACI proposal");

        actAs("marketer", "MARKETING");
        InitiativeRow spring = initiative("Spring campaign");
        roadmap.reschedule(spring.id(), spring.version(), spring.startDate().plusWeeks(1));
        MatrixRow website = raci.rows(MatrixFilter.ALL.withText("Website"), 0, 1).getFirst();
        long cmo = raci.columns().getFirst().id();
        raci.setCell(website.touchpointId(), cmo, website.letter(cmo), org.cxplanner.raci.RaciLetter.A);
        assertThat(reviews.page(week).agenda().items()).as("the plan changed; the closed review did not")
                .usingRecursiveComparison().isEqualTo(closed.agenda().items());

        actAs("cx", "CX");
        long action = reviews.page(week).actions().getFirst().id();
        assertThatThrownBy(() -> meeting.addNote(week, AgendaSection.ROADMAP, "late")).isInstanceOf(ReviewClosed.class);
        assertThatThrownBy(() -> meeting.addDecision(week, DecisionForm.of("late", null))).isInstanceOf(ReviewClosed.class);
        assertThatThrownBy(() -> meeting.addAction(week, ActionForm.of("late", personId("cx"), LocalDate.now(), null)))
                .isInstanceOf(ReviewClosed.class);
        assertThatThrownBy(() -> meeting.setActionDone(week, action, 0, true)).isInstanceOf(ReviewClosed.class);
        assertThat(reviews.page(week).decisions()).hasSize(1);
    }

    @Test
    void openActionsCarryOverToTheNextReviewAndCanBeDoneThere() {
        ReviewWeek week = reviews.currentWeek();
        actAs("cmo", "CMO");
        meeting.addAction(week, ActionForm.of("Rewrite the loyalty FAQ", personId("marketer"), LocalDate.now().plusDays(9), null));
        lifecycle.close(week, reviews.page(week).version());

        ReviewPage next = reviews.page(week.next());
        AgendaItem carried = next.agenda().of(AgendaSection.ACTIONS).stream()
                .filter(i -> i.title().equals("Rewrite the loyalty FAQ")).findFirst().orElseThrow();
        assertThat(carried.detail()).contains("Mark Campaigns").contains("agreed in " + week);

        actAs("marketer", "MARKETING");
        ActionRow row = next.carried().stream().filter(a -> a.id() == carried.actionId()).findFirst().orElseThrow();
        meeting.setActionDone(week.next(), row.id(), row.version(), true);
        assertThatThrownBy(() -> meeting.setActionDone(week.next(), row.id(), row.version(), false))
                .as("a stale tick").isInstanceOf(EditConflict.class);
        ReviewPage after = reviews.page(week.next());
        assertThat(after.agenda().of(AgendaSection.ACTIONS)).filteredOn(i -> i.title().equals("Rewrite the loyalty FAQ"))
                .singleElement().satisfies(i -> {
                    assertThat(i.group()).isEqualTo(ActionsOnAgenda.DONE_HERE);
                    assertThat(i.tone()).isEqualTo(Tone.DONE);
                });
        assertThat(reviews.page(week.next().next()).agenda().of(AgendaSection.ACTIONS))
                .noneMatch(i -> i.title().equals("Rewrite the loyalty FAQ"));
        assertThat(reviews.page(week).agenda().of(AgendaSection.AGREED)).singleElement()
                .satisfies(i -> assertThat(i.tone()).as("the closed review keeps it as it was").isEqualTo(Tone.INFO));
    }

    @Test
    void onlyTheLeadsCloseAndReopenOnlyWithAReason() {
        ReviewWeek week = reviews.currentWeek();
        for (String[] who : new String[][]{{"marketer", "MARKETING"}, {"cx", "CX"}, {"viewer", "VIEWER"}, {"admin", "ADMIN"}}) {
            actAs(who[0], who[1]);
            assertThatThrownBy(() -> lifecycle.close(week, 0)).as(who[1]).isInstanceOf(AccessDeniedException.class);
        }
        actAs("cmo", "CMO");
        lifecycle.close(week, reviews.page(week).version());
        int version = reviews.page(week).version();
        actAs("marketer", "MARKETING");
        assertThatThrownBy(() -> lifecycle.reopen(week, version, "typo")).isInstanceOf(AccessDeniedException.class);
        actAs("cco", "CCO");
        assertThatThrownBy(() -> lifecycle.reopen(week, version, "  ")).isInstanceOf(FieldProblem.class)
                .hasMessageContaining("Say why");
        lifecycle.reopen(week, version, "Finance figures arrived after the meeting");
        ReviewPage reopened = reviews.page(week);
        assertThat(reopened.isClosed()).isFalse();
        assertThat(reopened.agenda().frozen()).isFalse();
        assertThat(reopened.reopenReason()).isEqualTo("Finance figures arrived after the meeting");
        assertThat(reopened.reopenedByName()).isEqualTo("Chris Customer-Lead");
        assertThat(history.rows(HistoryFilter.ALL.withArea(HistoryArea.REVIEW), 0, 10))
                .anySatisfy(row -> assertThat(row.newValue()).isEqualTo("Open (reason: Finance figures arrived after the meeting)"));
        assertThatThrownBy(() -> lifecycle.close(week, version)).as("stale version").isInstanceOf(EditConflict.class);
    }

    @Test
    void everyRoleAgainstEveryReviewAction() {
        ReviewWeek week = reviews.currentWeek();
        for (String[] who : new String[][]{{"viewer", "VIEWER"}, {"admin", "ADMIN"}}) {
            actAs(who[0], who[1]);
            assertThat(reviews.page(week).mayParticipate()).isFalse();
            assertThatThrownBy(() -> meeting.addNote(week, AgendaSection.SCORECARD, "x")).as(who[1]).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> meeting.addDecision(week, DecisionForm.of("x", null))).as(who[1]).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> meeting.addAction(week, ActionForm.of("x", 1, LocalDate.now(), null))).as(who[1])
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> meeting.setActionDone(week, 1, 0, true)).as(who[1]).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> lifecycle.close(week, 0)).as(who[1]).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> lifecycle.reopen(week, 0, "x")).as(who[1]).isInstanceOf(AccessDeniedException.class);
        }
        for (String[] who : new String[][]{{"marketer", "MARKETING"}, {"cx", "CX"}, {"cmo", "CMO"}, {"cco", "CCO"}}) {
            actAs(who[0], who[1]);
            meeting.addNote(week, AgendaSection.SCORECARD, "note by " + who[0]);
            meeting.addDecision(week, DecisionForm.of("decision by " + who[0], null));
            meeting.addAction(week, ActionForm.of("action by " + who[0], personId(who[0]), LocalDate.now(), null));
        }
        ReviewPage page = reviews.page(week);
        assertThat(page.notes(AgendaSection.SCORECARD)).hasSize(4);
        assertThat(page.decisions()).hasSize(4 + 0);
        assertThat(page.actions()).hasSize(4);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> reviews.page(week)).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        ReviewWeek week = reviews.currentWeek();
        actAs("cx", "CX");
        assertThatThrownBy(() -> meeting.addNote(week, AgendaSection.RACI, " ")).isInstanceOf(FieldProblem.class);
        assertThatThrownBy(() -> meeting.addAction(week, ActionForm.of("x", personId("cx"), LocalDate.now().minusDays(1), null)))
                .isInstanceOf(FieldProblem.class).satisfies(e -> assertThat(((FieldProblem) e).field()).isEqualTo("dueDate"));
        assertThatThrownBy(() -> meeting.addAction(week, ActionForm.of("x", 99999, LocalDate.now(), null)))
                .isInstanceOf(FieldProblem.class).satisfies(e -> assertThat(((FieldProblem) e).field()).isEqualTo("ownerId"));
        assertThatThrownBy(() -> meeting.addDecision(week, DecisionForm.of("x", new PlanLink(LinkKind.INITIATIVE, 99999, "Forged"))))
                .isInstanceOf(FieldProblem.class).hasMessage("That initiative no longer exists. Choose another item, or none.");
        meeting.addAction(week, ActionForm.of("Check the wording", personId("cx"), LocalDate.now(),
                new PlanLink(LinkKind.TOUCHPOINT, 1, "A label made up by the browser")));
        assertThat(reviews.page(week).actions().getFirst().link().label()).as("the server's name, not the request's")
                .isEqualTo(jdbc.queryForObject("SELECT name FROM touchpoint WHERE id = 1", String.class));
        assertThatThrownBy(() -> meeting.addDecision(week, DecisionForm.of("", null)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review_decision d JOIN review r ON r.id = d.review_id "
                + "WHERE r.iso_week = ? AND r.iso_year = ?", Integer.class, week.week(), week.year())).isZero();
    }

    @Test
    void aBigImportDoesNotFloodTheMeeting() {
        jdbc.update("""
                INSERT INTO change_history (changed_by, area, item_kind, item_id, item_label, field, old_value, new_value, source)
                SELECT 'cx', 'RACI', 'TOUCHPOINT', 1, 'Website', 'Function ' || g, NULL, 'I', 'IMPORT' FROM generate_series(1, 60) g""");
        actAs("viewer", "VIEWER");
        List<AgendaItem> cells = reviews.page(reviews.currentWeek()).agenda().of(AgendaSection.RACI).stream()
                .filter(i -> i.group().equals(RaciOnAgenda.CELLS_CHANGED)).toList();
        assertThat(cells).hasSize(AgendaBuilder.MAX_PER_GROUP + 1);
        assertThat(cells.getLast().title()).isEqualTo("… and 21 earlier changes");
        assertThat(cells.getLast().route()).isEqualTo("history?area=RACI");
        assertThat(cells.getFirst().detail()).endsWith("(import)");
    }

    @Test
    void theDemoAgendaListsTheEndDateMovedAgainstLastWeeksDecision() {
        actAs("viewer", "VIEWER");
        List<AgendaItem> against = reviews.page(reviews.currentWeek()).agenda().items().stream()
                .filter(item -> item.group().equals(PinsOnAgenda.AGAINST)).toList();
        assertThat(against).singleElement().satisfies(item -> {
            assertThat(item.section()).isEqualTo(AgendaSection.ROADMAP);
            assertThat(item.title()).isEqualTo("Pricing page clarity");
            assertThat(item.detail()).matches("End date \\d+ \\w+ \\d{4} → \\d+ \\w+ \\d{4} by Mark Campaigns, .* · decided in "
                    + reviews.currentWeek().previous() + ": 'Pricing page clarity goes live before the spring campaign links to it: its end date stays.'");
        });
        assertThat(reviews.page(reviews.currentWeek()).agenda().groups(AgendaSection.ROADMAP).keySet().iterator().next())
                .as("first in its section").isEqualTo(PinsOnAgenda.AGAINST);
        assertThat(reviews.page(reviews.currentWeek().previous()).agenda().items())
                .as("last week's minutes were frozen before the date moved").noneMatch(item -> item.group().equals(PinsOnAgenda.AGAINST));
    }

    @Test
    void theDecisionLogSearchesAcrossReviews() {
        actAs("viewer", "VIEWER");
        assertThat(reviews.countDecisions(null)).isEqualTo(5);
        assertThat(reviews.decisionLog("live chat", 0, 10)).singleElement().satisfies(d -> {
            assertThat(d.week()).isEqualTo(reviews.currentWeek().previous());
            assertThat(d.link().describe()).isEqualTo("Initiative: Live chat in product");
        });
        assertThat(reviews.decisionLog("renewal notice", 0, 10)).hasSize(1);
        assertThat(reviews.decisionLog(reviews.currentWeek().previous().previous().toString(), 0, 10)).hasSize(2);
        assertThat(reviews.decisionLog(null, 0, 10).getFirst().week()).isEqualTo(reviews.currentWeek().previous());
    }

    private InitiativeRow initiative(String title) {
        return roadmap.span(RoadmapFilter.ALL.withText(title), null, null).stream().filter(i -> i.title().equals(title))
                .findFirst().orElseThrow();
    }

    private long personId(String username) {
        return jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
    }

    private static List<String> titles(Agenda agenda, AgendaSection section, String group) {
        return agenda.of(section).stream().filter(i -> group == null || i.group().equals(group)).map(AgendaItem::title).toList();
    }

    private static List<String> details(Agenda agenda, AgendaSection section, String group) {
        return agenda.of(section).stream().filter(i -> i.group().equals(group))
                .map(i -> i.title() + ": " + i.detail()).map(s -> s.contains(" · ") ? s.substring(0, s.lastIndexOf(" · ")) : s)
                .toList();
    }
}
