package org.cxplanner.review;

import org.cxplanner.catalog.CatalogService;
import org.cxplanner.indicators.IndicatorService;
import org.cxplanner.messaging.MessageQueries;
import org.cxplanner.roadmap.RoadmapFilter;
import org.cxplanner.roadmap.RoadmapService;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading the weekly review: a week's page (live agenda or frozen minutes), the reviews held, the decision log. */
@Service
public class ReviewQueries {

    private final ReviewWeeks weeks;
    private final ReviewRecords records;
    private final ReviewClockRecords meetingClock;
    private final AgendaBuilder agenda;
    private final RoadmapService roadmap;
    private final CatalogService catalog;
    private final IndicatorService indicators;
    private final MessageQueries messaging;
    private final Clock clock;

    ReviewQueries(ReviewWeeks weeks, ReviewRecords records, AgendaBuilder agenda, RoadmapService roadmap, CatalogService catalog,
                  IndicatorService indicators, MessageQueries messaging, Clock clock, ReviewRatingRecords ratings,
                  ReviewTrendRecords trends, ReviewClockRecords meetingClock) {
        this.meetingClock = meetingClock;
        this.ratings = ratings;
        this.trends = trends;
        this.weeks = weeks;
        this.records = records;
        this.agenda = agenda;
        this.roadmap = roadmap;
        this.catalog = catalog;
        this.indicators = indicators;
        this.messaging = messaging;
        this.clock = clock;
    }

    private final ReviewRatingRecords ratings;
    private final ReviewTrendRecords trends;

    public ReviewWeek currentWeek() {
        return ReviewWeek.of(LocalDate.now(clock));
    }

    /** The review of a week: its frozen minutes once closed, else the live agenda with what the meeting added. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public ReviewPage page(ReviewWeek week) {
        Optional<Review> found = weeks.find(week);
        Long id = found.map(Review::getId).orElse(null);
        Optional<ReviewRecords.PreviousReview> previous = records.previousClosed(week);
        Agenda shown;
        List<ActionRow> carried = List.of();
        if (found.isPresent() && found.get().isClosed()) {
            shown = new Agenda(records.frozen(id), previous.map(ReviewRecords.PreviousReview::closedAt).orElse(null),
                    ReviewWeeks.sinceLabel(week, previous), true);
        } else {
            Instant since = ReviewWeeks.since(week, previous);
            carried = records.carriedInto(week, id);
            shown = new Agenda(agenda.build(carried, LocalDate.now(clock), since,
                    Instant.now(clock).plus(1, ChronoUnit.DAYS)), since, ReviewWeeks.sinceLabel(week, previous), false);
        }
        Review review = found.orElse(null);
        return new ReviewPage(week, review == null ? ReviewStatus.OPEN : review.getStatus(), review == null ? 0 : review.getVersion(),
                review == null ? null : records.displayName(review.getClosedBy()), review == null ? null : review.getClosedAt(),
                review == null ? null : records.displayName(review.getReopenedBy()), review == null ? null : review.getReopenedAt(),
                review == null ? null : review.getReopenReason(), shown,
                id == null ? List.of() : records.notes(id), id == null ? List.of() : records.decisions(id),
                id == null ? List.of() : records.agreedIn(id), carried, id == null ? List.of() : records.attendees(id),
                CurrentUser.hasAnyRole(Roles.REVIEW_ROLES), CurrentUser.access().leads().isPresent(),
                id == null ? MeetingRating.NONE : ratings.of(id, CurrentUser.name(), review.isClosed()),
                meetingClock.clock(id, meetingClock.budgets()));
    }

    /**
     * The same page with what the meeting added read again (notes, decisions, actions, attendees) and the agenda kept:
     * what a screen needs after its user added something, for 5 statements instead of rebuilding the agenda. If the
     * review was closed or reopened meanwhile, the whole page is read again.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public ReviewPage refreshMeeting(ReviewPage shown) {
        Optional<Review> found = weeks.find(shown.week());
        if (found.isEmpty() || found.get().getStatus() != shown.status() || found.get().isClosed()) {
            return page(shown.week());
        }
        long id = found.get().getId();
        return new ReviewPage(shown.week(), shown.status(), found.get().getVersion(), shown.closedByName(), shown.closedAt(),
                shown.reopenedByName(), shown.reopenedAt(), shown.reopenReason(), shown.agenda(), records.notes(id),
                records.decisions(id), records.agreedIn(id), shown.carried(), records.attendees(id), shown.mayParticipate(),
                shown.mayClose(), shown.rating(), shown.clock());
    }

    /** Every review held so far, newest first. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ReviewSummary> summaries() {
        return records.summaries();
    }

    /** The last 13 weeks up to this one: the meeting's rating and the action items done on time, for the decision log. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<WeekTrend> trend() {
        return trends.weeks(currentWeek(), 13, LocalDate.now(clock));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Decision> decisionLog(String text, int offset, int limit) {
        return records.decisionLog(text, offset, limit);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public int countDecisions(String text) {
        return records.countDecisions(text);
    }

    /** Open action items and how many are overdue, for the home page. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public int[] openAndOverdueActions() {
        return records.openAndOverdue(LocalDate.now(clock));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public ReviewStatus statusOf(ReviewWeek week) {
        return weeks.find(week).map(Review::getStatus).orElse(ReviewStatus.OPEN);
    }

    /** The plan items a decision or action can point at: initiatives, touchpoints, indicators and messages. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PlanLink> linkables() {
        List<PlanLink> links = new ArrayList<>();
        roadmap.span(RoadmapFilter.ALL, null, null).forEach(i -> links.add(new PlanLink(LinkKind.INITIATIVE, i.id(), i.title())));
        catalog.touchpoints().forEach(t -> links.add(new PlanLink(LinkKind.TOUCHPOINT, t.getId(), t.getName())));
        indicators.scorecard().forEach(r -> links.add(new PlanLink(LinkKind.INDICATOR, r.indicator().getId(), r.indicator().getName())));
        messaging.rows().forEach(m -> links.add(new PlanLink(LinkKind.MESSAGE, m.id(), m.title())));
        links.sort(Comparator.comparing((PlanLink l) -> l.kind().ordinal()).thenComparing(l -> l.label().toLowerCase(Locale.ROOT)));
        return links;
    }
}
