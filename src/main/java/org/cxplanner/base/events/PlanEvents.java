package org.cxplanner.base.events;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The plan's change channel across every app node: PostgreSQL {@code LISTEN/NOTIFY} on one channel.
 * <p>
 * Publishers call {@link #publish} inside their transaction; the notification is sent just before commit, and
 * PostgreSQL delivers it to every listening node only if the transaction commits. Each node's
 * {@link PlanEventListener} hears it (its own changes too) and hands it to the subscribers here. Screens subscribe
 * with {@link #subscribe(UI, Set, Consumer)}, which runs the handler in the screen's UI and skips the changes the
 * screen made itself (it has shown them already).
 */
@org.springframework.stereotype.Component
public class PlanEvents {

    public static final String CHANNEL = "cxp_plan_events";
    private static final Logger log = LoggerFactory.getLogger(PlanEvents.class);
    private static final String ORIGIN_KEY = "cxp-event-origin";

    private final JdbcTemplate jdbc;
    private final String nodeId = UUID.randomUUID().toString().substring(0, 8);
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final long screenUpdateIntervalNanos;
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("plan-events-later").daemon().factory());

    PlanEvents(JdbcTemplate jdbc, @Value("${cxp.events.screen-update-interval:250ms}") Duration screenUpdateInterval) {
        this.jdbc = jdbc;
        this.screenUpdateIntervalNanos = screenUpdateInterval.toNanos();
    }

    @PreDestroy
    void stop() {
        later.shutdownNow();
    }

    /** This node's name in presence entries and event origins; new on every start. */
    public String nodeId() {
        return nodeId;
    }

    /**
     * Announces that things of {@code kind} with these keys changed (no keys: anything of the kind). Inside a
     * transaction the announcements are gathered and sent once, before commit; outside one they go at once.
     */
    public void publish(EventKind kind, Object... keys) {
        publishAs(currentOrigin(), kind, keys);
    }

    /** The screen whose request is running, as {@link #publishAs} takes it: for work done later on its behalf. */
    public String currentOrigin() {
        UI ui = UI.getCurrent();
        return ui == null ? PlanEvent.NO_ORIGIN : originOf(ui);
    }

    /**
     * As {@link #publish}, for a change made on another thread on behalf of the screen {@code origin} (taken with
     * {@link #currentOrigin()} in its request): that screen, which has shown the change already, is skipped.
     */
    public void publishAs(String origin, EventKind kind, Object... keys) {
        List<String> keyList = Arrays.stream(keys).map(String::valueOf).toList();
        keyList.forEach(PlanEvents::requireSafe);
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            notify(List.of(new PlanEvent(kind, keyList, origin)));
            return;
        }
        PendingEvents pending = (PendingEvents) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new PendingEvents(origin, this::notify, this);
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.add(kind, keyList);
    }

    /** For background work that is no screen's: the handler runs on the listener thread. */
    public Registration subscribe(Set<EventKind> kinds, Consumer<PlanEvent> handler) {
        Subscription subscription = new Subscription(Set.copyOf(kinds), handler);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    /** For screens: the handler runs inside {@code ui}'s lock and is pushed to the browser. */
    public Registration subscribe(UI ui, Set<EventKind> kinds, Consumer<PlanEvent> handler) {
        String self = originOf(ui);
        return subscribe(kinds, event -> {
            if (!event.origin().equals(self)) {
                access(ui, () -> handler.accept(event));
            }
        });
    }

    /** A screen closed a moment ago (its detach is about to remove the subscription) has nothing left to update. */
    private static void access(UI ui, Runnable update) {
        try {
            ui.access(update::run);
        } catch (UIDetachedException closed) {
            log.debug("A screen closed before it could show a change");
        }
    }

    /**
     * For screens that can take changes together: the changes that arrive while the screen has not yet shown the
     * earlier ones join them, and the handler gets them in one go inside the UI's lock. However fast changes come,
     * a screen then has at most one update waiting, instead of a queue that grows while it falls behind. A screen
     * is updated at most once per {@code cxp.events.screen-update-interval} (250 ms): a change after a quiet spell
     * shows at once, a burst from many colleagues arrives as a few pushes instead of one per change, which a slow
     * browser (or a tablet in a meeting room) can keep up with.
     */
    public Registration subscribeBatched(UI ui, Set<EventKind> kinds, Consumer<List<PlanEvent>> handler) {
        String self = originOf(ui);
        List<PlanEvent> waiting = new ArrayList<>();
        long[] lastShown = {System.nanoTime() - screenUpdateIntervalNanos};
        Runnable show = () -> access(ui, () -> {
            List<PlanEvent> batch;
            synchronized (waiting) {
                batch = List.copyOf(waiting);
                waiting.clear();
                lastShown[0] = System.nanoTime();
            }
            handler.accept(batch);
        });
        return subscribe(kinds, event -> {
            if (event.origin().equals(self)) {
                return;
            }
            long wait;
            synchronized (waiting) {
                if (!waiting.isEmpty()) {
                    waiting.add(event);
                    return;
                }
                waiting.add(event);
                wait = lastShown[0] + screenUpdateIntervalNanos - System.nanoTime();
            }
            if (wait <= 0) {
                show.run();
            } else {
                later.schedule(show, wait, TimeUnit.NANOSECONDS);
            }
        });
    }

    /**
     * For views: subscribes while {@code component} is attached (again after each re-attach), with the handler run
     * in its UI as {@link #subscribe(UI, Set, Consumer)} does. Nothing to remove by hand.
     */
    public Registration subscribeWhileAttached(Component component, Set<EventKind> kinds, Consumer<PlanEvent> handler) {
        return whileAttached(component, ui -> subscribe(ui, kinds, handler));
    }

    /** {@link #subscribeBatched} while {@code component} is attached. */
    public Registration subscribeBatchedWhileAttached(Component component, Set<EventKind> kinds, Consumer<List<PlanEvent>> handler) {
        return whileAttached(component, ui -> subscribeBatched(ui, kinds, handler));
    }

    private static Registration whileAttached(Component component, java.util.function.Function<UI, Registration> subscribe) {
        Registration[] current = new Registration[1];
        Consumer<UI> start = ui -> {
            if (current[0] == null) {
                current[0] = subscribe.apply(ui);
            }
        };
        Runnable stop = () -> {
            if (current[0] != null) {
                current[0].remove();
                current[0] = null;
            }
        };
        component.getUI().ifPresent(start);
        Registration attach = component.addAttachListener(event -> start.accept(event.getUI()));
        Registration detach = component.addDetachListener(event -> stop.run());
        return () -> {
            attach.remove();
            detach.remove();
            stop.run();
        };
    }

    void deliver(PlanEvent event) {
        for (Subscription subscription : subscriptions) {
            if (subscription.kinds().contains(event.kind())) {
                try {
                    subscription.handler().accept(event);
                } catch (RuntimeException e) {
                    log.warn("A subscriber failed on {}", event, e);
                }
            }
        }
    }

    /** After the listener lost its connection, notifications may have been missed: everyone reloads everything. */
    void deliverEverything() {
        Set<EventKind> kinds = new LinkedHashSet<>();
        subscriptions.forEach(subscription -> kinds.addAll(subscription.kinds()));
        kinds.forEach(kind -> deliver(PlanEvent.everything(kind)));
    }

    private void notify(List<PlanEvent> events) {
        for (PlanEvent event : events) {
            jdbc.queryForObject("SELECT pg_notify(?, ?)::text", String.class, CHANNEL, event.toPayload());
        }
    }

    private String originOf(UI ui) {
        Object origin = ComponentUtil.getData(ui, ORIGIN_KEY);
        if (origin == null) {
            origin = nodeId + ":" + UUID.randomUUID().toString().substring(0, 13);
            ComponentUtil.setData(ui, ORIGIN_KEY, origin);
        }
        return origin.toString();
    }

    private static void requireSafe(String text) {
        if (!PlanEvent.SAFE.matcher(text).matches()) {
            throw new IllegalArgumentException("Event kinds and keys are short plain words: " + text);
        }
    }

    private record Subscription(Set<EventKind> kinds, Consumer<PlanEvent> handler) {
    }
}
