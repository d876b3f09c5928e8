package org.cxplanner.base.events;

import com.vaadin.flow.shared.Registration;
import org.cxplanner.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The change channel: PostgreSQL delivers what committed, never what rolled back, and survives a lost connection. */
class PlanEventsTest extends IntegrationTest {

    private static final EventKind TEST = EventKind.of("test");

    @Autowired
    private PlanEvents events;
    @Autowired
    private PlanEventListener listener;
    @Autowired
    private TransactionTemplate transactions;

    private final List<PlanEvent> heard = new CopyOnWriteArrayList<>();
    private Registration subscription;

    @BeforeEach
    void listen() {
        await().atMost(Duration.ofSeconds(10)).until(listener::isConnected);
        subscription = events.subscribe(Set.of(TEST), heard::add);
    }

    @AfterEach
    void stopListening() {
        subscription.remove();
    }

    @Test
    void aCommittedChangeIsHeardOnceWithItsKeysAndARolledBackOneNever() {
        transactions.executeWithoutResult(status -> {
            events.publish(TEST, 7);
            events.publish(TEST, 8, 7);
            assertThat(heard).as("nothing is sent before commit").isEmpty();
        });
        transactions.executeWithoutResult(status -> {
            events.publish(TEST, 99);
            status.setRollbackOnly();
        });
        events.publish(TEST, 3);

        await().atMost(Duration.ofSeconds(2)).until(() -> heard.size() >= 2);
        assertThat(heard).extracting(PlanEvent::keys).containsExactly(List.of("7", "8"), List.of("3"));
        assertThat(heard.getFirst().ids()).containsExactly(7L, 8L);
        assertThat(heard.getFirst().origin()).isEqualTo("-");
    }

    @Test
    void manyKeysBecomeOneEventAboutEverything() {
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i <= PlanEvent.MAX_KEYS; i++) {
                events.publish(TEST, i);
            }
        });
        await().atMost(Duration.ofSeconds(2)).until(() -> !heard.isEmpty());
        assertThat(heard.getFirst().isEverything()).isTrue();
    }

    @Test
    void aKilledListenerReconnectsTellsEveryoneToReloadAndHearsTheNextChange() {
        List<Integer> before = listenerPids();
        assertThat(before).isNotEmpty();
        before.forEach(pid -> jdbc.queryForObject("SELECT pg_terminate_backend(?)", Boolean.class, pid));

        await().atMost(Duration.ofSeconds(10)).until(() -> heard.stream().anyMatch(PlanEvent::isEverything));
        assertThat(listener.isConnected()).isTrue();
        assertThat(listenerPids()).doesNotContainAnyElementsOf(before);

        events.publish(TEST, 42);
        await().atMost(Duration.ofSeconds(2)).until(() -> heard.stream().anyMatch(e -> e.keys().equals(List.of("42"))));
    }

    private List<Integer> listenerPids() {
        return jdbc.queryForList("SELECT pid FROM pg_stat_activity WHERE application_name = ?", Integer.class,
                PlanEventListener.APPLICATION_NAME);
    }
}
