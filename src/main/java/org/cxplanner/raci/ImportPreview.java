package org.cxplanner.raci;

import java.util.List;

/** What an import would do, shown before anything changes: cell changes and every problem with its line. */
public record ImportPreview(String fileName, int rowsRead, List<CellChange> changes, List<Problem> problems) {

    public boolean canApply() {
        return problems.isEmpty() && !changes.isEmpty();
    }

    public long count(CellChange.Kind kind) {
        return changes.stream().filter(change -> change.kind() == kind).count();
    }

    public record Problem(int line, String message) {

        public String text() {
            return line > 0 ? "Line " + line + ": " + message : message;
        }
    }

    public record CellChange(int line, long touchpointId, String touchpoint, long functionId, String function,
                             RaciLetter before, RaciLetter after) {

        public enum Kind { ADDED, CHANGED, CLEARED }

        public Kind kind() {
            return before == null ? Kind.ADDED : after == null ? Kind.CLEARED : Kind.CHANGED;
        }
    }
}
