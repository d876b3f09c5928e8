package org.cxplanner.raci;

import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.history.ChangeSource;
import org.cxplanner.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Reads the RACI matrix for everyone signed in; editors change one cell at a time. */
@Service
public class RaciService {

    /**
     * RACI cells are filed in the change history under their touchpoint (the function is the field), so a matrix
     * row and its catalog entry share one history.
     */

    private final RaciMatrixRecords matrix;
    private final RaciCellRecords assignments;
    private final PlanEvents events;

    private final RaciNews news;

    RaciService(RaciMatrixRecords matrix, RaciCellRecords assignments, PlanEvents events, RaciNews news) {
        this.news = news;
        this.matrix = matrix;
        this.assignments = assignments;
        this.events = events;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<FunctionColumn> columns() {
        return matrix.columns();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public int countRows(MatrixFilter filter) {
        return matrix.count(filter);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<MatrixRow> rows(MatrixFilter filter, int offset, int limit) {
        return matrix.rows(filter, offset, limit);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public HealthSummary summary() {
        return matrix.summary();
    }

    /** The current state of one touchpoint's row, after an edit or a colleague's change. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public java.util.Optional<MatrixRow> row(long touchpointId) {
        return matrix.row(touchpointId);
    }

    /** Columns and every matching row in one consistent read, for exports. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public MatrixSnapshot snapshot(MatrixFilter filter) {
        return new MatrixSnapshot(matrix.columns(), matrix.rows(filter, 0, Integer.MAX_VALUE));
    }

    /** Who is accountable, responsible, consulted and informed for these touchpoints, by touchpoint name. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<TouchpointOwners> owners(java.util.Collection<Long> touchpointIds) {
        return touchpointIds.isEmpty() ? List.of() : assignments.owners(touchpointIds);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<FunctionAssignment> assignmentsOf(long functionId) {
        return assignments.byFunction(functionId);
    }

    /**
     * Sets (or, with {@code null}, clears) one cell. {@code expected} is the letter the editor saw: if someone
     * changed the cell meanwhile, nothing is written and the editor is told to reload.
     */
    @PreAuthorize(Roles.EDIT_RACI)
    @Transactional
    public void setCell(long touchpointId, long functionId, RaciLetter expected, RaciLetter letter) {
        RaciCellRecords.CellState state = assignments.lockCell(touchpointId, functionId)
                .orElseThrow(() -> new EditConflict("This touchpoint or function no longer exists. Reload the matrix."));
        if (state.touchpointArchived() || state.functionArchived()) {
            throw new FieldProblem("cell", "This touchpoint or function has been archived. Reload the matrix.");
        }
        if (state.letter() != expected) {
            throw new EditConflict("Someone else changed this cell to " + (state.letter() == null ? "empty" : state.letter().name())
                    + " while you were looking. Reload to see their change, then edit again.");
        }
        if (expected == letter) {
            return;
        }
        assignments.write(touchpointId, functionId, state, letter, ChangeSource.EDIT);
        news.cellChanged(touchpointId, state, letter);
        events.publish(RaciChanged.KIND, touchpointId);
    }
}
