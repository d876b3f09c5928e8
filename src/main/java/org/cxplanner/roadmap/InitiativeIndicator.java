package org.cxplanner.roadmap;

import org.springframework.data.relational.core.mapping.Table;

/** An indicator an initiative should move (by id: indicators are their own aggregates). */
@Table("initiative_indicator")
record InitiativeIndicator(long indicatorId) {
}
