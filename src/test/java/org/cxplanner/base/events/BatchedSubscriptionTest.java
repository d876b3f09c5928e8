package org.cxplanner.base.events;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.cxplanner.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A screen that is still busy when more changes come gets them together, once, instead of one queued update each. */
class BatchedSubscriptionTest extends KaribuTest {

    @Autowired
    private PlanEvents events;

    @Test
    void changesThatArriveBeforeTheScreenCatchesUpComeInOneBatch() {
        loginAndOpen("cx", "");
        List<List<String>> batches = new ArrayList<>();
        Registration subscription = events.subscribeBatched(UI.getCurrent(), Set.of(EventKind.of("batch-test")),
                batch -> batches.add(batch.stream().flatMap(event -> event.keys().stream()).toList()));
        try {
            // The test holds the UI's lock, as a screen busy drawing would: these three wait together.
            events.deliver(new PlanEvent(EventKind.of("batch-test"), List.of("1"), PlanEvent.NO_ORIGIN));
            events.deliver(new PlanEvent(EventKind.of("batch-test"), List.of("2"), PlanEvent.NO_ORIGIN));
            events.deliver(new PlanEvent(EventKind.of("batch-test"), List.of("3"), PlanEvent.NO_ORIGIN));
            events.deliver(new PlanEvent(EventKind.of("other-kind"), List.of("9"), PlanEvent.NO_ORIGIN));
            MockVaadin.clientRoundtrip(false);
            assertThat(batches).containsExactly(List.of("1", "2", "3"));

            // Right after an update the next one waits a moment (the screen is updated at most every 250 ms), and
            // what comes meanwhile joins it. (The first change above, after a quiet spell, showed at once.)
            long shown = System.nanoTime();
            events.deliver(new PlanEvent(EventKind.of("batch-test"), List.of("4"), PlanEvent.NO_ORIGIN));
            MockVaadin.clientRoundtrip(false);
            assertThat(batches).hasSize(1);
            events.deliver(new PlanEvent(EventKind.of("batch-test"), List.of("5"), PlanEvent.NO_ORIGIN));
            org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(3)).untilAsserted(() -> {
                MockVaadin.clientRoundtrip(false);
                assertThat(batches).hasSize(2);
            });
            assertThat(System.nanoTime() - shown).isGreaterThanOrEqualTo(200_000_000L);
            assertThat(batches).containsExactly(List.of("1", "2", "3"), List.of("4", "5"));
        } finally {
            subscription.remove();
        }
    }
}
