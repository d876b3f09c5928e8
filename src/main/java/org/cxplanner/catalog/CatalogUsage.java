package org.cxplanner.catalog;

import java.util.List;

/**
 * Implemented by every feature that refers to catalog entries, so a deletion can be refused with a message
 * naming what uses the entry, without the catalog depending on those features.
 */
public interface CatalogUsage {

    /** Human-readable descriptions of what uses the entry, e.g. "12 RACI assignments"; empty when unused. */
    List<String> usesOf(CatalogKind kind, long id);
}
