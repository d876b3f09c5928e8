package org.cxplanner.base.db;

/**
 * The embedded database could not be started as the planner's own: the start stops instead of writing the plan into
 * someone else's database. Carries what to do about it, which {@link EmbeddedDatabaseFailureAnalyzer} prints.
 */
public class EmbeddedDatabaseRefused extends RuntimeException {

    private final String action;

    EmbeddedDatabaseRefused(String description, String action) {
        super(description);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
