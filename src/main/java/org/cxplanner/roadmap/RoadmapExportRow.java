package org.cxplanner.roadmap;

/** An initiative as the list exports write it: the row plus its description and the names it refers to. */
public record RoadmapExportRow(InitiativeRow row, String description, String stages, String touchpoints) {
}
