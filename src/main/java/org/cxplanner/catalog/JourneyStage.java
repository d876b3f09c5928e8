package org.cxplanner.catalog;

import org.springframework.data.relational.core.mapping.Table;

/** A step of the customer journey: Awareness, Consideration, … Advocacy. */
@Table("journey_stage")
public class JourneyStage extends CatalogEntry {

    protected JourneyStage() {
    }

    JourneyStage(String name, int position) {
        super(name, position);
    }
}
