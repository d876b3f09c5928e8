package org.cxplanner.messaging;

import org.cxplanner.security.Roles;

import org.cxplanner.security.Team;

import org.cxplanner.security.CurrentUser;

import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cxplanner.base.export.CsvFiles;
import org.cxplanner.base.export.ExportFormat;
import org.cxplanner.base.export.PdfFonts;
import org.cxplanner.base.export.SafeCells;
import org.cxplanner.base.export.XlsxSheets;
import org.cxplanner.raci.TouchpointOwners;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The message list as CSV or a workbook, and one message's alignment record as PDF, for everyone signed in. */
@Service
public class MessageExportService {

    static final List<String> HEADER = List.of("Send date", "Message", "Channel", "Audience", "Team", "Status",
            "Required items ticked", "Marketing sign-off", "Customer experience sign-off", "Send clash");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageQueries messaging;
    private final PdfFonts fonts;

    MessageExportService(MessageQueries messaging, PdfFonts fonts) {
        this.messaging = messaging;
        this.fonts = fonts;
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
        Message message = details.message();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(message.getTitle());
            document.open();
            document.add(fonts.paragraph(message.getTitle(), 16, true, 0));
            document.add(fonts.paragraph("Alignment record · " + message.getStatus().label() + " · content version "
                    + message.getContentVersion() + " · exported " + LocalDate.now() + " by "
                    + CurrentUser.name(), 8, false, 0));
            document.add(section("Content"));
            PdfPTable content = table(new float[]{1, 3});
            row(content, "Channel", message.getChannel().label());
            row(content, "Audience", details.audience());
            row(content, "Send date", message.getSendDate().toString());
            row(content, "Team", message.getTeam().label());
            row(content, "Initiative", details.initiative() == null ? "" : details.initiative());
            row(content, "Text", message.getBody() == null ? "" : message.getBody());
            document.add(content);

            document.add(section("Checklist"));
            PdfPTable checklist = table(new float[]{4, 1.3f, 1, 2.5f});
            for (String header : List.of("Item", "Side", "Required", "Ticked")) {
                checklist.addCell(fonts.cell(header, 8, true));
            }
            for (MessageCheck check : message.getChecks()) {
                checklist.addCell(fonts.cell(check.text(), 8, false));
                checklist.addCell(fonts.cell(check.side().label(), 8, false));
                checklist.addCell(fonts.cell(check.required() ? "yes" : "optional", 8, false));
                checklist.addCell(fonts.cell(check.ticked() ? "✓ " + check.tickedBy() + ", " + when(check.tickedAt())
                        + (check.note() == null ? "" : " — " + check.note()) : "open", 8, false));
            }
            document.add(checklist);

            document.add(section("Sign-offs"));
            for (Team side : List.of(Team.MARKETING, Team.CX)) {
                String text = message.signOff(side).map(s -> side.label() + ": signed by " + s.signedBy() + ", " + when(s.signedAt())
                        + " (content version " + s.contentVersion()
                        + (s.contentVersion() == message.getContentVersion() ? ", current)" : ", an earlier version)"))
                        .orElse(side.label() + ": not signed");
                document.add(fonts.paragraph(text, 9, false, 0));
            }
            for (Withdrawal w : details.withdrawals()) {
                document.add(fonts.paragraph("Withdrawn: " + w.side().label() + " sign-off by " + w.signedBy()
                        + " (version " + w.contentVersion() + "), by " + w.withdrawnBy() + ", " + when(w.withdrawnAt()) + ": "
                        + w.reason(), 8, false, 0));
            }

            document.add(section("Promise check"));
            for (TouchpointOwners owners : details.owners()) {
                document.add(fonts.paragraph(owners.touchpoint() + " — accountable: " + join(owners.accountable())
                        + "; responsible: " + join(owners.responsible()) + "; informed: " + join(owners.informed())
                        + (owners.accountabilityProblem() == null ? "" : " — " + owners.accountabilityProblem()), 9, false, 0));
            }
            if (details.owners().isEmpty()) {
                document.add(fonts.paragraph("No touchpoints linked.", 9, false, 0));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("Could not write the PDF", e);
        }
        return true;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public String fileName(ExportFormat format) {
        return format.fileName("messages", LocalDate.now());
    }

    private PdfPTable section(String title) {
        PdfPTable block = fonts.paragraph(title, 12, true, 4);
        block.setSpacingBefore(10);
        return block;
    }

    private PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private void row(PdfPTable table, String label, String value) {
        table.addCell(fonts.cell(label, 9, true));
        table.addCell(fonts.cell(value, 9, false));
    }

    private static String when(java.time.Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }

    private static String join(List<String> names) {
        return names.isEmpty() ? "nobody" : String.join(", ", names);
    }

    private static List<String> values(MessageRow row) {
        return List.of(row.sendDate().toString(), row.title(), row.channel().label(), row.audience(), row.team().label(),
                row.status().label(), row.ticked() + " of " + row.required(), row.marketingSigned() ? "signed" : "open",
                row.cxSigned() ? "signed" : "open", row.clashText());
    }

    private static void xlsx(List<MessageRow> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            SXSSFSheet sheet = workbook.createSheet("Messages");
            XlsxSheets.tableSheet(sheet, HEADER, new int[]{12, 40, 14, 16, 20, 12, 12, 12, 12, 40}, 2, "Messages");
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
