package org.cxplanner.indicators;

import org.cxplanner.base.OutgoingEvent;
import org.cxplanner.base.OutgoingEvents;
import org.cxplanner.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells other systems when an indicator goes off track: its latest measurement missed the target after a recording,
 * an import or a correction, where before it was on track or had no numbers. Two statements per change, whatever the
 * number of indicators.
 */
@Component
class OffTrackNews {

    private final MeasurementRecords measurements;
    private final OutgoingEvents outgoing;

    OffTrackNews(MeasurementRecords measurements, OutgoingEvents outgoing) {
        this.measurements = measurements;
        this.outgoing = outgoing;
    }

    /** Before the change: whether each indicator is off track now. */
    Map<Long, Boolean> offTrack(Collection<Indicator> indicators) {
        Map<Long, List<Measurement>> latest = measurements.latest(1, indicators.stream().map(Indicator::getId).toList());
        Map<Long, Boolean> off = new HashMap<>();
        for (Indicator indicator : indicators) {
            List<Measurement> last = latest.getOrDefault(indicator.getId(), List.of());
            off.put(indicator.getId(), !last.isEmpty() && !indicator.onTrack(last.getLast().value()));
        }
        return off;
    }

    /** After the change, in its transaction: announces those off track now that were not {@code before}. */
    void announce(Map<Long, Boolean> before, Collection<Indicator> indicators) {
        Map<Long, List<Measurement>> latest = measurements.latest(1, indicators.stream().map(Indicator::getId).toList());
        for (Indicator indicator : indicators) {
            List<Measurement> last = latest.getOrDefault(indicator.getId(), List.of());
            if (last.isEmpty() || indicator.onTrack(last.getLast().value()) || Boolean.TRUE.equals(before.get(indicator.getId()))) {
                continue;
            }
            Measurement now = last.getLast();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("indicatorId", indicator.getId());
            data.put("name", indicator.getName());
            data.put("team", indicator.getTeam().name());
            data.put("value", now.value().stripTrailingZeros().toPlainString());
            data.put("unit", indicator.getUnit());
            data.put("period", now.periodStart().toString());
            data.put("target", indicator.targetText());
            outgoing.emit(OutgoingEvent.INDICATOR_OFF_TRACK, indicator.getName() + " is off track: " + Indicator.plain(now.value())
                            + " " + indicator.getUnit() + " for the " + indicator.getCadence().describe(now.periodStart()) + " (target "
                            + indicator.targetText() + "), recorded by " + CurrentUser.displayName() + ".",
                    "indicators/" + indicator.getId(), data);
        }
    }
}
