package org.cxplanner.raci;

/**
 * A committed RACI change as open matrix screens hear of it; touchpointId null means "many": reload everything.
 * Catalog changes (a renamed or archived touchpoint or function) arrive the same way.
 */
public record RaciChanged(Long touchpointId) {

    /** The kind of plan event a RACI cell change is announced as; its keys are touchpoint ids. */
    public static final String KIND = "raci";
}
