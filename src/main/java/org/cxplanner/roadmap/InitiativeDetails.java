package org.cxplanner.roadmap;

import java.util.List;

/** One initiative as its page shows it: the aggregate with the names it refers to, and what the viewer may do. */
public record InitiativeDetails(Initiative initiative, String ownerName, String updatedByName, List<String> stageNames,
                                boolean editable, boolean deletable) {
}
