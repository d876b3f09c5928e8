package org.cxplanner.raci;

/** An active function, in column order. */
public record FunctionColumn(long id, String name) {
}
