package org.cxplanner.roadmap.ui;

import org.cxplanner.roadmap.InitiativeRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** How a lane stacks its bars: each in the first row free by the day it starts, the lane as tall as its rows. */
final class LaneRows {

    private LaneRows() {
    }

    /** Each bar's row in its lane (in start order): the first row free by the day it starts. */
    static int[] of(List<InitiativeRow> rows) {
        int[] rowOf = new int[rows.size()];
        List<LocalDate> rowEnds = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            InitiativeRow row = rows.get(i);
            int index = 0;
            while (index < rowEnds.size() && !rowEnds.get(index).isBefore(row.startDate())) {
                index++;
            }
            if (index == rowEnds.size()) {
                rowEnds.add(row.endDate());
            } else {
                rowEnds.set(index, row.endDate());
            }
            rowOf[i] = index;
        }
        return rowOf;
    }

    static double height(List<InitiativeRow> rows) {
        int count = java.util.Arrays.stream(of(rows)).max().orElse(0) + 1;
        return count * TimelineCanvas.ROW_REM + 0.4;
    }
}
