package org.cxplanner.messaging;

import org.cxplanner.base.export.PdfFonts;
import org.cxplanner.base.export.PdfReport;
import org.cxplanner.raci.TouchpointOwners;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Team;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** One message's alignment record as PDF: its content, the checklist as ticked, the sign-offs and the promise check. */
@Component
class MessagePdfWriter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.ENGLISH);

    private final PdfFonts fonts;

    MessagePdfWriter(PdfFonts fonts) {
        this.fonts = fonts;
    }

    void write(MessageDetails details, OutputStream out) {
        Message message = details.message();
        try (PdfReport pdf = PdfReport.portrait(fonts, out, message.getTitle(), 36)) {
            pdf.title(message.getTitle(), "Alignment record · " + message.getStatus().label() + " · content version "
                    + message.getContentVersion() + " · exported " + LocalDate.now() + " by " + CurrentUser.name());
            pdf.heading("Content");
            PdfPTable content = table(1, 3);
            row(content, "Channel", message.getChannel().label());
            row(content, "Audience", details.audience());
            row(content, "Send date", message.getSendDate().toString());
            row(content, "Team", message.getTeam().label());
            row(content, "Initiative", details.initiative() == null ? "" : details.initiative());
            row(content, "Text", message.getBody() == null ? "" : message.getBody());
            pdf.add(content);

            pdf.heading("Checklist");
            PdfPTable checklist = table(4, 1.3f, 1, 2.5f);
            checklist.setHeaderRows(1);
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
            pdf.add(checklist);

            pdf.heading("Sign-offs");
            for (Team side : List.of(Team.MARKETING, Team.CX)) {
                String text = message.signOff(side).map(s -> side.label() + ": signed by " + s.signedBy() + ", " + when(s.signedAt())
                        + " (content version " + s.contentVersion()
                        + (s.contentVersion() == message.getContentVersion() ? ", current)" : ", an earlier version)"))
                        .orElse(side.label() + ": not signed");
                pdf.add(fonts.paragraph(text, 9, false, 0));
            }
            for (Withdrawal w : details.withdrawals()) {
                pdf.add(fonts.paragraph("Withdrawn: " + w.side().label() + " sign-off by " + w.signedBy()
                        + " (version " + w.contentVersion() + "), by " + w.withdrawnBy() + ", " + when(w.withdrawnAt()) + ": "
                        + w.reason(), 8, false, 0));
            }

            pdf.heading("Promise check");
            for (TouchpointOwners owners : details.owners()) {
                pdf.add(fonts.paragraph(owners.touchpoint() + " — accountable: " + join(owners.accountable())
                        + "; responsible: " + join(owners.responsible()) + "; informed: " + join(owners.informed())
                        + (owners.accountabilityProblem() == null ? "" : " — " + owners.accountabilityProblem()), 9, false, 0));
            }
            if (details.owners().isEmpty()) {
                pdf.add(fonts.paragraph("No touchpoints linked.", 9, false, 0));
            }
        }
    }

    /** Borderless label/value rows: the table has no header to repeat. */
    private static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private void row(PdfPTable table, String label, String value) {
        table.addCell(fonts.cell(label, 9, true));
        table.addCell(fonts.cell(value, 9, false));
    }

    private static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }

    private static String join(List<String> names) {
        return names.isEmpty() ? "nobody" : String.join(", ", names);
    }
}
