package org.cxplanner.base.events;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A committed change, as every node hears of it: what kind of thing changed and which ones (never row data).
 * No keys means "anything of this kind may have changed": after an import, or after the listener reconnected and
 * may have missed notifications. {@code origin} names the screen that made the change, which has already shown it.
 */
public record PlanEvent(EventKind kind, List<String> keys, String origin) {

    static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:-]{1,100}");
    /** Past this many keys an event says "everything of this kind": a NOTIFY payload must stay under 8000 bytes. */
    static final int MAX_KEYS = 200;
    static final String NO_ORIGIN = "-";

    public PlanEvent {
        keys = List.copyOf(keys);
    }

    public static PlanEvent everything(EventKind kind) {
        return new PlanEvent(kind, List.of(), NO_ORIGIN);
    }

    public boolean isEverything() {
        return keys.isEmpty();
    }

    /** The keys as ids, for kinds whose keys are database ids. */
    public List<Long> ids() {
        return keys.stream().map(Long::valueOf).toList();
    }

    String toPayload() {
        return kind.name() + "|" + origin + "|" + String.join(",", keys);
    }

    static PlanEvent fromPayload(String payload) {
        String[] parts = payload.split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a plan event: " + payload);
        }
        List<String> keys = parts[2].isEmpty() ? List.of() : List.of(parts[2].split(","));
        return new PlanEvent(EventKind.of(parts[0]), keys, parts[1]);
    }
}
