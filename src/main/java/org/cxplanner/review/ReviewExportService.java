package org.cxplanner.review;

import org.cxplanner.security.Roles;

import org.apache.commons.csv.CSVPrinter;
import org.cxplanner.base.export.CsvFiles;
import org.cxplanner.base.export.PdfFonts;
import org.cxplanner.base.export.SafeCells;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A review as minutes: PDF for sharing, Markdown for pasting into a wiki or e-mail; and the decision log as CSV.
 * Open reviews export their live agenda as it is now; closed ones their frozen minutes.
 */
@Service
public class ReviewExportService {

    static final List<String> DECISION_HEADER = List.of("Week", "Decision", "About", "Decided by", "Decided at");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final int PAGE = 500;

    private final ReviewQueries reviews;
    private final PdfFonts fonts;
    private final ZoneId zone = ZoneId.systemDefault();

    ReviewExportService(ReviewQueries reviews, PdfFonts fonts) {
        this.reviews = reviews;
        this.fonts = fonts;
    }

    public String fileName(ReviewWeek week, String extension) {
        return "weekly-review-" + week + "." + extension;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public void minutesPdf(ReviewWeek week, OutputStream out) throws IOException {
        ReviewPage page = reviews.page(week);
        Document document = new Document(PageSize.A4, 42, 42, 42, 42);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Weekly review " + week);
            document.open();
            document.add(paragraph("Weekly planning review · " + week.label(), 17, true, 4));
            document.add(paragraph(statusLine(page), 10, false, 2));
            if (page.reopenedAt() != null) {
                document.add(paragraph("Reopened by " + page.reopenedByName() + " on " + when(page.reopenedAt()) + ": "
                        + page.reopenReason(), 10, false, 2));
            }
            document.add(paragraph("Attendees: " + attendees(page), 10, false, 2));
            document.add(paragraph("Changes counted " + page.agenda().sinceLabel() + ".", 9, false, 10));
            int number = 1;
            for (AgendaSection section : AgendaSection.agenda()) {
                List<AgendaItem> items = page.agenda().of(section);
                document.add(paragraph(number++ + ". " + section.title() + " (" + items.size() + ")", 13, true, 4));
                if (items.isEmpty()) {
                    document.add(paragraph("Nothing to discuss.", 10, false, 4));
                }
                for (Map.Entry<String, List<AgendaItem>> group : page.agenda().groups(section).entrySet()) {
                    document.add(paragraph(group.getKey() + " (" + group.getValue().size() + ")", 11, true, 2));
                    for (AgendaItem item : group.getValue()) {
                        document.add(item.detail() == null
                                ? fonts.paragraph(10, 1, fonts.phrase("• " + mark(item) + item.title(), 10, false))
                                : fonts.paragraph(10, 1, fonts.phrase("• " + mark(item) + item.title(), 10, false),
                                fonts.phrase(" — " + item.detail(), 9, false)));
                    }
                }
                List<ReviewNote> notes = page.notes(section);
                if (!notes.isEmpty()) {
                    document.add(paragraph("Notes", 11, true, 2));
                    for (ReviewNote note : notes) {
                        document.add(fonts.paragraph(10, 1,
                                fonts.phrase("“" + note.text() + "” — " + note.writtenByName(), 10, false)));
                    }
                }
                document.add(paragraph("", 6, false, 6));
            }
            document.add(paragraph("Decisions (" + page.decisions().size() + ")", 13, true, 4));
            if (page.decisions().isEmpty()) {
                document.add(paragraph("No decisions were recorded.", 10, false, 4));
            }
            int d = 1;
            for (Decision decision : page.decisions()) {
                document.add(fonts.paragraph(0, 1, fonts.phrase(d++ + ". " + decision.text(), 10, false),
                        fonts.phrase((decision.link() == null ? "" : " (" + decision.link().describe() + ")")
                                + " — " + decision.decidedByName(), 9, false)));
            }
            document.add(paragraph("", 6, false, 6));
            document.add(paragraph("Action items (" + page.actions().size() + ")", 13, true, 4));
            if (page.actions().isEmpty()) {
                document.add(paragraph("No action items were agreed.", 10, false, 4));
            } else {
                document.add(actionTable(page));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("Could not write the PDF", e);
        }
    }

    private PdfPTable actionTable(ReviewPage page) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[]{5, 2.2f, 1.6f, 2.6f, 1.2f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
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
            PdfPCell status = fonts.cell(done(page, action) ? "Done" : "Open", 9, false);
            status.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(status);
        }
        return table;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public String minutesMarkdown(ReviewWeek week) {
        ReviewPage page = reviews.page(week);
        StringBuilder md = new StringBuilder();
        md.append("# Weekly planning review · ").append(md(week.label())).append("\n\n");
        md.append(md(statusLine(page))).append("\n\n");
        if (page.reopenedAt() != null) {
            md.append("Reopened by ").append(md(page.reopenedByName())).append(" on ").append(when(page.reopenedAt()))
                    .append(": ").append(md(page.reopenReason())).append("\n\n");
        }
        md.append("**Attendees:** ").append(md(attendees(page))).append("\n\n");
        md.append("_Changes counted ").append(md(page.agenda().sinceLabel())).append("._\n\n");
        int number = 1;
        for (AgendaSection section : AgendaSection.agenda()) {
            List<AgendaItem> items = page.agenda().of(section);
            md.append("## ").append(number++).append(". ").append(section.title()).append(" (").append(items.size()).append(")\n\n");
            if (items.isEmpty()) {
                md.append("Nothing to discuss.\n\n");
            }
            for (Map.Entry<String, List<AgendaItem>> group : page.agenda().groups(section).entrySet()) {
                md.append("### ").append(md(group.getKey())).append(" (").append(group.getValue().size()).append(")\n\n");
                for (AgendaItem item : group.getValue()) {
                    md.append("- ").append(item.actionId() == null ? "" : item.tone() == Tone.DONE ? "[x] " : "[ ] ")
                            .append(md(item.title()));
                    if (item.detail() != null) {
                        md.append(" — ").append(md(item.detail()));
                    }
                    md.append('\n');
                }
                md.append('\n');
            }
            List<ReviewNote> notes = page.notes(section);
            if (!notes.isEmpty()) {
                md.append("**Notes**\n\n");
                notes.forEach(note -> md.append("> ").append(md(note.text())).append(" — ").append(md(note.writtenByName())).append("\n>\n"));
                md.append('\n');
            }
        }
        md.append("## Decisions (").append(page.decisions().size()).append(")\n\n");
        if (page.decisions().isEmpty()) {
            md.append("No decisions were recorded.\n\n");
        }
        int d = 1;
        for (Decision decision : page.decisions()) {
            md.append(d++).append(". ").append(md(decision.text()));
            if (decision.link() != null) {
                md.append(" (").append(md(decision.link().describe())).append(")");
            }
            md.append(" — ").append(md(decision.decidedByName())).append('\n');
        }
        md.append("\n## Action items (").append(page.actions().size()).append(")\n\n");
        if (page.actions().isEmpty()) {
            md.append("No action items were agreed.\n");
        } else {
            md.append("| Action | Owner | Due | About | Status |\n|---|---|---|---|---|\n");
            for (ActionRow action : page.actions()) {
                md.append("| ").append(cell(action.text())).append(" | ").append(cell(action.ownerName())).append(" | ")
                        .append(action.dueDate()).append(" | ").append(action.link() == null ? "" : cell(action.link().describe()))
                        .append(" | ").append(done(page, action) ? "Done" : "Open").append(" |\n");
            }
        }
        return md.toString();
    }

    /** Every decision matching the search (as the log shows it), oldest week last. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public void decisionsCsv(String text, OutputStream out) throws IOException {
        CSVPrinter printer = CsvFiles.printer(out);
        printer.printRecord(DECISION_HEADER);
        for (int offset = 0; ; offset += PAGE) {
            List<Decision> page = reviews.decisionLog(text, offset, PAGE);
            for (Decision decision : page) {
                printer.printRecord(java.util.stream.Stream.of(decision.week().toString(), decision.text(),
                        decision.link() == null ? "" : decision.link().describe(), decision.decidedByName(),
                        decision.decidedAt().atZone(zone).toLocalDateTime().withNano(0).toString().replace('T', ' '))
                        .map(SafeCells::escape).toList());
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        printer.flush();
    }

    public String decisionsFileName() {
        return "decision-log-" + LocalDate.now() + ".csv";
    }

    /** Closed minutes say whether an action was done when the review closed, not whether it is done now. */
    private static boolean done(ReviewPage page, ActionRow action) {
        if (!page.isClosed()) {
            return action.done();
        }
        Optional<AgendaItem> frozen = page.agenda().of(AgendaSection.AGREED).stream()
                .filter(item -> Long.valueOf(action.id()).equals(item.actionId())).findFirst();
        return frozen.map(item -> item.tone() == Tone.DONE).orElse(action.done());
    }

    private String statusLine(ReviewPage page) {
        return page.isClosed() ? "Closed by " + page.closedByName() + " on " + when(page.closedAt()) + "."
                : "Open — the agenda as it stands on " + when(Instant.now()) + "; not yet closed.";
    }

    private static String attendees(ReviewPage page) {
        return page.attendees().isEmpty() ? "nobody recorded" : String.join(", ", page.attendees());
    }

    private static String mark(AgendaItem item) {
        return item.actionId() == null ? "" : item.tone() == Tone.DONE ? "☑ " : "☐ ";
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }

    private PdfPTable paragraph(String text, float size, boolean bold, float after) {
        return fonts.paragraph(text, size, bold, after);
    }

    /** Escapes what Markdown would read as formatting or HTML, so plan text prints as written. */
    static String md(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("[", "\\[").replace("]", "\\]").replace("<", "&lt;").replace(">", "&gt;")
                .replace("#", "\\#").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    private static String cell(String text) {
        return md(text);
    }
}
