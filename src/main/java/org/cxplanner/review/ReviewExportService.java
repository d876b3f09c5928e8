package org.cxplanner.review;

import org.cxplanner.security.Roles;

import org.apache.commons.csv.CSVPrinter;
import org.cxplanner.base.export.CsvFiles;
import org.cxplanner.base.export.SafeCells;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A review as minutes: PDF for sharing, Markdown for pasting into a wiki or e-mail; and the decision log as CSV.
 * Open reviews export their live agenda as it is now; closed ones their frozen minutes.
 */
@Service
public class ReviewExportService {

    static final List<String> DECISION_HEADER = List.of("Week", "Decision", "About", "Decided by", "Decided at", "Pins",
            "Pin now");
    private static final int PAGE = 500;

    private final ReviewQueries reviews;
    private final ReviewPdfWriter pdf;
    private final ZoneId zone = ZoneId.systemDefault();

    ReviewExportService(ReviewQueries reviews, ReviewPdfWriter pdf) {
        this.reviews = reviews;
        this.pdf = pdf;
    }

    public String fileName(ReviewWeek week, String extension) {
        return "weekly-review-" + week + "." + extension;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public void minutesPdf(ReviewWeek week, OutputStream out) throws IOException {
        pdf.write(reviews.page(week), out);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public String minutesMarkdown(ReviewWeek week) {
        return ReviewMarkdownWriter.write(reviews.page(week));
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
                        decision.decidedAt().atZone(zone).toLocalDateTime().withNano(0).toString().replace('T', ' '),
                        decision.pin() == null ? "" : decision.pin().pinned(), decision.pin() == null ? "" : decision.pin().state())
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

}
