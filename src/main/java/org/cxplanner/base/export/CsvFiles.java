package org.cxplanner.base.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Every CSV export: UTF-8 with a byte-order mark (so Excel reads accents and emoji), CRLF line ends. */
public final class CsvFiles {

    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private CsvFiles() {
    }

    /** A printer that has already written the byte-order mark; flush it when done. Escape text with {@link SafeCells}. */
    public static CSVPrinter printer(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return new CSVPrinter(writer, FORMAT);
    }
}
