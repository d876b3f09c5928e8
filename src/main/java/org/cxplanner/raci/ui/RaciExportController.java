package org.cxplanner.raci.ui;

import org.cxplanner.base.export.ExportParameters;
import jakarta.servlet.http.HttpServletResponse;
import org.cxplanner.base.export.Downloads;
import org.cxplanner.raci.MatrixFilter;
import org.cxplanner.raci.RaciExportService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.Map;

/**
 * Stable download URLs ({@code /export/raci.csv|xlsx|pdf}) that take the matrix filters as query parameters,
 * so a filtered view can be bookmarked or shared. Anonymous requests never get here: the filter chain sends
 * them to the login page.
 */
@RestController
class RaciExportController {

    private final RaciExportService exportService;

    RaciExportController(RaciExportService exportService) {
        this.exportService = exportService;
    }

    /** The matrix's filters (see {@link ExportParameters} for the rule on values). */
    static final ExportParameters PARAMETERS = ExportParameters.reading().id("stage").id("function").bool("gaps");

    @GetMapping("/export/raci.{extension}")
    void export(@PathVariable String extension, @RequestParam Map<String, String> parameters,
                HttpServletResponse response) throws IOException {
        Downloads.export(extension, response, exportService::fileName,
                (format, out) -> exportService.export(format, MatrixFilter.fromParameters(PARAMETERS.check(parameters)::get), out));
    }
}
