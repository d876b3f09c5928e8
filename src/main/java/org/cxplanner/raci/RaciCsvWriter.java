package org.cxplanner.raci;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cxplanner.base.export.CsvFiles;
import org.cxplanner.base.export.SafeCells;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** {@code Stage,Touchpoint,<function…>,Health}, one row per touchpoint; UTF-8 with a BOM so Excel reads it right. */
@Component
class RaciCsvWriter {

    static final String STAGE = "Stage";
    static final String TOUCHPOINT = "Touchpoint";
    static final String HEALTH = "Health";
    static final CSVFormat FORMAT = CsvFiles.FORMAT;

    void write(MatrixSnapshot matrix, OutputStream out) throws IOException {
        CSVPrinter printer = CsvFiles.printer(out);
        List<String> header = new ArrayList<>();
        header.add(STAGE);
        header.add(TOUCHPOINT);
        matrix.columns().forEach(column -> header.add(SafeCells.escape(column.name())));
        header.add(HEALTH);
        printer.printRecord(header);
        for (MatrixRow row : matrix.rows()) {
            List<String> record = new ArrayList<>(header.size());
            record.add(SafeCells.escape(row.stage()));
            record.add(SafeCells.escape(row.touchpoint()));
            for (FunctionColumn column : matrix.columns()) {
                RaciLetter letter = row.letter(column.id());
                record.add(letter == null ? "" : letter.name());
            }
            record.add(row.healthLabel());
            printer.printRecord(record);
        }
        printer.flush();
    }
}
