package org.cxplanner.review.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.cxplanner.KaribuTest;
import org.cxplanner.base.ui.Markup;
import org.cxplanner.base.ui.HomeView;
import org.cxplanner.review.Decision;
import org.cxplanner.review.ReviewQueries;
import org.cxplanner.review.ReviewWeek;
import org.cxplanner.roadmap.InitiativeRow;
import org.cxplanner.roadmap.RoadmapFilter;
import org.cxplanner.roadmap.RoadmapService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewViewTest extends KaribuTest {

    @Autowired
    private ReviewQueries reviews;
    @Autowired
    private org.cxplanner.review.DecisionPins pins;
    @Autowired
    private RoadmapService roadmap;

    @Test
    void theCcoSeesTheLiveAgendaBuiltFromTheDemoPlan() {
        loginAndOpen("cco", "reviews");
        ReviewView view = _get(ReviewView.class);
        ReviewWeek week = reviews.currentWeek();
        assertThat(text(view.header.heading, "h2")).isEqualTo("Weekly review · " + week.label());
        assertThat(text(view.header.heading, ".status-badge")).isEqualTo("Open");
        String agenda = shownText(view.agenda);
        assertThat(agenda).contains("1. Open action items (4)", "Overdue · 2", "Share this quarter's NPS verbatims with the campaign team",
                "agreed in " + week.previous(), "2. Scorecard", "Off track · 3", "Churn (KPI)", "Guardrail warnings · 1",
                "Lead conversion (KPI)", "3. Roadmap", "At risk · 2", "Live chat in product", "In progress → At risk",
                "Date moves since the last review · 1", "Pricing page clarity", "4. Responsibilities (RACI)", "Gaps · 3",
                "Social media", "Help centre · Support", "C → R", "5. Messages", "Waiting for sign-off · 4",
                "December customer newsletter", "Promise check fails · 1", "Nobody is accountable for Social media");
        assertThat(view.since.getText()).contains("since the review of " + week.previous() + " was closed");
        assertThat(view.close.isVisible()).isTrue();
        assertThat(view.addDecision.isVisible()).isTrue();
        assertThat(view.reopen.isVisible()).isFalse();
        assertThat(text(view.header.facts, ".review-attendees")).isEqualTo("Joined so far: Chris Customer-Lead");
        assertThat(navLinks(view)).containsExactly("← " + week.previous() + " = reviews/" + week.previous(),
                week.next() + " → = reviews/" + week.next(), "Decision log = reviews/decisions",
                "Minutes (PDF) = /export/review/" + week + ".pdf", "Markdown = /export/review/" + week + ".md",
                "Add the weekly review to my calendar = /export/calendar/review.ics");
        assertThat(_find(view.agenda, Markup.class)).extracting(line -> line.getElement().getProperty("innerHTML"))
                .anySatisfy(html -> assertThat(html).contains("href=\"indicators/" + indicatorId("Churn") + "\""));
    }

    @Test
    void aDecisionANoteAndAnActionThenClosingFreezesTheMinutes() {
        loginAndOpen("cco", "reviews");
        ReviewView view = _get(ReviewView.class);
        _click(view.addDecision);
        DecisionDialog decision = _get(DecisionDialog.class);
        _click(decision.save);
        assertThat(decision.text.isInvalid()).as("an empty decision").isTrue();
        _setValue(decision.text, "Support owns the call centre script");
        _setValue(decision.link, decision.link.getListDataView().getItems()
                .filter(l -> l.label().equals("Call centre")).findFirst().orElseThrow());
        _click(decision.save);
        expectNotifications("Decision recorded.");

        _click(view.addAction);
        ActionDialog action = _get(ActionDialog.class);
        _setValue(action.text, "Draft the call centre RACI proposal");
        _setValue(action.owner, action.owner.getListDataView().getItems().filter(p -> p.username().equals("cx")).findFirst().orElseThrow());
        _setValue(action.due, LocalDate.now().plusDays(6));
        _click(action.save);
        expectNotifications("Action item added.");

        AgendaSectionCard raci = view.sections().get(3);
        assertThat(raci.note).as("the field is made when someone starts a note").isNull();
        assertThat(shownText(raci)).contains("Add a note to this section…");
        startNote(view, raci);
        assertThat(raci.note.isAttached()).isTrue();
        assertThat(shownText(raci)).doesNotContain("Add a note to this section…");
        _setValue(raci.note, "Call centre: Support proposes to take A");
        _click(raci.addNote);

        view = _get(ReviewView.class);
        assertThat(shownText(view.side.decisions)).contains("Support owns the call centre script", "Touchpoint: Call centre");
        assertThat(shownText(view.side.agreed)).contains("Draft the call centre RACI proposal", "Casey Experience");
        assertThat(shownText(view.sections().get(3))).contains("Call centre: Support proposes to take A");
        String agendaBefore = shownText(view.agenda).replace("Add a note to this section…", "").replace("Add note", "");

        _click(view.close);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).endsWith("5 open action items carry over to the next review.");
        confirm.getElement().setProperty("opened", false);
        com.vaadin.flow.component.ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        expectNotifications("Review closed. The minutes are frozen.");
        view = _get(ReviewView.class);
        assertThat(text(view.header.heading, ".status-badge")).isEqualTo("Closed");
        assertThat(text(view.header.facts, ".review-state")).startsWith("Closed by Chris Customer-Lead on ");
        assertThat(view.addDecision.isVisible()).isFalse();
        assertThat(view.addAction.isVisible()).isFalse();
        assertThat(view.close.isVisible()).isFalse();
        assertThat(view.reopen.isVisible()).isTrue();
        assertThat(doneBoxes(view.layout)).allSatisfy(box -> assertThat(box.hasAttr("disabled")).isTrue());
        assertThat(view.sections()).allSatisfy(card -> assertThat(shownText(card)).doesNotContain("Add a note", "Add note"));

        InitiativeRow search = roadmap.span(RoadmapFilter.ALL.withText("Help centre search"), null, null).getFirst();
        roadmap.reschedule(search.id(), search.version(), search.startDate().minusWeeks(10));
        assertThat(reviews.page(reviews.currentWeek().next()).agenda().items())
                .anyMatch(item -> item.title().equals("Help centre search")).as("the live agenda sees the move");
        UI.getCurrent().navigate("reviews/" + reviews.currentWeek().next());
        UI.getCurrent().navigate("reviews/" + reviews.currentWeek());
        view = _get(ReviewView.class);
        assertThat(shownText(view.agenda)).as("the plan changed, the minutes did not (only the open review's buttons are gone)")
                .isEqualTo(agendaBefore.replace(" Change or drop…", ""));
        assertThat(shownText(view.agenda)).doesNotContain("Change or drop");
        assertThat(shownText(view.side.agreed)).contains("Draft the call centre RACI proposal");
    }

    @Test
    void marketingTakesPartAndTicksAnEarlierActionButCannotClose() {
        loginAndOpen("marketer", "reviews");
        ReviewView view = _get(ReviewView.class);
        assertThat(view.close.isVisible()).isFalse();
        assertThat(view.meetingTime.isAttached()).as("only the leads set the meeting time").isFalse();
        assertThat(view.addDecision.isVisible()).isTrue();
        org.jsoup.nodes.Element confirmLaunch = doneBoxes(view.sections().getFirst()).stream()
                .filter(box -> box.attr("aria-label").contains("self-serve onboarding")).findFirst().orElseThrow();
        assertThat(confirmLaunch.hasAttr("checked")).isFalse();
        assertThat(confirmLaunch.hasAttr("disabled")).isFalse();
        tick(view, confirmLaunch, true);
        expectNotifications("Marked done.");
        assertThat(shownText(_get(ReviewView.class).sections().getFirst()))
                .contains("Done in this review · 1", "done by Mark Campaigns");
    }

    @Test
    void aLeadHandsAnEarlierActionOnAndTheAgendaSaysItWasReDated() {
        loginAndOpen("cco", "reviews");
        ReviewView view = _get(ReviewView.class);
        org.jsoup.nodes.Document first = org.jsoup.Jsoup.parseBodyFragment(view.sections().getFirst().getElement().getChildren()
                .map(e -> e.getProperty("innerHTML", "")).collect(java.util.stream.Collectors.joining()));
        org.jsoup.nodes.Element change = first.selectFirst(".review-handover");
        assertThat(change).isNotNull();
        assertThat(change.attr("aria-label")).startsWith("Change or drop: ");
        view.handOn(change.attr("data-handover"));
        HandOnDialog dialog = _get(HandOnDialog.class);
        _setValue(dialog.due, dialog.due.getValue().plusDays(7));
        _click(dialog.save);
        expectNotifications("Action item changed.");
        assertThat(shownText(_get(ReviewView.class).sections().getFirst())).contains("re-dated once");

        _get(ReviewView.class).handOn(change.attr("data-handover"));
        HandOnDialog again = _get(HandOnDialog.class);
        assertThat(again.due.getHelperText()).startsWith("Already re-dated once");
        _click(again.drop);
        assertThat(again.reason.isInvalid()).isTrue();
        _setValue(again.reason, "Covered by the new onboarding call");
        _click(again.drop);
        expectNotifications("Action item dropped.");
        assertThat(shownText(_get(ReviewView.class).sections().getFirst()))
                .contains("Dropped in this review · 1", "dropped by Chris Customer-Lead: Covered by the new onboarding call");
    }

    @Test
    void anAttendeeRatesLastWeeksMeetingAndSomeoneWhoWasNotThereCannot() {
        loginAndOpen("admin", "reviews/" + reviews.currentWeek().previous());
        assertThat(_get(ReviewView.class).rating.getChildren()).as("the administrator did not attend").isEmpty();
        loginAndOpen("viewer", "reviews/" + reviews.currentWeek().previous());
        ReviewView view = _get(ReviewView.class);
        assertThat(text(view.header.facts, ".review-rating")).startsWith("Rated 8.0 by 4 of 5 attendees: 7 — We ran over");
        RatingBox box = (RatingBox) view.rating.getChildren().findFirst().orElseThrow();
        _setValue(box.score, 5);
        _click(box.rate);
        assertThat(box.note.isInvalid()).isTrue();
        _setValue(box.score, 9);
        _click(box.rate);
        expectNotifications("Thank you: your rating is in the minutes.");
        view = _get(ReviewView.class);
        assertThat(view.rating.getChildren()).isEmpty();
        assertThat(text(view.header.facts, ".review-rating")).startsWith("Rated 8.2 by 5 of 5 attendees");
    }

    @Test
    void theCcoSetsWhenTheReviewMeetsAndOthersCannot() {
        loginAndOpen("cco", "reviews");
        ReviewView view = _get(ReviewView.class);
        assertThat(view.meetingTime.isAttached()).isTrue();
        assertThat(view.header.nav.getElement().getProperty("innerHTML")).contains("/export/calendar/review.ics", "Add the weekly review to my calendar");
        _click(view.meetingTime);
        ReviewScheduleDialog dialog = _get(ReviewScheduleDialog.class);
        assertThat(dialog.weekday.getValue()).isEqualTo(java.time.DayOfWeek.MONDAY);
        _setValue(dialog.weekday, java.time.DayOfWeek.THURSDAY);
        _setValue(dialog.minutes, 5);
        _click(dialog.save);
        assertThat(dialog.minutes.isInvalid()).isTrue();
        _setValue(dialog.minutes, 45);
        assertThat(dialog.sum.getText()).isEqualTo("The sections add up to 60 minutes, 15 more than the meeting's length.");
        _setValue(dialog.budgets.get(org.cxplanner.review.AgendaSection.ROADMAP), 0);
        _click(dialog.save);
        assertThat(dialog.budgets.get(org.cxplanner.review.AgendaSection.ROADMAP).getErrorMessage()).isEqualTo("Between 1 and 120 minutes.");
        _setValue(dialog.budgets.get(org.cxplanner.review.AgendaSection.ROADMAP), 5);
        assertThat(dialog.sum.getText()).isEqualTo("The sections add up to 50 minutes, 5 more than the meeting's length.");
        _click(dialog.save);
        expectNotifications("Saved: calendar feeds show the new time when they next refresh; the next meeting started uses "
                + "the new section times.");
        assertThat(jdbc.queryForObject("SELECT weekday FROM review_schedule", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT minutes FROM review_section_budget WHERE section = 'ROADMAP'", Integer.class)).isEqualTo(5);
        assertThat(text(view.clock.text, ".clock-total")).isEqualTo("6 sections, 50 minutes in all");
    }

    @Test
    void aLeadRunsTheMeetingThroughItsSectionsAndTheOthersSeeTheSameClock() {
        openReviewAs("marketer");
        ReviewView member = _get(ReviewView.class);
        assertThat(text(member.clock.text, ".clock-section")).isEqualTo("The meeting has not started");
        assertThat(member.clock.buttons()).as("a team member follows the clock, a lead runs it").isEmpty();

        openReviewAs("cco");
        ReviewView lead = _get(ReviewView.class);
        assertThat(lead.clock.buttons()).containsExactly("Start the meeting");
        lead.clock.press("start");
        assertThat(text(lead.clock.text, ".clock-section")).isEqualTo("Now: Open action items");
        assertThat(text(lead.clock.text, ".clock-left")).matches("(10:00|9:5\\d) left");
        assertThat(text(lead.clock.text, ".clock-total")).isEqualTo("meeting 0 of 60 min");
        assertThat(lead.clock.buttons()).containsExactly("Next: Scorecard", "End the meeting");
        assertThat(lead.sections().getFirst().hasClassName("review-section-now")).isTrue();
        lead.clock.press("next");
        assertThat(text(lead.clock.text, ".clock-section")).isEqualTo("Now: Scorecard");
        assertThat(lead.sections().get(1).hasClassName("review-section-now")).isTrue();
        assertThat(lead.sections().getFirst().hasClassName("review-section-now")).isFalse();
        jdbc.update("UPDATE review_section_time SET started_at = now() - interval '12 minutes' WHERE ended_at IS NULL");

        openReviewAs("viewer");
        ReviewView viewer = _get(ReviewView.class);
        assertThat(viewer.clock.buttons()).isEmpty();
        assertThat(text(viewer.clock.text, ".clock-section")).isEqualTo("Now: Scorecard");
        assertThat(viewer.clock.hasClassName("over")).as("running over turns the clock red").isTrue();
        assertThat(text(viewer.clock.text, ".clock-left")).matches("2:0\\d over");
        assertThat(viewer.sections().get(1).getElement().getAttribute("aria-current")).isEqualTo("step");

        openReviewAs("cmo");
        ReviewView otherLead = _get(ReviewView.class);
        otherLead.clock.press("end");
        assertThat(text(otherLead.clock.text, ".clock-section")).startsWith("The meeting ran from ");
        assertThat(otherLead.clock.buttons()).as("an ended meeting does not start again").isEmpty();
        assertThat(otherLead.sections()).noneMatch(card -> card.hasClassName("review-section-now"));
    }

    /** Signs in and opens the review as a new screen (navigating to the same screen would keep the one drawn). */
    private void openReviewAs(String username) {
        loginAndOpen(username, "");
        com.vaadin.flow.component.UI.getCurrent().navigate("reviews");
    }

    @Test
    void aViewerReadsTheReviewWithoutAnyWayToChangeIt() {
        loginAndOpen("viewer", "reviews");
        ReviewView view = _get(ReviewView.class);
        assertThat(List.of(view.close, view.addDecision, view.addAction, view.reopen)).noneMatch(b -> b.isVisible());
        assertThat(doneBoxes(view.layout)).isNotEmpty().allSatisfy(box -> assertThat(box.hasAttr("disabled")).isTrue());
        List<String> boxes = doneBoxes(view.layout).stream().map(org.jsoup.nodes.Element::outerHtml).toList();
        tick(view, doneBoxes(view.layout).getFirst(), true);
        assertThat(doneBoxes(_get(ReviewView.class).layout)).as("a crafted tick is refused by the service")
                .extracting(org.jsoup.nodes.Element::outerHtml).isEqualTo(boxes);
        assertThat(view.sections()).allSatisfy(card -> assertThat(shownText(card)).doesNotContain("Add a note", "Add note"));
        assertThat(text(view.header.facts, ".review-state")).contains("Your role reads the review");
        assertThat(view.sections()).allSatisfy(card -> assertThat(shownText(card)).doesNotContain("Change or drop"));
    }

    @Test
    void aClosedReviewOpensAsMinutesAndReopensOnlyWithAReason() {
        loginAndOpen("cco", "reviews/" + reviews.currentWeek().previous());
        ReviewView view = _get(ReviewView.class);
        assertThat(text(view.header.heading, ".status-badge")).isEqualTo("Closed");
        assertThat(text(view.header.facts, ".review-state")).startsWith("Closed by Maria Marketing-Lead");
        assertThat(text(view.header.facts, ".review-attendees")).startsWith("Attended: ");
        assertThat(shownText(view.side.agreed)).contains("Agree who is accountable for the Call centre touchpoint");
        assertThat(shownText(view.side.decisions)).contains("Keep live chat in product at risk");
        _click(view.reopen);
        ReopenDialog dialog = _get(ReopenDialog.class);
        _click(dialog.reopen);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).startsWith("Say why the review is reopened");
        _setValue(dialog.reason, "The churn figure was corrected after the meeting");
        _click(dialog.reopen);
        view = _get(ReviewView.class);
        assertThat(text(view.header.heading, ".status-badge")).isEqualTo("Open");
        assertThat(text(view.header.facts, ".review-reopened")).startsWith("Reopened by Chris Customer-Lead on ")
                .endsWith(": The churn figure was corrected after the meeting");
    }

    @Test
    void nextWeeksReviewCarriesTheOpenActions() {
        loginAndOpen("cmo", "reviews/" + reviews.currentWeek().next());
        ReviewView view = _get(ReviewView.class);
        assertThat(shownText(view.sections().getFirst()))
                .contains("Agree who is accountable for the Call centre touchpoint", "Book a joint read-through of the renewal notice copy");
        assertThat(navLinks(view)).contains("← " + reviews.currentWeek() + " = reviews/" + reviews.currentWeek(),
                "This week = reviews");
    }

    @Test
    void aWeekThatDoesNotExistIsNotFound() {
        loginAndOpen("viewer", "reviews/2026-W99");
        assertThat(_find(ReviewView.class)).isEmpty();
        assertThat(shownText(_get(org.cxplanner.base.ui.NotFoundView.class)))
                .contains("Page not found", "There is no week '2026-W99'. Weeks are written like " + reviews.currentWeek() + ".");
    }

    @Test
    void theDecisionLogListsAndSearchesEveryDecision() {
        loginAndOpen("viewer", "reviews/decisions");
        assertThat(_get(DecisionLogView.class).trend.shownText()).contains("The meeting, last 13 weeks",
                "Average rating over the last 13 weeks 8.0; 0 of 3 action items due were done on time.");
        DecisionLogView log = _get(DecisionLogView.class);
        assertThat(GridKt._size(log.grid)).isEqualTo(5);
        Decision pinned = GridKt._get(log.grid, 0);
        assertThat(pinned.text()).startsWith("Pricing page clarity goes live");
        assertThat(pinned.pin().state()).startsWith("Changed: ");
        _setValue(log.search, "live chat");
        List<Decision> found = GridKt._findAll(log.grid);
        assertThat(found).extracting(Decision::text).containsExactly("Keep live chat in product at risk until the staffing plan is agreed.");
        assertThat(log.csv.getHref()).isEqualTo("/export/review/decisions.csv?q=live+chat");
    }

    @Test
    void aLeadReleasesAPinFromTheDecisionLogWithAReason() {
        loginAndOpen("cmo", "reviews/decisions");
        DecisionLogView log = _get(DecisionLogView.class);
        Decision pinned = GridKt._get(log.grid, 0);
        ReleasePinDialog dialog = new ReleasePinDialog(pins, pinned.pin(), () -> log.grid.getDataProvider().refreshAll());
        dialog.open();
        _click(dialog.release);
        assertThat(dialog.reason.isInvalid()).isTrue();
        _setValue(dialog.reason, "Legal needs two more weeks; the campaign links to it later.");
        _click(dialog.release);
        expectNotifications("Released. The decision log keeps the reason.");
        assertThat(GridKt._get(log.grid, 0).pin().state())
                .isEqualTo("Released by Maria Marketing-Lead: Legal needs two more weeks; the campaign links to it later.");

        loginAndOpen("viewer", "roadmap/" + pinned.link().id());
        assertThat(shownText(_get(org.cxplanner.roadmap.ui.InitiativeView.class))).doesNotContain("Changes what was decided");
    }

    @Test
    void theFlagOfAChangeAgainstADecisionShowsOnTheInitiativeAndTheReviewsDecision() {
        loginAndOpen("viewer", "roadmap/" + jdbc.queryForObject("SELECT id FROM initiative WHERE title = 'Pricing page clarity'", Long.class));
        assertThat(shownText(_get(org.cxplanner.roadmap.ui.InitiativeView.class))).containsPattern(
                "⚠ Changes what was decided in " + reviews.currentWeek().previous() + ": 'Pricing page clarity goes live before the "
                        + "spring campaign links to it: its end date stays.' \\(end date \\d+ \\w+ \\d{4} → \\d+ \\w+ \\d{4}\\)");
        loginAndOpen("viewer", "reviews/" + reviews.currentWeek().previous());
        assertThat(shownText(_get(ReviewView.class).side)).contains("Pins End date ", " · Changed: ");
    }

    @Test
    void aMessageATouchpointAndAnIndicatorChangedAgainstADecisionSaySoOnTheirScreens() {
        long decision = jdbc.queryForObject("SELECT min(id) FROM review_decision", Long.class);
        long message = jdbc.queryForObject("SELECT min(id) FROM message", Long.class);
        long touchpoint = jdbc.queryForObject("SELECT id FROM touchpoint WHERE name = 'Help centre'", Long.class);
        long indicator = jdbc.queryForObject("SELECT min(id) FROM indicator WHERE direction <> 'RANGE'", Long.class);
        // Three decisions of last week, each pinning a value the plan has since left.
        for (Object[] pin : List.of(new Object[]{"MESSAGE", message, "MESSAGE_SEND_DATE", "2026-01-02", "2 Jan 2026"},
                new Object[]{"TOUCHPOINT", touchpoint, "TOUCHPOINT_ACCOUNTABLE", "999", "Nobody real"},
                new Object[]{"INDICATOR", indicator, "INDICATOR_TARGET", "12345", "12345"})) {
            long id = jdbc.queryForObject("""
                    INSERT INTO review_decision (review_id, text, link_kind, link_id, link_label, decided_by)
                    SELECT review_id, 'Keep the ' || ?, ?, ?, ?, 'cco' FROM review_decision WHERE id = ? RETURNING id""",
                    Long.class, pin[2], pin[0], pin[1], pin[0].equals("TOUCHPOINT") ? "Help centre" : "x", decision);
            jdbc.update("INSERT INTO decision_pin (decision_id, kind, item_id, pinned_value, pinned_label) VALUES (?, ?, ?, ?, ?)",
                    id, pin[2], pin[1], pin[3], pin[4]);
        }
        loginAndOpen("viewer", "messages/" + message);
        assertThat(shownText(_get(org.cxplanner.messaging.ui.MessageView.class)))
                .contains("⚠ Changes what was decided in " + reviews.currentWeek().previous().previous() + ": 'Keep the MESSAGE_SEND_DATE' (send date 2 Jan 2026 → ");
        loginAndOpen("viewer", "indicators/" + indicator);
        assertThat(shownText(_get(org.cxplanner.indicators.ui.IndicatorView.class))).contains("'Keep the INDICATOR_TARGET' (target 12345 → ");
        loginAndOpen("viewer", "raci");
        assertThat(shownText(_get(org.cxplanner.raci.ui.RaciMatrixView.class)))
                .contains("⚠ Help centre: Changes what was decided in", "(accountable Nobody real → ");
    }

    @Test
    void theHomePageSaysHowThisWeeksReviewStands() {
        loginAndOpen("cco", "");
        String home = shownText(_get(HomeView.class));
        assertThat(home).contains("Openweekly review " + reviews.currentWeek(), "2action items overdue", "4open action items",
                "3touchpoints need attention", "3indicators off track", "1guardrail warning");
    }

    private long indicatorId(String name) {
        return jdbc.queryForObject("SELECT id FROM indicator WHERE name = ?", Long.class, name);
    }

    @Test
    void aNoteBeingWrittenSurvivesAColleaguesChangeToThePlan() {
        loginAndOpen("cco", "reviews");
        ReviewView view = _get(ReviewView.class);
        startNote(view, view.sections().get(1));
        _setValue(view.sections().get(1).note, "Half a thought");

        InitiativeRow search = roadmap.span(RoadmapFilter.ALL.withText("Help centre search"), null, null).getFirst();
        roadmap.reschedule(search.id(), search.version(), search.startDate().plusWeeks(1));
        view.load();

        assertThat(view.sections().get(1).note.getValue()).isEqualTo("Half a thought");
        assertThat(view.sections().get(2).note).isNull();
    }

    /** The review's navigation links as "text = href". */
    private static List<String> navLinks(ReviewView view) {
        return org.jsoup.Jsoup.parseBodyFragment(view.header.nav.getElement().getProperty("innerHTML")).select("a").stream()
                .map(a -> a.text() + " = " + a.attr("href")).toList();
    }

    /** The text of the first element matching {@code selector} in a markup element, or "" when it shows none. */
    private static String text(Markup markup, String selector) {
        org.jsoup.nodes.Element found = org.jsoup.Jsoup.parseBodyFragment(markup.getElement().getProperty("innerHTML", ""))
                .selectFirst(selector);
        return found == null ? "" : found.text();
    }

    /** The "done" boxes drawn in a part of the review (they are markup, see AgendaSectionCard). */
    private static List<org.jsoup.nodes.Element> doneBoxes(com.vaadin.flow.component.Component part) {
        return _find(part, Markup.class).stream()
                .flatMap(markup -> org.jsoup.Jsoup.parseBodyFragment(markup.getElement().getProperty("innerHTML", ""))
                        .select("input." + AgendaSectionCard.DONE_CLASS).stream())
                .toList();
    }

    /** Ticks or unticks a "done" box, as the browser reports it to the review's one listener. */
    private static void tick(ReviewView view, org.jsoup.nodes.Element box, boolean done) {
        var data = com.vaadin.flow.internal.JacksonUtils.createObjectNode();
        data.put(ReviewView.DONE_BOX, true);
        data.put(ReviewView.DONE_ACTION, box.attr(AgendaSectionCard.DONE_ACTION));
        data.put(ReviewView.DONE_CHECKED, done);
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(view.layout.getElement(),
                new com.vaadin.flow.dom.DomEvent(view.layout.getElement(), "change", data));
    }

    /** Clicks a section's "Add a note" opener, as the browser reports it to the agenda's one listener. */
    private static void startNote(ReviewView view, AgendaSectionCard card) {
        var data = com.vaadin.flow.internal.JacksonUtils.createObjectNode();
        data.put(ReviewAgendaPanel.NOTE_OPENER, true);
        data.put(ReviewAgendaPanel.NOTE_SECTION, card.section().name());
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(view.agenda.getElement(),
                new com.vaadin.flow.dom.DomEvent(view.agenda.getElement(), "click", data));
    }
}
