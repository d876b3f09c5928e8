package org.cxplanner.catalog;

import org.cxplanner.base.FieldProblem;

import java.util.Collection;
import java.util.Locale;

/** Names are trimmed, 1-120 characters and unique within their kind regardless of case. */
final class CatalogNames {

    static final int MAX_LENGTH = 120;
    static final String TOO_LONG = "Keep the name to 120 characters or fewer.";

    private CatalogNames() {
    }

    static String clean(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new FieldProblem("name", "Enter a name.");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new FieldProblem("name", TOO_LONG);
        }
        return trimmed;
    }

    static void requireUnique(CatalogKind kind, String name, Long ownId, Collection<? extends CatalogEntry> existing) {
        String key = name.toLowerCase(Locale.ROOT);
        boolean taken = existing.stream().anyMatch(entry -> !entry.getId().equals(ownId)
                && entry.getName().toLowerCase(Locale.ROOT).equals(key));
        if (taken) {
            throw duplicate(kind, name);
        }
    }

    static FieldProblem duplicate(CatalogKind kind, String name) {
        return new FieldProblem("name", "A " + kind.singular() + " named '" + name + "' already exists.");
    }
}
