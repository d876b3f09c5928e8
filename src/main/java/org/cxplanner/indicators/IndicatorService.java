package org.cxplanner.indicators;

import org.cxplanner.security.CurrentUser;

import org.cxplanner.security.Team;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.security.Roles;
import org.cxplanner.users.Person;
import org.cxplanner.users.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Indicators against their targets. Everyone signed in reads the scorecard; marketing (and the CMO) record
 * marketing-owned indicators, customer experience (and the CCO) CX-owned ones, both sides joint ones.
 */
@Service
@org.springframework.validation.annotation.Validated
public class IndicatorService {

    static final int TREND = 13;

    private final IndicatorRepository indicators;
    private final MeasurementRecords measurements;
    private final UserService users;
    private final ChangeHistory history;
    private final PlanEvents events;
    private final Clock clock = Clock.systemDefaultZone();

    IndicatorService(IndicatorRepository indicators, MeasurementRecords measurements, UserService users,
                     ChangeHistory history, PlanEvents events) {
        this.indicators = indicators;
        this.measurements = measurements;
        this.users = users;
        this.history = history;
        this.events = events;
    }

    /** Every indicator, off track first, then those without data, then on track; guardrail pairs flagged. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ScorecardRow> scorecard() {
        return rows(indicators.findAll(), measurements.latest(TREND));
    }

    /**
     * The scorecard rows of a few indicators (an initiative's, or one indicator's page) and of their guardrail
     * partners either way, whose state decides the warning; reads only their measurements, not every indicator's.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ScorecardRow> scorecardOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Indicator> all = indicators.findAll();
        Set<Long> partners = all.stream().filter(i -> ids.contains(i.getId()) && i.getGuardedBy() != null)
                .map(Indicator::getGuardedBy).collect(Collectors.toSet());
        List<Indicator> withPartners = all.stream().filter(i -> ids.contains(i.getId()) || partners.contains(i.getId())
                || (i.getGuardedBy() != null && ids.contains(i.getGuardedBy()))).toList();
        Set<Long> read = withPartners.stream().map(Indicator::getId).collect(Collectors.toSet());
        return rows(withPartners, measurements.latest(TREND, read));
    }

    private List<ScorecardRow> rows(List<Indicator> all, Map<Long, List<Measurement>> latest) {
        Map<Long, String> people = users.people().stream().collect(Collectors.toMap(Person::id, Person::displayName));
        LocalDate today = LocalDate.now(clock);
        Map<Long, ScorecardRow> rows = new LinkedHashMap<>();
        for (Indicator indicator : all) {
            List<Measurement> trend = latest.getOrDefault(indicator.getId(), List.of());
            Boolean onTrack = trend.isEmpty() ? null : indicator.onTrack(trend.getLast().value());
            BigDecimal change = trend.size() < 2 ? null : trend.getLast().value().subtract(trend.get(trend.size() - 2).value());
            int lastThree = (int) trend.subList(Math.max(0, trend.size() - 3), trend.size()).stream()
                    .filter(m -> indicator.onTrack(m.value())).count();
            boolean due = trend.isEmpty() || trend.getLast().periodStart().isBefore(indicator.getCadence().periodStart(today));
            rows.put(indicator.getId(), new ScorecardRow(indicator, people.getOrDefault(indicator.getOwnerId(), "?"), trend,
                    onTrack, change, lastThree, due, null));
        }
        for (ScorecardRow kpi : List.copyOf(rows.values())) {
            Long cpiId = kpi.indicator().getGuardedBy();
            ScorecardRow cpi = cpiId == null ? null : rows.get(cpiId);
            if (cpi != null && Boolean.TRUE.equals(kpi.onTrack()) && Boolean.FALSE.equals(cpi.onTrack())) {
                String warning = "Growing at the customer's expense: " + kpi.indicator().getName() + " is on track while "
                        + cpi.indicator().getName() + " is off track.";
                rows.put(kpi.indicator().getId(), withGuardrail(kpi, warning));
                rows.put(cpi.indicator().getId(), withGuardrail(cpi, warning));
            }
        }
        return rows.values().stream().sorted(Comparator.comparingInt(IndicatorService::rank)
                .thenComparing(row -> row.indicator().getName().toLowerCase())).toList();
    }

    /** The indicators the caller may record that have no measurement for the current period yet. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ScorecardRow> dueForMe() {
        Set<Team> mine = recordableTeams();
        return scorecard().stream().filter(row -> row.due() && mine.contains(row.indicator().getTeam())).toList();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Measurement> measurementsOf(long indicatorId) {
        return measurements.of(indicatorId);
    }

    /** Everyone signed in reads the definitions. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public java.util.Optional<Indicator> indicator(long id) {
        return indicators.findById(id);
    }

    /** The CMO, the CCO and administrators define indicators; {@code id} null creates one. */
    @PreAuthorize(Roles.MANAGE_CATALOG)
    @Transactional
    public Indicator save(Long id, int expectedVersion, @jakarta.validation.Valid IndicatorForm form) {
        if (form.getGuardedBy() != null) {
            Indicator guard = indicators.findById(form.getGuardedBy())
                    .orElseThrow(() -> new org.cxplanner.base.FieldProblem("guardedBy", "Choose a CPI from the list."));
            if (guard.getKind() != IndicatorKind.CPI || guard.getId().equals(id)) {
                throw new org.cxplanner.base.FieldProblem("guardedBy", "A KPI is guarded by a CPI: the customer's side of the same goal.");
            }
        }
        String name = form.getName().strip();
        if (indicators.findAll().stream().anyMatch(i -> i.getName().equalsIgnoreCase(name) && !i.getId().equals(id))) {
            throw new org.cxplanner.base.FieldProblem("name", "An indicator named '" + name + "' already exists.");
        }
        Indicator indicator;
        if (id == null) {
            indicator = new Indicator(form);
        } else {
            indicator = indicators.findById(id).orElseThrow(() -> new org.cxplanner.base.EditConflict("This indicator no longer exists."));
            if (indicator.getVersion() != expectedVersion) {
                throw new org.cxplanner.base.EditConflict();
            }
            indicator.apply(form);
        }
        try {
            Indicator saved = indicators.save(indicator);
            history.record(ChangeEntry.event(HistoryArea.INDICATORS, IndicatorEvents.HISTORY_KIND, saved.getId(), saved.getName(),
                    (id == null ? "Defined" : "Definition changed") + ": " + saved.getKind().label() + ", target " + saved.targetText()));
            events.publish(IndicatorEvents.INDICATORS, saved.getId());
            return saved;
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            throw new org.cxplanner.base.EditConflict();
        }
    }

    /** The teams whose indicators the caller records (administrators define indicators but record none). */
    @PreAuthorize(Roles.SIGNED_IN)
    public Set<Team> recordableTeams() {
        return CurrentUser.access().speaksFor();
    }

    private static int rank(ScorecardRow row) {
        if (Boolean.FALSE.equals(row.onTrack())) {
            return 0;
        }
        if (row.guardrail() != null) {
            return 1;
        }
        return row.onTrack() == null ? 2 : 3;
    }

    private static ScorecardRow withGuardrail(ScorecardRow row, String warning) {
        return new ScorecardRow(row.indicator(), row.ownerName(), row.trend(), row.onTrack(), row.change(),
                row.onTrackOfLast3(), row.due(), warning);
    }

}
