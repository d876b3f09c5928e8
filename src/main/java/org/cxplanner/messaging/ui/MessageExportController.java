package org.cxplanner.messaging.ui;

import jakarta.servlet.http.HttpServletResponse;
import org.cxplanner.base.export.Downloads;
import org.cxplanner.base.export.ExportFormat;
import org.cxplanner.messaging.MessageExportService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** {@code /export/messages.csv|xlsx} (with {@code waiting=true} for the list's filter) and {@code /export/message/{id}.pdf}. */
@RestController
class MessageExportController {

    private final MessageExportService exports;

    MessageExportController(MessageExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/export/messages.{extension}")
    void list(@PathVariable String extension, @RequestParam java.util.Map<String, String> parameters,
              HttpServletResponse response) throws IOException {
        if ("pdf".equalsIgnoreCase(extension)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Export the list as csv or xlsx");
            return;
        }
        Downloads.export(extension, response, exports::fileName, (format, out) -> exports.exportList(format,
                org.cxplanner.messaging.MessageFilter.fromParameters(parameters::get), out));
    }

    @GetMapping("/export/message/{id}.pdf")
    void record(@PathVariable long id, HttpServletResponse response) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        if (!exports.exportAlignmentRecord(id, pdf)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such message");
            return;
        }
        Downloads.attachment(response, "message-" + id + "-alignment.pdf", ExportFormat.PDF.contentType());
        pdf.writeTo(response.getOutputStream());
    }
}
