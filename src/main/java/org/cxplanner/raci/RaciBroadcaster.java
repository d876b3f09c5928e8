package org.cxplanner.raci;

import com.vaadin.flow.shared.Registration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells open matrix screens in this node that a committed change happened, so colleagues see it at once.
 * Listeners must hand the work to their own UI thread (UI.access): this runs on the writer's thread.
 */
@Component
public class RaciBroadcaster {

    private final List<Consumer<RaciChanged>> listeners = new CopyOnWriteArrayList<>();

    public Registration register(Consumer<RaciChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChange(RaciChanged change) {
        listeners.forEach(listener -> listener.accept(change));
    }
}
