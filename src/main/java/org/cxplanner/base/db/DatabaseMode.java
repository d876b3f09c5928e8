package org.cxplanner.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Tells start-up work whether the plan lives in the embedded database (demo installs) or an external one. */
@Component
public class DatabaseMode {

    private final boolean embedded;

    DatabaseMode(ObjectProvider<EmbeddedPostgres> embeddedPostgres) {
        this.embedded = embeddedPostgres.getIfAvailable() != null;
    }

    public boolean isEmbedded() {
        return embedded;
    }
}
