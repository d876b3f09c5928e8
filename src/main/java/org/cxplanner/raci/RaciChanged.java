package org.cxplanner.raci;

/** Published after a RACI change commits, so open matrix screens can refresh; touchpointId null means "many". */
public record RaciChanged(Long touchpointId) {
}
