package org.cxplanner.review;

import org.cxplanner.history.ChangeSource;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.history.HistoryRow;
import org.cxplanner.raci.MatrixRow;
import org.cxplanner.raci.RaciChanged;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The responsibilities section: touchpoints with a RACI gap, then the cells changed since the last review. */
final class RaciOnAgenda {

    static final String GAPS = "Gaps";
    static final String CELLS_CHANGED = "Cells changed since the last review";

    private RaciOnAgenda() {
    }

    static List<AgendaItem> items(List<MatrixRow> gaps, List<HistoryRow> changes, ZoneId zone) {
        List<AgendaItem> items = new ArrayList<>();
        for (MatrixRow row : gaps) {
            items.add(new AgendaItem(AgendaSection.RACI, GAPS, row.touchpoint(), row.healthLabel() + " · " + row.stage(),
                    "raci?gaps=true&q=" + AgendaText.encode(row.touchpoint()), Tone.ALERT));
        }
        for (HistoryRow change : changes) {
            if (change.area() == HistoryArea.RACI && RaciChanged.HISTORY_KIND.equals(change.itemKind()) && change.field() != null) {
                items.add(new AgendaItem(AgendaSection.RACI, CELLS_CHANGED, change.itemLabel() + " · " + change.field(),
                        AgendaText.show(change.oldValue()) + " → " + AgendaText.show(change.newValue()) + " · "
                                + change.changedByName() + ", " + AgendaText.WHEN.format(change.changedAt().atZone(zone))
                                + (change.source() == ChangeSource.IMPORT ? " (import)" : ""),
                        "raci?q=" + AgendaText.encode(change.itemLabel()), Tone.INFO));
            }
        }
        return items;
    }
}
