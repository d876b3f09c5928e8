package org.cxplanner.e2e;

import java.util.List;

/** URLs outside Vaadin's router that must still refuse anonymous requests. */
final class ProtectedUrls {

    static final List<String> DOWNLOADS = List.of("/export/raci.csv", "/export/raci.xlsx", "/export/raci.pdf",
            "/export/raci.csv?gaps=true", "/export/history.csv", "/export/history.csv?area=USERS",
            "/export/roadmap.csv", "/export/roadmap.xlsx", "/export/roadmap.pdf?from=2026-07",
            "/export/messages.csv", "/export/messages.xlsx?waiting=true", "/export/message/1.pdf", "/export/review/2026-W48.pdf",
            "/export/review/2026-W48.md", "/export/review/decisions.csv?q=x", "/actuator/info",
            "/actuator/env");

    private ProtectedUrls() {
    }
}
