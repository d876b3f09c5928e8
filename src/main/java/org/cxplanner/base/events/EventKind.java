package org.cxplanner.base.events;

/**
 * What kind of thing changed, as the change channel names it: each feature declares its kinds once (in its
 * {@code *Events} class) and screens subscribe by them. The name travels in PostgreSQL notifications, so it is a
 * short plain word.
 */
public record EventKind(String name) {

    public EventKind {
        if (name == null || !PlanEvent.SAFE.matcher(name).matches()) {
            throw new IllegalArgumentException("Event kinds are short plain words: " + name);
        }
    }

    public static EventKind of(String name) {
        return new EventKind(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
