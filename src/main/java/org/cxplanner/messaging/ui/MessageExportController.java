package org.cxplanner.messaging.ui;

import org.cxplanner.messaging.MessageChannel;
import org.cxplanner.messaging.MessageStatus;
import org.cxplanner.security.Team;
import org.cxplanner.base.export.NoSuchExport;
import org.cxplanner.base.export.ExportParameters;
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

    static final ExportParameters PARAMETERS = ExportParameters.reading().oneOf("status", MessageStatus.class, false)
            .oneOf("channel", MessageChannel.class, false).id("audience").oneOf("team", Team.class, false)
            .date("from").date("to").bool("waiting");

    @GetMapping("/export/messages.{extension}")
    void list(@PathVariable String extension, @RequestParam java.util.Map<String, String> parameters,
              HttpServletResponse response) throws IOException {
        if ("pdf".equalsIgnoreCase(extension)) {
            throw new NoSuchExport("Nothing to export at this address: export the list as csv or xlsx.");
        }
        Downloads.export(extension, response, exports::fileName, (format, out) -> exports.exportList(format,
                org.cxplanner.messaging.MessageFilter.fromParameters(PARAMETERS.check(parameters)::get), out));
    }

    @GetMapping("/export/message/{id}.pdf")
    void record(@PathVariable long id, HttpServletResponse response) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        if (!exports.exportAlignmentRecord(id, pdf)) {
            throw new NoSuchExport("There is no message " + id + ".");
        }
        Downloads.attachment(response, "message-" + id + "-alignment.pdf", ExportFormat.PDF.contentType());
        pdf.writeTo(response.getOutputStream());
    }
}
