package org.cxplanner.indicators;

import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.cxplanner.security.Team;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Recording the numbers: each team enters its own and joint indicators' values per period, and corrects them. */
@Service
public class MeasurementEntry {

    private final IndicatorRepository indicators;
    private final MeasurementRecords measurements;
    private final ChangeHistory history;
    private final PlanEvents events;
    private final OffTrackNews offTrack;

    MeasurementEntry(IndicatorRepository indicators, MeasurementRecords measurements, ChangeHistory history, PlanEvents events,
                     OffTrackNews offTrack) {
        this.offTrack = offTrack;
        this.indicators = indicators;
        this.measurements = measurements;
        this.history = history;
        this.events = events;
    }

    /**
     * Saves this period's numbers, all or none: a value for an indicator the caller may not record, or for a period
     * that already has one, refuses the whole entry with a reason per indicator.
     */
    @PreAuthorize(Roles.TEAM_MEMBERS)
    @Transactional
    public int record(Map<Long, BigDecimal> values, LocalDate day) {
        Set<Team> mine = CurrentUser.access().speaksFor();
        Map<Long, String> problems = new LinkedHashMap<>();
        Map<Long, Indicator> found = new HashMap<>();
        indicators.findAllById(values.keySet()).forEach(i -> found.put(i.getId(), i));
        values.forEach((id, value) -> {
            Indicator indicator = found.get(id);
            if (indicator == null) {
                problems.put(id, "This indicator no longer exists.");
            } else if (!mine.contains(indicator.getTeam())) {
                problems.put(id, "Your role cannot record " + indicator.getTeam().label().toLowerCase() + " indicators.");
            } else if (value == null) {
                problems.put(id, "Enter a number.");
            } else if (Measurement.valueProblem(value) != null) {
                problems.put(id, Measurement.valueProblem(value));
            }
        });
        if (!problems.isEmpty()) {
            if (problems.size() == values.size() && problems.values().stream().allMatch(p -> p.startsWith("Your role"))) {
                throw new AccessDeniedException(problems.values().iterator().next());
            }
            throw new EntryProblems(problems);
        }
        List<ChangeEntry> entries = new ArrayList<>();
        Map<Long, Boolean> offBefore = offTrack.offTrack(found.values());
        for (var entry : values.entrySet()) {
            Indicator indicator = found.get(entry.getKey());
            LocalDate period = indicator.getCadence().periodStart(day);
            if (!measurements.insert(indicator.getId(), period, entry.getValue(), null, CurrentUser.name())) {
                problems.put(indicator.getId(), "There is already a measurement for the " + indicator.getCadence().describe(period)
                        + ". Change that one instead.");
            } else {
                entries.add(ChangeEntry.changed(HistoryArea.INDICATORS, IndicatorEvents.HISTORY_KIND, indicator.getId(), indicator.getName(),
                        "Measurement " + indicator.getCadence().describe(period), null, Indicator.plain(entry.getValue()) + " "
                                + indicator.getUnit()));
            }
        }
        if (!problems.isEmpty()) {
            // Rolls back the rows written above: all or nothing.
            throw new EntryProblems(problems);
        }
        history.record(entries);
        offTrack.announce(offBefore, found.values());
        events.publish(IndicatorEvents.INDICATORS, values.keySet().toArray());
        return values.size();
    }

    /**
     * Corrects one measurement (value and note) of the caller's side; {@code expected} is the value the caller saw, so a
     * colleague's correction made meanwhile is never overwritten silently. {@code value} null deletes it.
     */
    @PreAuthorize(Roles.TEAM_MEMBERS)
    @Transactional
    public void correct(long indicatorId, LocalDate periodStart, BigDecimal expected, BigDecimal value, String note) {
        Indicator indicator = indicators.findById(indicatorId)
                .orElseThrow(() -> new EditConflict("This indicator no longer exists."));
        if (!CurrentUser.access().speaksFor(indicator.getTeam())) {
            throw new AccessDeniedException("Your role cannot change " + indicator.getTeam().label().toLowerCase() + " indicators.");
        }
        if (Measurement.valueProblem(value) != null) {
            throw new FieldProblem("value", Measurement.valueProblem(value));
        }
        if (value != null && Measurement.noteProblem(note) != null) {
            throw new FieldProblem("note", Measurement.noteProblem(note));
        }
        Measurement current = measurements.find(indicatorId, periodStart)
                .orElseThrow(() -> new EditConflict("This measurement was deleted meanwhile. Reload the page."));
        if (current.value().compareTo(expected) != 0) {
            throw new EditConflict("Someone changed this measurement to " + Indicator.plain(current.value())
                    + " while you were looking. Nothing was saved: reload to see it.");
        }
        String field = "Measurement " + indicator.getCadence().describe(periodStart);
        Map<Long, Boolean> offBefore = offTrack.offTrack(List.of(indicator));
        if (value == null) {
            measurements.delete(indicatorId, periodStart);
            history.record(ChangeEntry.changed(HistoryArea.INDICATORS, IndicatorEvents.HISTORY_KIND, indicatorId, indicator.getName(), field,
                    Indicator.plain(current.value()), null));
        } else {
            String cleanNote = note == null || note.isBlank() ? null : note.strip();
            measurements.update(indicatorId, periodStart, value, cleanNote, CurrentUser.name());
            history.record(ChangeEntry.changed(HistoryArea.INDICATORS, IndicatorEvents.HISTORY_KIND, indicatorId, indicator.getName(), field,
                    Indicator.plain(current.value()), Indicator.plain(value)));
        }
        offTrack.announce(offBefore, List.of(indicator));
        events.publish(IndicatorEvents.INDICATORS, indicatorId);
    }
}
