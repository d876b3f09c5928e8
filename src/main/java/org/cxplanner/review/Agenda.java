package org.cxplanner.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agenda of one review: live while the review is open, the frozen snapshot once closed. {@code since} is when
 * the previous closed review was closed: "what changed" counts from there.
 */
public record Agenda(List<AgendaItem> items, Instant since, String sinceLabel, boolean frozen) {

    public Agenda {
        items = List.copyOf(items);
    }

    public List<AgendaItem> of(AgendaSection section) {
        return items.stream().filter(item -> item.section() == section).toList();
    }

    /** The section's lines by group, groups in the order they first appear. */
    public Map<String, List<AgendaItem>> groups(AgendaSection section) {
        Map<String, List<AgendaItem>> groups = new LinkedHashMap<>();
        of(section).forEach(item -> groups.computeIfAbsent(item.group(), g -> new java.util.ArrayList<>()).add(item));
        return groups;
    }

    public long count(AgendaSection section, String group) {
        return items.stream().filter(item -> item.section() == section && item.group().equals(group)).count();
    }
}
