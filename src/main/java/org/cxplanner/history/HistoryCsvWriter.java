package org.cxplanner.history;

import org.apache.commons.csv.CSVPrinter;
import org.cxplanner.base.export.CsvFiles;
import org.cxplanner.base.export.SafeCells;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/** {@code When,Who,Name,Area,Item type,Item,Field,Old value,New value,Source}, newest first. */
@Component
class HistoryCsvWriter {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    void write(Consumer<Consumer<HistoryRow>> rows, ZoneId zone, OutputStream out) throws IOException {
        CSVPrinter printer = CsvFiles.printer(out);
        printer.printRecord("When", "Who", "Name", "Area", "Item type", "Item", "Field", "Old value", "New value", "Source");
        try {
            rows.accept(row -> {
                try {
                    printer.printRecord(WHEN.format(row.changedAt().atZone(zone)), SafeCells.escape(row.changedBy()),
                            SafeCells.escape(row.changedByName()), row.area().label(), row.itemKindLabel(),
                            SafeCells.escape(row.itemLabel()), SafeCells.escape(row.field()),
                            SafeCells.escape(row.oldValue()), SafeCells.escape(row.newValue()), row.source().label());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }
}
