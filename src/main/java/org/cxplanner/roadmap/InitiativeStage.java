package org.cxplanner.roadmap;

import org.springframework.data.relational.core.mapping.Table;

/** A journey stage an initiative changes (by id: stages are the catalog's aggregates). */
@Table("initiative_stage")
record InitiativeStage(long stageId) {
}
