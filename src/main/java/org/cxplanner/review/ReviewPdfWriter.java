package org.cxplanner.review;

import org.cxplanner.base.export.PdfFonts;
import org.cxplanner.base.export.PdfReport;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** A review's minutes as PDF: status, attendees, the agenda section by section with its notes, decisions and actions. */
@Component
class ReviewPdfWriter {

    private final PdfFonts fonts;

    ReviewPdfWriter(PdfFonts fonts) {
        this.fonts = fonts;
    }

    void write(ReviewPage page, OutputStream out) {
        ReviewWeek week = page.week();
        try (PdfReport pdf = PdfReport.portrait(fonts, out, "Weekly review " + week, 42)) {
            pdf.add(paragraph("Weekly planning review · " + week.label(), 17, true, 4));
            pdf.add(paragraph(ReviewMinutes.statusLine(page), 10, false, 2));
            if (page.reopenedAt() != null) {
                pdf.add(paragraph("Reopened by " + page.reopenedByName() + " on " + ReviewMinutes.when(page.reopenedAt()) + ": "
                        + page.reopenReason(), 10, false, 2));
            }
            pdf.add(paragraph("Attendees: " + ReviewMinutes.attendees(page), 10, false, 2));
            if (page.isClosed()) {
                pdf.add(paragraph("Rating: " + ReviewMinutes.rating(page), 10, false, 2));
            }
            pdf.add(paragraph("Meeting time: " + ReviewMinutes.meetingTime(page), 10, false, 2));
            if (page.clock().started()) {
                PdfPTable times = pdf.table(4, 2.6f, 1f, 1.6f, 1f);
                for (String header : List.of("Section", "Started", "Took", "Given")) {
                    PdfPCell cell = fonts.cell(header, 9, true);
                    cell.setBackgroundColor(new java.awt.Color(230, 233, 240));
                    times.addCell(cell);
                }
                ReviewMinutes.sectionTimes(page).forEach(row -> row.forEach(value -> times.addCell(fonts.cell(value, 9, false))));
                pdf.add(times);
            }
            pdf.add(paragraph("Changes counted " + page.agenda().sinceLabel() + ".", 9, false, 10));
            int number = 1;
            for (AgendaSection section : AgendaSection.agenda()) {
                List<AgendaItem> items = page.agenda().of(section);
                pdf.add(paragraph(number++ + ". " + section.title() + " (" + items.size() + ")", 13, true, 4));
                if (items.isEmpty()) {
                    pdf.add(paragraph("Nothing to discuss.", 10, false, 4));
                }
                for (Map.Entry<String, List<AgendaItem>> group : page.agenda().groups(section).entrySet()) {
                    pdf.add(paragraph(group.getKey() + " (" + group.getValue().size() + ")", 11, true, 2));
                    for (AgendaItem item : group.getValue()) {
                        pdf.add(item.detail() == null
                                ? fonts.paragraph(10, 1, fonts.phrase("• " + mark(item) + item.title(), 10, false))
                                : fonts.paragraph(10, 1, fonts.phrase("• " + mark(item) + item.title(), 10, false),
                                fonts.phrase(" — " + item.detail(), 9, false)));
                    }
                }
                List<ReviewNote> notes = page.notes(section);
                if (!notes.isEmpty()) {
                    pdf.add(paragraph("Notes", 11, true, 2));
                    for (ReviewNote note : notes) {
                        pdf.add(fonts.paragraph(10, 1,
                                fonts.phrase("“" + note.text() + "” — " + note.writtenByName(), 10, false)));
                    }
                }
                pdf.add(paragraph("", 6, false, 6));
            }
            pdf.add(paragraph("Decisions (" + page.decisions().size() + ")", 13, true, 4));
            if (page.decisions().isEmpty()) {
                pdf.add(paragraph("No decisions were recorded.", 10, false, 4));
            }
            int d = 1;
            for (Decision decision : page.decisions()) {
                pdf.add(fonts.paragraph(0, 1, fonts.phrase(d++ + ". " + decision.text(), 10, false),
                        fonts.phrase((decision.link() == null ? "" : " (" + decision.link().describe() + ")")
                                + " — " + decision.decidedByName() + (decision.pin() == null ? "" : ". " + ReviewMinutes.pin(decision)),
                                9, false)));
            }
            pdf.add(paragraph("", 6, false, 6));
            pdf.add(paragraph("Action items (" + page.actions().size() + ")", 13, true, 4));
            if (page.actions().isEmpty()) {
                pdf.add(paragraph("No action items were agreed.", 10, false, 4));
            } else {
                pdf.add(actionTable(pdf, page));
            }
        }
    }

    private PdfPTable actionTable(PdfReport pdf, ReviewPage page) {
        PdfPTable table = pdf.table(5, 2.2f, 1.6f, 2.6f, 1.2f);
        for (String header : List.of("Action", "Owner", "Due", "About", "Status")) {
            PdfPCell cell = fonts.cell(header, 9, true);
            cell.setBackgroundColor(new java.awt.Color(230, 233, 240));
            table.addCell(cell);
        }
        for (ActionRow action : page.actions()) {
            table.addCell(fonts.cell(action.text(), 9, false));
            table.addCell(fonts.cell(action.ownerName(), 9, false));
            table.addCell(fonts.cell(action.dueDate().toString(), 9, false));
            table.addCell(fonts.cell(action.link() == null ? "" : action.link().describe(), 9, false));
            PdfPCell status = fonts.cell(ReviewMinutes.status(page, action), 9, false);
            status.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(status);
        }
        return table;
    }

    private static String mark(AgendaItem item) {
        return item.actionId() == null ? "" : item.tone() == Tone.DONE ? "☑ " : "☐ ";
    }

    private PdfPTable paragraph(String text, float size, boolean bold, float after) {
        return fonts.paragraph(text, size, bold, after);
    }
}
