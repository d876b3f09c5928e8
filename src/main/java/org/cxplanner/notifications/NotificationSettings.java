package org.cxplanner.notifications;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/**
 * How to reach one person: e-mail address (none: only the planner's own notification list), time zone, the time of
 * the daily digest, and the delivery of each kind of notification (every kind present, defaults filled in).
 */
public record NotificationSettings(long userId, String email, ZoneId zone, LocalTime digestTime, Map<NotificationKind, Delivery> deliveries) {

    public static final LocalTime DEFAULT_DIGEST = LocalTime.of(7, 30);

    public NotificationSettings {
        EnumMap<NotificationKind, Delivery> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            all.put(kind, deliveries.getOrDefault(kind, kind.byDefault()));
        }
        deliveries = Map.copyOf(all);
    }

    /** Every time zone a person may choose, by name (Europe/Berlin, America/New_York, …, UTC), and {@code current}. */
    public static java.util.List<ZoneId> zones(ZoneId current) {
        java.util.TreeSet<String> ids = ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        ids.add("UTC");
        if (current != null) {
            ids.add(current.getId());
        }
        return ids.stream().map(ZoneId::of).toList();
    }

    public Delivery delivery(NotificationKind kind) {
        return deliveries.get(kind);
    }

    public NotificationSettings with(String newEmail, ZoneId newZone, LocalTime newDigest, Map<NotificationKind, Delivery> newDeliveries) {
        return new NotificationSettings(userId, newEmail, newZone, newDigest, newDeliveries);
    }
}
