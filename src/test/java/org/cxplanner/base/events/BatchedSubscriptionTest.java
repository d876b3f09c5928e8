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
        Registration subscription = events.subscribeBatched(UI.getCurrent(), Set.of("batch-test"),
                batch -> batches.add(batch.stream().flatMap(event -> event.keys().stream()).toList()));
        try {
            // The test holds the UI's lock, as a screen busy drawing would: these three wait together.
            events.deliver(new PlanEvent("batch-test", List.of("1"), PlanEvent.NO_ORIGIN));
            events.deliver(new PlanEvent("batch-test", List.of("2"), PlanEvent.NO_ORIGIN));
            events.deliver(new PlanEvent("batch-test", List.of("3"), PlanEvent.NO_ORIGIN));
            events.deliver(new PlanEvent("other-kind", List.of("9"), PlanEvent.NO_ORIGIN));
            MockVaadin.clientRoundtrip(false);
            assertThat(batches).containsExactly(List.of("1", "2", "3"));

            events.deliver(new PlanEvent("batch-test", List.of("4"), PlanEvent.NO_ORIGIN));
            MockVaadin.clientRoundtrip(false);
            assertThat(batches).containsExactly(List.of("1", "2", "3"), List.of("4"));
        } finally {
            subscription.remove();
        }
    }
}
