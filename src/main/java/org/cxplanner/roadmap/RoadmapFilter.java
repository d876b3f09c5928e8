package org.cxplanner.roadmap;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.net.URLEncoder.encode;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Which initiatives the timeline, the list and the exports show. No statuses chosen means every status but
 * Dropped: dropped initiatives stay on record, behind the filter. Round-trips through URL parameters.
 */
public record RoadmapFilter(Set<InitiativeStatus> statuses, Long stageId, Long touchpointId, Long ownerId, String text) {

    public static final RoadmapFilter ALL = new RoadmapFilter(Set.of(), null, null, null, null);

    public RoadmapFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** The statuses shown: the chosen ones, or every one but Dropped. */
    public Set<InitiativeStatus> shownStatuses() {
        if (!statuses.isEmpty()) {
            return statuses;
        }
        EnumSet<InitiativeStatus> shown = EnumSet.allOf(InitiativeStatus.class);
        shown.remove(InitiativeStatus.DROPPED);
        return shown;
    }

    public RoadmapFilter withStatuses(Set<InitiativeStatus> newStatuses) {
        return new RoadmapFilter(newStatuses, stageId, touchpointId, ownerId, text);
    }

    public RoadmapFilter withStage(Long newStageId) {
        return new RoadmapFilter(statuses, newStageId, touchpointId, ownerId, text);
    }

    public RoadmapFilter withTouchpoint(Long newTouchpointId) {
        return new RoadmapFilter(statuses, stageId, newTouchpointId, ownerId, text);
    }

    public RoadmapFilter withOwner(Long newOwnerId) {
        return new RoadmapFilter(statuses, stageId, touchpointId, newOwnerId, text);
    }

    public RoadmapFilter withText(String newText) {
        return new RoadmapFilter(statuses, stageId, touchpointId, ownerId, newText);
    }

    /** How many of the five filters narrow the roadmap, for a collapsed filter panel to say so. */
    public int activeCount() {
        int count = statuses.isEmpty() ? 0 : 1;
        count += stageId == null ? 0 : 1;
        count += touchpointId == null ? 0 : 1;
        count += ownerId == null ? 0 : 1;
        return count + (text == null || text.isBlank() ? 0 : 1);
    }

    public Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!statuses.isEmpty()) {
            parameters.put("status", statuses.stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        }
        if (stageId != null) {
            parameters.put("stage", stageId.toString());
        }
        if (touchpointId != null) {
            parameters.put("touchpoint", touchpointId.toString());
        }
        if (ownerId != null) {
            parameters.put("owner", ownerId.toString());
        }
        if (text != null) {
            parameters.put("q", text);
        }
        return parameters;
    }

    public String toQueryString() {
        return toParameters().entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Unknown or malformed values are ignored, so an old bookmark still opens. */
    public static RoadmapFilter fromParameters(Function<String, String> parameter) {
        String status = parameter.apply("status");
        Set<InitiativeStatus> statuses = status == null ? Set.of() : Arrays.stream(status.split(","))
                .map(String::trim).filter(name -> Arrays.stream(InitiativeStatus.values()).anyMatch(s -> s.name().equals(name)))
                .map(InitiativeStatus::valueOf).collect(Collectors.toSet());
        return new RoadmapFilter(statuses, id(parameter.apply("stage")), id(parameter.apply("touchpoint")),
                id(parameter.apply("owner")), parameter.apply("q"));
    }

    private static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
