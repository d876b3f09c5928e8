package org.cxplanner.raci;

import org.cxplanner.base.EditConflict;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.history.ChangeSource;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.raci.ImportPreview.CellChange;
import org.cxplanner.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.Map;

/** CSV import for catalog managers: a preview first, then all changes in one transaction or none. */
@Service
public class RaciImportService {

    private final CatalogService catalog;
    private final RaciCellRecords assignments;
    private final PlanEvents events;

    private final RaciNews news;

    RaciImportService(CatalogService catalog, RaciCellRecords assignments, PlanEvents events, RaciNews news) {
        this.news = news;
        this.catalog = catalog;
        this.assignments = assignments;
        this.events = events;
    }

    @PreAuthorize(Roles.MANAGE_CATALOG)
    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, byte[] content) {
        Map<Long, Map<Long, RaciLetter>> current = new HashMap<>();
        assignments.activeCells().forEach(cell ->
                current.computeIfAbsent(cell.touchpointId(), id -> new HashMap<>()).put(cell.functionId(), cell.letter()));
        return new RaciCsvReader(catalog.stages(), catalog.touchpoints(), catalog.functions(), current).read(fileName, content);
    }

    /** Applies a clean preview. If any cell changed since the preview, nothing is applied. */
    @PreAuthorize(Roles.MANAGE_CATALOG)
    @Transactional
    public int apply(ImportPreview preview) {
        if (!preview.problems().isEmpty()) {
            throw new IllegalArgumentException("A preview with problems cannot be applied");
        }
        for (CellChange change : preview.changes()) {
            RaciCellRecords.CellState state = assignments.lockCell(change.touchpointId(), change.functionId())
                    .orElseThrow(() -> new EditConflict("'" + change.touchpoint() + "' or '" + change.function()
                            + "' no longer exists. Upload the file again to see a new preview."));
            if (state.letter() != change.before() || state.touchpointArchived() || state.functionArchived()) {
                throw new EditConflict("The matrix changed since the preview (" + change.touchpoint() + " × "
                        + change.function() + "). Nothing was imported: upload the file again to see a new preview.");
            }
            assignments.write(change.touchpointId(), change.functionId(), state, change.after(), ChangeSource.IMPORT);
            news.cellChanged(change.touchpointId(), state, change.after());
        }
        if (!preview.changes().isEmpty()) {
            events.publish(RaciChanged.KIND);
        }
        return preview.changes().size();
    }
}
