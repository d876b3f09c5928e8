package org.cxplanner.base.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.cxplanner.KaribuTest;
import org.cxplanner.base.presence.PresenceJanitor;
import org.cxplanner.base.presence.PresenceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The top bar shows who else has the same screen open, live, and forgets them when they leave or their node dies. */
class PresenceBarTest extends KaribuTest {

    @Autowired
    private PresenceService presence;

    @Test
    void aColleagueOnTheSameScreenAppearsAndDisappears() {
        loginAndOpen("cmo", "raci");
        MainLayout layout = _get(MainLayout.class);
        assertThat(layout.presentOthers()).isEmpty();
        // Written just after the screen is answered, not while it is built.
        awaitEntries("SELECT username FROM presence WHERE screen = 'raci'", "cmo");

        UUID colleague = CompletableFuture.supplyAsync(() -> {
            actAs("cco", "CCO");
            return presence.enter("raci");
        }).join();
        awaitOthers(layout, "cco");

        CompletableFuture.runAsync(() -> {
            actAs("cco", "CCO");
            presence.enter("catalog");
            presence.leave(colleague);
        }).join();
        awaitOthers(layout);
    }

    @Test
    void leavingTheScreenOrClosingTheTabRemovesTheEntry() {
        loginAndOpen("cx", "raci");
        UI.getCurrent().navigate("catalog");
        awaitEntries("SELECT screen FROM presence", "catalog");
        UI.getCurrent().navigate("");
        awaitEntries("SELECT screen FROM presence");
        UI.getCurrent().navigate("catalog");
        awaitEntries("SELECT screen FROM presence", "catalog");
        // What Vaadin does when the closed tab's unload beacon (or the third missed heartbeat) arrives.
        UI ui = UI.getCurrent();
        ui.getSession().removeUI(ui);
        awaitEntries("SELECT screen FROM presence");
    }

    @Test
    void theEntriesOfANodeThatDiedExpire() {
        loginAndOpen("cmo", "catalog");
        MainLayout layout = _get(MainLayout.class);
        jdbc.update("""
                INSERT INTO presence (id, node_id, username, display_name, screen, expires_at)
                VALUES (?, 'dead-node', 'ghost', 'Gone Ghost', 'catalog', now() + interval '1 second')""", UUID.randomUUID());
        CompletableFuture.runAsync(() -> {
            actAs("cco", "CCO");
            presence.enter("catalog");
        }).join();
        awaitOthers(layout, "Gone Ghost", "cco");

        // Wait until the ghost's entry has lapsed (the scheduled clean-up may even have removed it already).
        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM presence WHERE node_id = 'dead-node' AND expires_at > now()", Integer.class) == 0);
        CompletableFuture.runAsync(janitor::renewAndExpire).join();
        awaitOthers(layout, "cco");
    }

    @Autowired
    private PresenceJanitor janitor;

    private void awaitEntries(String query, String... expected) {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(jdbc.queryForList(query, String.class)).containsExactly(expected));
    }

    private static void awaitOthers(MainLayout layout, String... names) {
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(layout.presentOthers()).containsExactly(names);
        });
    }
}
