package org.cxplanner.messaging;

import org.cxplanner.catalog.CatalogEntry;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.roadmap.RoadmapService;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A message's content as people read it (stage, touchpoint and initiative by name): what a sign-off approves, what
 * a revision keeps, and what the page compares with the version someone signed.
 */
@Component
class MessageContent {

    private final CatalogService catalog;
    private final RoadmapService roadmap;

    MessageContent(CatalogService catalog, RoadmapService roadmap) {
        this.catalog = catalog;
        this.roadmap = roadmap;
    }

    Map<String, String> describe(MessageForm form) {
        return form.describe(this::stageName,
                ids -> catalog.touchpoints().stream().filter(t -> ids.contains(t.getId())).map(CatalogEntry::getName)
                        .collect(Collectors.joining(", ")),
                this::initiativeTitle);
    }

    String stageName(long stageId) {
        return catalog.stages().stream().filter(s -> s.getId() == stageId).map(CatalogEntry::getName).findFirst().orElse("?");
    }

    String initiativeTitle(long initiativeId) {
        return roadmap.title(initiativeId).orElse("(deleted initiative)");
    }

    /** Adds to {@code into} each field whose value differs, as {old, now}; a field already there keeps its first pair. */
    static void differences(Map<String, String> signed, Map<String, String> current, Map<String, String[]> into) {
        signed.forEach((field, old) -> {
            if (!Objects.equals(old, current.get(field))) {
                into.putIfAbsent(field, new String[]{old, current.get(field)});
            }
        });
    }
}
