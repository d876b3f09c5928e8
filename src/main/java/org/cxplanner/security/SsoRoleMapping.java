package org.cxplanner.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns the groups in a sign-in's claims into the planner's roles, as {@link SsoSettings} maps them. */
final class SsoRoleMapping {

    private SsoRoleMapping() {
    }

    /** The person's groups: a list claim, or one text of groups separated by commas or spaces. */
    static Set<String> groups(Map<String, Object> claims, String claimPath) {
        Object value = claims;
        for (String part : claimPath.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return Set.of();
            }
            value = map.get(part);
        }
        if (value instanceof Collection<?> list) {
            return list.stream().filter(java.util.Objects::nonNull).map(Object::toString).map(String::strip)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
        if (value instanceof String text) {
            return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).collect(Collectors.toCollection(LinkedHashSet::new));
        }
        return Set.of();
    }

    /** The planner's roles the groups give, in the order of {@link Roles#ALL}; group names are compared ignoring case. */
    static Set<String> roles(Set<String> groups, Map<String, List<String>> mapping) {
        Set<String> held = groups.stream().map(g -> g.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<String> roles = new LinkedHashSet<>();
        for (String role : Roles.ALL) {
            List<String> giving = mapping.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(role))
                    .flatMap(e -> e.getValue().stream()).toList();
            if (giving.stream().map(g -> g.strip().toLowerCase(Locale.ROOT)).anyMatch(held::contains)) {
                roles.add(role);
            }
        }
        return roles;
    }
}
