package org.cxplanner.review.ui;

import org.cxplanner.base.export.NoSuchExport;
import jakarta.servlet.http.HttpServletResponse;
import org.cxplanner.base.export.CsvFiles;
import org.cxplanner.base.export.Downloads;
import org.cxplanner.base.export.ExportFormat;
import org.cxplanner.review.ReviewExportService;
import org.cxplanner.review.ReviewWeek;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code /export/review/2026-W48.pdf|md} (the minutes) and {@code /export/review/decisions.csv} (the decision log). */
@RestController
class ReviewExportController {

    private final ReviewExportService exports;

    ReviewExportController(ReviewExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/export/review/decisions.csv")
    void decisions(@RequestParam(name = "q", required = false) String text, HttpServletResponse response) throws IOException {
        Downloads.attachment(response, exports.decisionsFileName(), CsvFiles.CONTENT_TYPE);
        exports.decisionsCsv(text, response.getOutputStream());
    }

    @GetMapping("/export/review/{week}.{extension}")
    void minutes(@PathVariable String week, @PathVariable String extension, HttpServletResponse response) throws IOException {
        ReviewWeek parsed = ReviewWeek.parse(week).orElse(null);
        if (parsed == null || !(extension.equalsIgnoreCase("pdf") || extension.equalsIgnoreCase("md"))) {
            throw new NoSuchExport("Nothing to export at this address: export a week such as 2026-W48 as pdf or md.");
        }
        if (extension.equalsIgnoreCase("pdf")) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            exports.minutesPdf(parsed, pdf);
            Downloads.attachment(response, exports.fileName(parsed, "pdf"), ExportFormat.PDF.contentType());
            pdf.writeTo(response.getOutputStream());
        } else {
            byte[] markdown = exports.minutesMarkdown(parsed).getBytes(StandardCharsets.UTF_8);
            Downloads.attachment(response, exports.fileName(parsed, "md"), "text/markdown; charset=UTF-8");
            response.getOutputStream().write(markdown);
        }
    }
}
