package org.cxplanner.base.events;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** The announcements of one transaction, merged by kind and sent just before it commits. */
final class PendingEvents implements TransactionSynchronization {

    private final String origin;
    private final Consumer<List<PlanEvent>> send;
    private final Object resourceKey;
    private final Map<EventKind, Set<String>> keysByKind = new LinkedHashMap<>();

    PendingEvents(String origin, Consumer<List<PlanEvent>> send, Object resourceKey) {
        this.origin = origin;
        this.send = send;
        this.resourceKey = resourceKey;
    }

    void add(EventKind kind, List<String> keys) {
        Set<String> known = keysByKind.get(kind);
        if (known != null && known.isEmpty()) {
            return;
        }
        if (keys.isEmpty()) {
            keysByKind.put(kind, new LinkedHashSet<>());
        } else {
            keysByKind.computeIfAbsent(kind, k -> new LinkedHashSet<>()).addAll(keys);
        }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        List<PlanEvent> events = new ArrayList<>();
        keysByKind.forEach((kind, keys) -> events.add(new PlanEvent(kind,
                keys.size() > PlanEvent.MAX_KEYS ? List.of() : List.copyOf(keys), origin)));
        send.accept(events);
    }

    @Override
    public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
    }
}
