package org.cxplanner.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused embedded database as Spring Boot prints a busy web port: what happened, then what to do. */
public class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseRefused cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
