package org.cxplanner.history.ui;

import org.cxplanner.history.HistoryArea;
import org.cxplanner.base.export.ExportParameters;
import jakarta.servlet.http.HttpServletResponse;
import org.cxplanner.base.export.CsvFiles;
import org.cxplanner.base.export.Downloads;
import org.cxplanner.history.HistoryFilter;
import org.cxplanner.history.HistoryService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.Map;

/** {@code /export/history.csv} with the history list's filters as query parameters. */
@RestController
class HistoryExportController {

    private final HistoryService history;

    HistoryExportController(HistoryService history) {
        this.history = history;
    }

    static final ExportParameters PARAMETERS = ExportParameters.reading().oneOf("area", HistoryArea.class, false)
            .id("item").date("from").date("to");

    @GetMapping("/export/history.csv")
    void export(@RequestParam Map<String, String> parameters, HttpServletResponse response) throws IOException {
        Downloads.attachment(response, history.csvFileName(), CsvFiles.CONTENT_TYPE);
        history.exportCsv(HistoryFilter.fromParameters(PARAMETERS.check(parameters)::get), response.getOutputStream());
    }
}
