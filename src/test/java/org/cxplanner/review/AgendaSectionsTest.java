package org.cxplanner.review;

import org.cxplanner.history.ChangeSource;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.history.HistoryRow;
import org.cxplanner.messaging.MessageAttention;
import org.cxplanner.roadmap.InitiativeRow;
import org.cxplanner.roadmap.InitiativeStatus;
import org.cxplanner.roadmap.Milestone;
import org.cxplanner.roadmap.RoadmapEvents;
import org.cxplanner.security.Team;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each agenda section given plain rows, as the meeting reads them: no Spring, no database. */
@Tag("unit")
class AgendaSectionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void actionItemsAreGroupedOverdueOpenAndDoneWithHowLate() {
        List<AgendaItem> items = ActionsOnAgenda.carried(List.of(
                action(1, "Brief support", TODAY.minusDays(3), false),
                action(2, "Send survey", TODAY.plusDays(2), false),
                action(3, "Fix FAQ", TODAY.minusDays(1), true)), TODAY);
        assertThat(items).extracting(AgendaItem::group).containsExactly(ActionsOnAgenda.OVERDUE, ActionsOnAgenda.OPEN, ActionsOnAgenda.DONE_HERE);
        assertThat(items.getFirst().tone()).isEqualTo(Tone.ALERT);
        assertThat(items.getFirst().detail()).contains("Dana · due Fri 4 Dec (3 days overdue) · agreed in 2026-W49");
        assertThat(items.get(2).detail()).endsWith("done by Sam");
    }

    @Test
    void aSignOffWaitingForAMessageSendingThisWeekIsAnAlarmWithHowLongItWaited() {
        MessageAttention attention = new MessageAttention(List.of(
                new MessageAttention.Waiting(7, "Winter offer", TODAY.plusDays(3), Team.CX, NOW.minusSeconds(3 * 86_400)),
                new MessageAttention.Waiting(8, "Spring teaser", TODAY.plusDays(30), Team.MARKETING, NOW.minusSeconds(5 * 3600))),
                List.of(), List.of(new MessageAttention.ClashPair(7, "Winter offer", TODAY.plusDays(3), 9, "Renewal", TODAY.plusDays(4))),
                List.of(new MessageAttention.BrokenPromise(8, "Spring teaser", TODAY.plusDays(30), List.of("Returns has no Accountable"))));
        List<AgendaItem> items = MessagesOnAgenda.items(attention, TODAY, NOW, ZoneOffset.UTC);
        assertThat(items).extracting(AgendaItem::group).containsExactly(MessagesOnAgenda.WAITING, MessagesOnAgenda.WAITING,
                MessagesOnAgenda.CLASHES, MessagesOnAgenda.PROMISES);
        assertThat(items.get(0).detail()).isEqualTo("Customer experience sign-off waiting for 3 days · sends Thu 10 Dec");
        assertThat(items.get(0).tone()).isEqualTo(Tone.ALERT);
        assertThat(items.get(1).detail()).startsWith("Marketing sign-off waiting for 5 hours");
        assertThat(items.get(1).tone()).isEqualTo(Tone.WARNING);
        assertThat(items.get(2).title()).isEqualTo("Winter offer ↔ Renewal");
        assertThat(items.get(3).route()).isEqualTo("messages/8");
    }

    @Test
    void theRoadmapShowsWhatIsAtRiskDueOrLateAndWhatChangedSinceTheLastReview() {
        InitiativeRow atRisk = initiative(1, "Live chat", InitiativeStatus.AT_RISK, TODAY.minusDays(30), TODAY.plusDays(60), List.of());
        InitiativeRow late = initiative(2, "Loyalty app", InitiativeStatus.IN_PROGRESS, TODAY.minusDays(60), TODAY.plusDays(90),
                List.of(new Milestone("Beta", TODAY.minusDays(2), false)));
        InitiativeRow calm = initiative(3, "Brand refresh", InitiativeStatus.PLANNED, TODAY.plusDays(40), TODAY.plusDays(90), List.of());
        List<HistoryRow> changes = List.of(
                change(HistoryArea.ROADMAP, RoadmapEvents.HISTORY_KIND, 2, "Loyalty app", "Dates", "1 Oct – 1 Dec", "1 Oct – 5 Mar"),
                change(HistoryArea.ROADMAP, RoadmapEvents.HISTORY_KIND, 1, "Live chat", "Status", "In progress", "At risk"),
                change(HistoryArea.RACI, "TOUCHPOINT", 5, "Website", "IT/Digital", "", "R"));
        List<AgendaItem> items = RoadmapOnAgenda.items(List.of(atRisk, late, calm), changes, TODAY, ZoneOffset.UTC);
        assertThat(items).extracting(AgendaItem::group).containsExactly(RoadmapOnAgenda.AT_RISK, RoadmapOnAgenda.DUE,
                RoadmapOnAgenda.STATUS_CHANGES, RoadmapOnAgenda.DATE_MOVES);
        assertThat(items.get(1).detail()).startsWith("milestone “Beta” was due Sat 5 Dec");
        assertThat(items.get(1).tone()).isEqualTo(Tone.ALERT);
        assertThat(items.get(2).tone()).isEqualTo(Tone.WARNING);
    }

    @Test
    void aLongGroupIsCutToFortyLinesWithOneLineSayingHowManyMore() {
        List<AgendaItem> many = new ArrayList<>();
        IntStream.range(0, 45).forEach(i -> many.add(new AgendaItem(AgendaSection.SCORECARD, ScorecardOnAgenda.OFF_TRACK,
                "Indicator " + i, "", "indicators/" + i, Tone.ALERT)));
        List<AgendaItem> kept = AgendaBuilder.limited(many);
        assertThat(kept).hasSize(AgendaBuilder.MAX_PER_GROUP + 1);
        assertThat(kept.getLast().title()).isEqualTo("… and 5 more");
        assertThat(kept.getLast().route()).isEqualTo("indicators?status=Off%20track");
    }

    private static ActionRow action(long id, String text, LocalDate due, boolean done) {
        return new ActionRow(id, 1, text, 1, "Dana", due, null, ReviewWeek.of(TODAY.minusWeeks(1)), "Sam", done,
                done ? "Sam" : null, done ? NOW : null);
    }

    private static InitiativeRow initiative(long id, String title, InitiativeStatus status, LocalDate start, LocalDate end,
                                            List<Milestone> milestones) {
        return new InitiativeRow(id, 1, title, Team.JOINT, status, 1, "Casey", start, end, milestones);
    }

    private static HistoryRow change(HistoryArea area, String kind, long id, String label, String field, String old, String now) {
        return new HistoryRow(id, NOW.minusSeconds(86_400), "cco", "Casey", area, kind, id, label, field, old, now, ChangeSource.EDIT);
    }
}
