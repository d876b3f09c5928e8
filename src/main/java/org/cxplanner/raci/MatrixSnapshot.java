package org.cxplanner.raci;

import java.util.List;

/** The matrix as one export sees it. */
public record MatrixSnapshot(List<FunctionColumn> columns, List<MatrixRow> rows) {
}
