package org.cxplanner.roadmap;

/** The orders the initiative list offers; each ends with the id so pages never overlap. */
public enum RoadmapSort {
    START("i.start_date"),
    END("i.end_date"),
    TITLE("lower(i.title)"),
    TEAM("i.team"),
    STATUS("i.status"),
    OWNER("lower(u.display_name)");

    private final String column;

    RoadmapSort(String column) {
        this.column = column;
    }

    String orderBy(boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        return column + direction + ", i.start_date" + direction + ", i.id" + direction;
    }
}
