package org.cxplanner.roadmap;

import org.cxplanner.catalog.CatalogKind;
import org.cxplanner.catalog.CatalogUsage;
import org.springframework.stereotype.Component;

import java.util.List;

/** A journey stage or touchpoint that initiatives change cannot be deleted (only archived). */
@Component
class RoadmapCatalogUsage implements CatalogUsage {

    private final RoadmapRecords query;

    RoadmapCatalogUsage(RoadmapRecords query) {
        this.query = query;
    }

    @Override
    public List<String> usesOf(CatalogKind kind, long id) {
        List<String> titles = switch (kind) {
            case STAGE -> query.titlesUsing("initiative_stage", "stage_id", id);
            case TOUCHPOINT -> query.titlesUsing("initiative_touchpoint", "touchpoint_id", id);
            case FUNCTION -> List.of();
        };
        if (titles.isEmpty()) {
            return List.of();
        }
        return List.of(titles.size() + (titles.size() == 1 ? " initiative (" : " initiatives (")
                + String.join(", ", titles.stream().limit(3).toList()) + (titles.size() > 3 ? ", …)" : ")"));
    }
}
