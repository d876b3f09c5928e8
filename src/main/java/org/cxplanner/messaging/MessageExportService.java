package org.cxplanner.messaging;

import org.cxplanner.security.Roles;

import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cxplanner.base.export.CsvFiles;
import org.cxplanner.base.export.ExportFormat;
import org.cxplanner.base.export.SafeCells;
import org.cxplanner.base.export.XlsxSheets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/** The message list as CSV or a workbook, and one message's alignment record as PDF, for everyone signed in. */
@Service
public class MessageExportService {

    static final List<String> HEADER = List.of("Send date", "Message", "Channel", "Audience", "Team", "Status",
            "Required items ticked", "Marketing sign-off", "Customer experience sign-off", "Send clash", "Delivery check");

    private final MessageQueries messaging;
    private final MessagePdfWriter pdf;

    MessageExportService(MessageQueries messaging, MessagePdfWriter pdf) {
        this.messaging = messaging;
        this.pdf = pdf;
    }

    /** The list as its filters show it (including "waiting for my sign-off"). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public void exportList(ExportFormat format, MessageFilter filter, OutputStream out) throws IOException {
        List<MessageRow> rows = messaging.rows(filter, 0, Integer.MAX_VALUE);
        switch (format) {
            case CSV -> {
                CSVPrinter printer = CsvFiles.printer(out);
                printer.printRecord(HEADER);
                for (MessageRow row : rows) {
                    printer.printRecord(values(row).stream().map(SafeCells::escape).toList());
                }
                printer.flush();
            }
            case XLSX -> xlsx(rows, out);
            case PDF -> throw new IllegalArgumentException("The message list exports as CSV or XLSX; one message as PDF.");
        }
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean exportAlignmentRecord(long id, OutputStream out) throws IOException {
        MessageDetails details = messaging.details(id).orElse(null);
        if (details == null) {
            return false;
        }
        pdf.write(details, out);
        return true;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public String fileName(ExportFormat format) {
        return format.fileName("messages", LocalDate.now());
    }

    private static List<String> values(MessageRow row) {
        return List.of(row.sendDate().toString(), row.title(), row.channel().label(), row.audience(), row.team().label(),
                row.status().label(), row.ticked() + " of " + row.required(), row.marketingSigned() ? "signed" : "open",
                row.cxSigned() ? "signed" : "open", row.clashText(), row.promiseText());
    }

    private static void xlsx(List<MessageRow> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            SXSSFSheet sheet = workbook.createSheet("Messages");
            XlsxSheets.tableSheet(sheet, HEADER, new int[]{12, 40, 14, 16, 20, 12, 12, 12, 12, 40, 40}, 2, "Messages");
            CellStyle text = XlsxSheets.wrapped(workbook);
            int r = 1;
            for (MessageRow row : rows) {
                Row line = sheet.createRow(r++);
                List<String> values = values(row);
                for (int c = 0; c < values.size(); c++) {
                    XlsxSheets.text(line, c, values.get(c), text);
                }
            }
            workbook.write(out);
        }
    }
}
