package org.cxplanner.notifications;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Whom a notification is for: everyone holding one of some roles, some people by id, or some people by user name
 * (sign-offs and attendance record names). The person acting is never told, whoever is named here.
 */
public record Recipients(List<String> roles, List<Long> ids, List<String> names) {

    public Recipients {
        roles = List.copyOf(roles);
        ids = ids.stream().filter(Objects::nonNull).toList();
        names = names.stream().filter(Objects::nonNull).map(String::toLowerCase).toList();
    }

    public static Recipients roles(String... roles) {
        return new Recipients(List.of(roles), List.of(), List.of());
    }

    public static Recipients ids(Collection<Long> ids) {
        return new Recipients(List.of(), List.copyOf(ids), List.of());
    }

    public static Recipients id(Long id) {
        return id == null ? none() : ids(List.of(id));
    }

    public static Recipients names(Collection<String> names) {
        return new Recipients(List.of(), List.of(), List.copyOf(names));
    }

    public static Recipients none() {
        return new Recipients(List.of(), List.of(), List.of());
    }

    public Recipients and(Recipients other) {
        return new Recipients(concat(roles, other.roles), concat(ids, other.ids), concat(names, other.names));
    }

    public boolean isEmpty() {
        return roles.isEmpty() && ids.isEmpty() && names.isEmpty();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
    }
}
