package org.cxplanner.raci;

import org.cxplanner.catalog.CatalogKind;
import org.cxplanner.catalog.CatalogUsage;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class RaciCatalogUsage implements CatalogUsage {

    private final RaciCellRecords assignments;

    RaciCatalogUsage(RaciCellRecords assignments) {
        this.assignments = assignments;
    }

    @Override
    public List<String> usesOf(CatalogKind kind, long id) {
        int count = switch (kind) {
            case TOUCHPOINT -> assignments.countByTouchpoint(id);
            case FUNCTION -> assignments.countByFunction(id);
            case STAGE -> 0;
        };
        return count == 0 ? List.of() : List.of(count + (count == 1 ? " RACI assignment" : " RACI assignments"));
    }
}
