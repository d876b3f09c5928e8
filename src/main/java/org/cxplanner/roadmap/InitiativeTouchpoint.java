package org.cxplanner.roadmap;

import org.springframework.data.relational.core.mapping.Table;

/** A touchpoint an initiative changes (by id: touchpoints are the catalog's aggregates). */
@Table("initiative_touchpoint")
record InitiativeTouchpoint(long touchpointId) {
}
