package org.cxplanner.raci;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.awaitility.Awaitility;
import org.cxplanner.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Every open matrix on a node shows a colleague's change from one read of the changed rows, not one read each. */
class RaciBroadcasterTest extends KaribuTest {

    @Autowired
    private RaciBroadcaster broadcaster;
    @Autowired
    private RaciService raciService;

    @Test
    void openMatricesShareOneReadOfTheChangedRowAndTheSummary() {
        loginAndOpen("viewer", "");
        List<RaciChanged> first = new CopyOnWriteArrayList<>();
        List<RaciChanged> second = new CopyOnWriteArrayList<>();
        Div one = new Div();
        Div two = new Div();
        UI.getCurrent().add(one, two);
        broadcaster.register(one, first::add);
        broadcaster.register(two, second::add);
        long touchpoint = jdbc.queryForObject("SELECT id FROM touchpoint WHERE name = 'Order confirmation'", Long.class);
        long support = jdbc.queryForObject("SELECT id FROM business_function WHERE name = 'Support'", Long.class);

        CompletableFuture.runAsync(() -> {
            actAs("cco", "CCO");
            raciService.setCell(touchpoint, support, null, RaciLetter.R);
        }).join();

        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(first).hasSize(1);
            assertThat(second).hasSize(1);
        });
        RaciChanged change = first.getFirst();
        assertThat(change.touchpointIds()).containsExactly(touchpoint);
        assertThat(change.rows()).singleElement().satisfies(row -> {
            assertThat(row.letter(support)).isEqualTo(RaciLetter.R);
            assertThat(row.healthLabel()).isEqualTo("OK");
        });
        assertThat(change.summary().gaps()).isEqualTo(2);
        assertThat(second.getFirst().rows().getFirst()).as("read once for both screens").isSameAs(change.rows().getFirst());
        assertThat(second.getFirst().summary()).isSameAs(change.summary());
    }
}
