package org.cxplanner.notifications;

import org.cxplanner.IntegrationTest;
import org.cxplanner.messaging.Message;
import org.cxplanner.messaging.MessageAlignment;
import org.cxplanner.messaging.MessageEditing;
import org.cxplanner.messaging.MessageForm;
import org.cxplanner.messaging.MessageRepository;
import org.cxplanner.messaging.MessageStatus;
import org.cxplanner.raci.RaciLetter;
import org.cxplanner.raci.RaciService;
import org.cxplanner.review.ActionForm;
import org.cxplanner.review.ReviewLifecycle;
import org.cxplanner.review.ReviewMeeting;
import org.cxplanner.review.ReviewQueries;
import org.cxplanner.review.ReviewWeek;
import org.cxplanner.roadmap.InitiativeDetails;
import org.cxplanner.roadmap.InitiativeForm;
import org.cxplanner.roadmap.InitiativeStatus;
import org.cxplanner.roadmap.RoadmapService;
import org.cxplanner.security.Roles;
import org.cxplanner.security.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is told of what (issue #34, point 2), in the words a person would use; never the person acting. */
class WhoIsToldTest extends IntegrationTest {

    record Told(String kind, String title, String detail, String route) {
    }

    @Autowired
    private MessageEditing editing;
    @Autowired
    private MessageAlignment alignment;
    @Autowired
    private MessageRepository messages;
    @Autowired
    private ReviewMeeting meeting;
    @Autowired
    private ReviewLifecycle lifecycle;
    @Autowired
    private ReviewQueries reviews;
    @Autowired
    private RaciService raci;
    @Autowired
    private RoadmapService roadmap;
    @Autowired
    private DigestService digests;

    @BeforeEach
    void nothingToldYet() {
        jdbc.update("DELETE FROM notification");
        jdbc.update("DELETE FROM mail_outbox");
    }

    @Test
    void theLeadWhoSignedIsToldWhenAnEditWithdrawsTheirSignOffWithWhoWhyAndWhatChanged() {
        long id = alignedMessage();
        jdbc.update("DELETE FROM notification");
        actAs("cx", Roles.CX);
        Message before = messages.findById(id).orElseThrow();
        MessageForm form = MessageForm.of(before);
        form.setTitle("Year-end product tips, shorter");
        editing.updateContent(id, before.getVersion(), form);

        assertThat(told("cco")).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo("SIGN_OFF_WITHDRAWN");
            assertThat(t.title()).isEqualTo("Your sign-off was withdrawn: Year-end product tips, shorter");
            assertThat(t.detail()).startsWith("By Casey Experience. The content changed (Title). You signed version ")
                    .contains("sign again");
            assertThat(t.route()).isEqualTo("messages/" + id);
        });
        assertThat(told("cmo")).extracting(Told::kind).containsExactly("SIGN_OFF_WITHDRAWN");
        assertThat(told("cx")).as("the person editing").isEmpty();
    }

    @Test
    void theTeamIsToldWhenAMessageBecomesAlignedAndWhenItIsSent() {
        long id = alignedMessage();
        assertThat(told("cco")).as("the CCO signed last: their own act").noneMatch(t -> t.kind().equals("MESSAGE_ALIGNED_OR_SENT"));
        assertThat(told("cmo")).filteredOn(t -> t.kind().equals("MESSAGE_ALIGNED_OR_SENT")).singleElement()
                .satisfies(t -> assertThat(t.title()).isEqualTo("Year-end product tips is aligned: both sides signed it"));
        assertThat(told("cx")).as("a customer experience message: its team").extracting(Told::kind).contains("MESSAGE_ALIGNED_OR_SENT");
        assertThat(told("marketer")).as("not marketing's message").isEmpty();
        assertThat(told("viewer")).isEmpty();

        jdbc.update("DELETE FROM notification");
        actAs("cx", Roles.CX);
        editing.moveTo(id, messages.findById(id).orElseThrow().getVersion(), MessageStatus.SENT);
        assertThat(told("cco")).extracting(Told::title).containsExactly("Year-end product tips was sent");
        assertThat(told("cmo")).as("signed it").extracting(Told::title).containsExactly("Year-end product tips was sent");
        assertThat(told("cx")).isEmpty();
    }

    @Test
    void anActionItemsOwnerIsToldWhenItIsGivenToThemButNotWhenTheyTakeItThemselves() {
        ReviewWeek week = reviews.currentWeek();
        actAs("cx", Roles.CX);
        meeting.addAction(week, ActionForm.of("Call the top ten detractors", personId("marketer"), LocalDate.now().plusDays(3), null));
        meeting.addAction(week, ActionForm.of("Fix the help centre search", personId("cx"), LocalDate.now().plusDays(3), null));

        assertThat(told("marketer")).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo("ACTION_GIVEN");
            assertThat(t.title()).isEqualTo("An action item is yours: Call the top ten detractors");
            assertThat(t.detail()).isEqualTo("Agreed in the review of " + week + " · due " + LocalDate.now().plusDays(3));
            assertThat(t.route()).isEqualTo("reviews/" + week);
        });
        assertThat(told("cx")).isEmpty();
    }

    @Test
    void everyoneWhoAttendedIsToldWhenTheReviewIsClosedExceptTheLeadClosingIt() {
        ReviewWeek week = reviews.currentWeek();
        for (String[] person : new String[][]{{"cx", Roles.CX}, {"marketer", Roles.MARKETING}, {"cco", Roles.CCO}}) {
            actAs(person[0], person[1]);
            meeting.attend(week);
        }
        lifecycle.close(week, reviews.page(week).version());

        assertThat(told("cx")).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo("REVIEW_CLOSED");
            assertThat(t.title()).isEqualTo("The review of " + week + " was closed");
            assertThat(t.detail()).startsWith("Closed by Chris Customer-Lead.").contains("minutes");
            assertThat(t.route()).isEqualTo("reviews/" + week);
        });
        assertThat(told("marketer")).hasSize(1);
        assertThat(told("cco")).isEmpty();
        assertThat(told("cmo")).as("did not attend").isEmpty();
    }

    @Test
    void aFunctionsLeadIsToldWhenItBecomesAccountableOrResponsible() {
        long help = touchpoint("Help centre");
        long ccoFunction = function("CCO");
        actAs("cx", Roles.CX);
        RaciLetter now = letter(help, ccoFunction);
        raci.setCell(help, ccoFunction, now, now == RaciLetter.R ? RaciLetter.A : RaciLetter.R);
        RaciLetter set = letter(help, ccoFunction);

        assertThat(told("cco")).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo("RACI_OWNERSHIP");
            assertThat(t.title()).isEqualTo("CCO is now " + (set == RaciLetter.A ? "Accountable" : "Responsible") + " for Help centre");
            assertThat(t.detail()).startsWith("Set by Casey Experience");
            assertThat(t.route()).isEqualTo("raci?q=Help+centre");
        });
        jdbc.update("DELETE FROM notification");
        raci.setCell(help, ccoFunction, set, RaciLetter.C);
        raci.setCell(help, ccoFunction, RaciLetter.C, RaciLetter.I);
        assertThat(told("cco")).as("C and I are not ownership").isEmpty();
    }

    @Test
    void theAccountableLeadIsToldWhenATouchpointLosesItsLastResponsible() {
        long tips = touchpoint("Checkout");
        jdbc.update("DELETE FROM raci_assignment WHERE touchpoint_id = ?", tips);
        long cmoFunction = function("CMO");
        long sales = function("Sales");
        actAs("admin", Roles.ADMIN);
        raci.setCell(tips, cmoFunction, null, RaciLetter.A);
        raci.setCell(tips, sales, null, RaciLetter.R);
        jdbc.update("DELETE FROM notification");

        raci.setCell(tips, sales, RaciLetter.R, RaciLetter.C);
        assertThat(told("cmo")).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("Checkout has nobody Responsible any more");
            assertThat(t.detail()).startsWith("Sales is no longer Responsible");
        });
    }

    @Test
    void anInitiativesOwnerIsToldWhenSomeoneElseMovesItPutsItAtRiskOrDropsItButNotOfTheirOwnChanges() {
        long id = initiativeId("Pricing page clarity");
        actAs("cmo", Roles.CMO);
        InitiativeDetails pricing = roadmap.details(id).orElseThrow();
        roadmap.reschedule(id, pricing.initiative().getVersion(), pricing.initiative().getStartDate().plusWeeks(1));
        InitiativeForm form = InitiativeForm.of(roadmap.details(id).orElseThrow().initiative());
        form.setStatus(InitiativeStatus.AT_RISK);
        roadmap.update(id, roadmap.details(id).orElseThrow().initiative().getVersion(), form);

        assertThat(told("marketer")).extracting(Told::title).containsExactly(
                "Your initiative was put at risk: Pricing page clarity", "Your initiative was moved: Pricing page clarity");
        assertThat(told("marketer")).allSatisfy(t -> {
            assertThat(t.kind()).isEqualTo("INITIATIVE_CHANGED");
            assertThat(t.route()).isEqualTo("roadmap/" + id);
            assertThat(t.detail()).endsWith("by Maria Marketing-Lead");
        });

        jdbc.update("DELETE FROM notification");
        actAs("marketer", Roles.MARKETING);
        form = InitiativeForm.of(roadmap.details(id).orElseThrow().initiative());
        form.setStatus(InitiativeStatus.DROPPED);
        roadmap.update(id, roadmap.details(id).orElseThrow().initiative().getVersion(), form);
        assertThat(told("marketer")).as("their own change").isEmpty();
    }

    @Test
    void theDailyRemindersTellOwnersOfActionsDueTomorrowOrOverdueAndOfMissingNumbersOnce() {
        ReviewWeek week = reviews.currentWeek();
        actAs("cco", Roles.CCO);
        meeting.addAction(week, ActionForm.of("Publish the new returns policy", personId("cx"), LocalDate.now().plusDays(1), null));
        meeting.addAction(week, ActionForm.of("Agree the survey wording", personId("cx"), LocalDate.now().plusDays(6), null));
        jdbc.update("DELETE FROM notification");

        actAs(NotificationService.PLANNER, Roles.PLANNER);
        assertThat(digests.remindOn(LocalDate.now())).isTrue();
        assertThat(told("cx")).filteredOn(t -> t.kind().equals("ACTION_DUE")).extracting(Told::title)
                .containsExactly("Due tomorrow: Publish the new returns policy");
        assertThat(told("cx")).filteredOn(t -> t.kind().equals("NUMBERS_DUE")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.route()).isEqualTo("indicators"));
        assertThat(digests.remindOn(LocalDate.now())).as("once a day, across nodes").isFalse();

        assertThat(digests.remindOn(LocalDate.now().plusDays(2))).isTrue();
        assertThat(told("cx")).filteredOn(t -> t.title().startsWith("Overdue since " + LocalDate.now().plusDays(1)))
                .extracting(Told::title).containsExactly("Overdue since " + LocalDate.now().plusDays(1) + ": Publish the new returns policy");
        String numbersOfThatWeek = "Numbers are due for week of " + LocalDate.now().plusDays(2).with(java.time.DayOfWeek.MONDAY) + ":";
        assertThat(digests.remindOn(LocalDate.now().plusDays(3))).isTrue();
        assertThat(told("cx")).as("overdue is told once").filteredOn(t -> t.title().endsWith("Publish the new returns policy"))
                .hasSize(2);
        if (LocalDate.now().plusDays(2).getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
            assertThat(told("cx")).as("numbers once per week").filteredOn(t -> t.title().startsWith(numbersOfThatWeek)).hasSize(1);
        }
    }

    private long alignedMessage() {
        long id = jdbc.queryForObject("SELECT id FROM message WHERE title = 'Year-end product tips'", Long.class);
        org.cxplanner.messaging.MessageFixtures.align(id, alignment, messages, this::actAs);
        return id;
    }

    private void actAs(String username, String role) {
        signInAs(username, role);
    }

    private List<Told> told(String username) {
        return jdbc.query("""
                SELECT n.kind, n.title, n.detail, n.route FROM notification n JOIN app_user u ON u.id = n.recipient_id
                WHERE u.username = ? ORDER BY n.id DESC""",
                (rs, i) -> new Told(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), username);
    }

    private RaciLetter letter(long touchpoint, long function) {
        return jdbc.queryForList("SELECT letter FROM raci_assignment WHERE touchpoint_id = ? AND function_id = ?", String.class,
                touchpoint, function).stream().findFirst().map(l -> RaciLetter.valueOf(l.trim())).orElse(null);
    }

    private long personId(String username) {
        return jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
    }

    private long touchpoint(String name) {
        return jdbc.queryForObject("SELECT id FROM touchpoint WHERE name = ?", Long.class, name);
    }

    private long function(String name) {
        return jdbc.queryForObject("SELECT id FROM business_function WHERE name = ?", Long.class, name);
    }

    private long initiativeId(String title) {
        return jdbc.queryForObject("SELECT id FROM initiative WHERE title = ?", Long.class, title);
    }
}
