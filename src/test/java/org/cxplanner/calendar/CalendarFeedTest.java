package org.cxplanner.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.cxplanner.IntegrationTest;
import org.cxplanner.review.ActionForm;
import org.cxplanner.review.ReviewMeeting;
import org.cxplanner.review.ReviewQueries;
import org.cxplanner.review.ReviewSchedules;
import org.cxplanner.roadmap.InitiativeForm;
import org.cxplanner.roadmap.RoadmapService;
import org.cxplanner.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A person's calendar feed, read back with biweekly: valid RFC 5545; the weekly review, their action items, their
 * team's and joint milestones, send dates; a change raises SEQUENCE; a deleted initiative is a cancelled event; a
 * renewed or turned-off address is not found; only a fingerprint of the address is stored.
 */
class CalendarFeedTest extends IntegrationTest {

    @Autowired
    private CalendarFeedService feeds;
    @Autowired
    private RoadmapService roadmap;
    @Autowired
    private ReviewMeeting meeting;
    @Autowired
    private ReviewQueries reviews;
    @Autowired
    private ReviewSchedules schedules;

    @Test
    void theCmosFeedShowsTheReviewTheirActionsTheirTeamsAndJointMilestonesAndSendDates() {
        actAs("cx", Roles.CX);
        meeting.addAction(reviews.currentWeek(), ActionForm.of("Send the loyalty brief", personId("cmo"), LocalDate.now().plusDays(4), null));
        meeting.addAction(reviews.currentWeek(), ActionForm.of("Check the chat scripts", personId("cx"), LocalDate.now().plusDays(4), null));
        actAs("cmo", Roles.CMO);
        String address = feeds.newAddress(FeedChoices.DEFAULT);
        assertThat(address).matches("calendar/[A-Za-z0-9_-]{43}\\.ics");

        String ics = feeds.feed(token(address)).orElseThrow();
        assertThat(IcsWriter.problems(ics)).as("RFC 5545").isEmpty();
        ICalendar calendar = Biweekly.parse(ics).first();
        VEvent review = event(calendar, "weekly-review").orElseThrow();
        assertThat(review.getRecurrenceRule().getValue().getFrequency()).isEqualTo(biweekly.util.Frequency.WEEKLY);
        assertThat(review.getSummary().getValue()).isEqualTo("Weekly CX planning review");
        assertThat(summaries(calendar)).contains("Action due: Send the loyalty brief")
                .doesNotContain("Action due: Check the chat scripts")
                .anyMatch(s -> s.startsWith("Milestone: ") && s.endsWith("(Pricing page clarity)"))
                .contains("Starts: Pricing page clarity")
                .noneMatch(s -> s.endsWith("Help centre search")).as("a customer experience initiative is not the CMO's team")
                .anyMatch(s -> s.startsWith("Sends: "));

        feeds.saveChoices(new FeedChoices(FeedChoices.Actions.ALL, FeedChoices.PlanItems.ALL, false, false));
        ICalendar everything = Biweekly.parse(feeds.feed(token(address)).orElseThrow()).first();
        assertThat(summaries(everything)).contains("Action due: Check the chat scripts", "Starts: Help centre search")
                .noneMatch(s -> s.startsWith("Sends: "));
        assertThat(event(everything, "weekly-review")).isEmpty();
    }

    @Test
    void aChangedMilestoneRaisesItsSequenceAndADeletedInitiativeIsCancelled() {
        actAs("cmo", Roles.CMO);
        String token = token(feeds.newAddress(new FeedChoices(FeedChoices.Actions.NONE, FeedChoices.PlanItems.ALL, false, false)));
        long id = jdbc.queryForObject("SELECT id FROM initiative WHERE title = 'Pricing page clarity'", Long.class);
        String uid = "milestone-" + id + "-" + jdbc.queryForObject("SELECT min(position) FROM milestone WHERE initiative_id = ?", Integer.class, id);
        VEvent before = event(parse(token), uid).orElseThrow();

        var details = roadmap.details(id).orElseThrow();
        InitiativeForm form = InitiativeForm.of(details.initiative());
        form.getMilestones().getFirst().setDueDate(form.getMilestones().getFirst().getDueDate().plusDays(2));
        roadmap.update(id, details.initiative().getVersion(), form);
        VEvent after = event(parse(token), uid).orElseThrow();
        assertThat(after.getSequence().getValue()).isGreaterThan(before.getSequence().getValue());
        assertThat(after.getDateStart().getValue()).isAfter(before.getDateStart().getValue());

        roadmap.delete(id, roadmap.details(id).orElseThrow().initiative().getVersion());
        VEvent cancelled = event(parse(token), uid).orElseThrow();
        assertThat(cancelled.getStatus().isCancelled()).isTrue();
        assertThat(cancelled.getSequence().getValue()).isGreaterThan(after.getSequence().getValue());
        assertThat(event(parse(token), "initiative-" + id + "-start").orElseThrow().getStatus().isCancelled()).isTrue();
    }

    @Test
    void aRenewedOrTurnedOffAddressIsNotFoundAndOnlyItsFingerprintIsStored() {
        actAs("cco", Roles.CCO);
        String first = token(feeds.newAddress(FeedChoices.DEFAULT));
        assertThat(jdbc.queryForObject("SELECT token_hash FROM calendar_feed", String.class))
                .isEqualTo(CalendarFeedService.hash(first)).isNotEqualTo(first);
        String second = token(feeds.newAddress(FeedChoices.DEFAULT));
        assertThat(feeds.feed(first)).as("renewed").isEmpty();
        assertThat(feeds.feed(second)).isPresent();
        assertThat(feeds.mine()).isPresent();
        feeds.turnOff();
        assertThat(feeds.feed(second)).as("turned off").isEmpty();
        assertThat(feeds.mine()).isEmpty();
        assertThat(feeds.feed("not-a-feed")).isEmpty();

        String third = token(feeds.newAddress(FeedChoices.DEFAULT));
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = 'cco'");
        assertThat(feeds.feed(third)).as("a disabled user's feed").isEmpty();
    }

    @Test
    void theLeadsSetWhenTheReviewMeetsAndTheFeedFollowsInThatZone() {
        actAs("cmo", Roles.CMO);
        String token = token(feeds.newAddress(FeedChoices.DEFAULT));
        VEvent before = event(parse(token), "weekly-review").orElseThrow();
        var schedule = schedules.current();
        schedules.set(DayOfWeek.TUESDAY, LocalTime.of(9, 30), 45, ZoneId.of("America/New_York"), schedule.version());
        String ics = feeds.feed(token).orElseThrow();
        assertThat(ics).contains("DTSTART;TZID=America/New_York:", "T093000", "RRULE:FREQ=WEEKLY;BYDAY=TU", "TZID:America/New_York");
        VEvent after = event(Biweekly.parse(ics).first(), "weekly-review").orElseThrow();
        assertThat(after.getSequence().getValue()).isGreaterThan(before.getSequence().getValue());

        actAs("marketer", Roles.MARKETING);
        assertThatThrownBy(() -> schedules.set(DayOfWeek.FRIDAY, LocalTime.NOON, 60, null, schedules.current().version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void addToCalendarGivesOneEventForTheReviewOrAnActionItem() {
        actAs("cx", Roles.CX);
        var action = meeting.addAction(reviews.currentWeek(), ActionForm.of("Check the chat scripts", personId("cx"), LocalDate.now().plusDays(4), null));
        ICalendar one = Biweekly.parse(feeds.single("action-" + action.getId()).orElseThrow()).first();
        assertThat(one.getEvents()).singleElement().satisfies(e -> {
            assertThat(e.getSummary().getValue()).isEqualTo("Action due: Check the chat scripts");
            assertThat(e.getDateStart().getValue().hasTime()).isFalse();
        });
        assertThat(Biweekly.parse(feeds.single("weekly-review").orElseThrow()).first().getEvents()).hasSize(1);
        assertThat(feeds.single("action-999999")).isEmpty();
    }

    private ICalendar parse(String token) {
        return Biweekly.parse(feeds.feed(token).orElseThrow()).first();
    }

    private static Optional<VEvent> event(ICalendar calendar, String uid) {
        return calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals(uid + "@cx-planner")).findFirst();
    }

    private static List<String> summaries(ICalendar calendar) {
        return calendar.getEvents().stream().map(e -> e.getSummary().getValue()).toList();
    }

    private static String token(String address) {
        return address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
    }

    private long personId(String username) {
        return jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
    }
}
