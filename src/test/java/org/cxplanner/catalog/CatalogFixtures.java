package org.cxplanner.catalog;

import java.lang.reflect.Field;

/** Catalog entries with ids, as the database would give them, for tests of pure rules that take catalog lists. */
public final class CatalogFixtures {

    private CatalogFixtures() {
    }

    public static JourneyStage stage(long id, String name) {
        return withId(new JourneyStage(name, (int) id), id);
    }

    public static Touchpoint touchpoint(long id, String name, long stageId) {
        return withId(new Touchpoint(name, stageId, Channel.values()[0], null, (int) id), id);
    }

    public static BusinessFunction function(long id, String name) {
        return withId(new BusinessFunction(name, (int) id), id);
    }

    public static <E extends CatalogEntry> E archived(E entry) {
        entry.setArchived(true);
        return entry;
    }

    private static <E extends CatalogEntry> E withId(E entry, long id) {
        try {
            Field field = CatalogEntry.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entry, id);
            return entry;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
