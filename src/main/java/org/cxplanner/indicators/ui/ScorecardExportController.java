package org.cxplanner.indicators.ui;

import org.cxplanner.base.export.NoSuchExport;
import org.cxplanner.indicators.IndicatorKind;
import org.cxplanner.security.Team;
import org.cxplanner.base.export.ExportParameters;
import jakarta.servlet.http.HttpServletResponse;
import org.cxplanner.base.export.CsvFiles;
import org.cxplanner.base.export.Downloads;
import org.cxplanner.indicators.ScorecardExportService;
import org.cxplanner.indicators.ScorecardFilter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.Map;

/** {@code /export/scorecard.csv|xlsx|pdf} with the scorecard's filters, and {@code /export/indicator/{id}.csv}. */
@RestController
class ScorecardExportController {

    private final ScorecardExportService exports;

    ScorecardExportController(ScorecardExportService exports) {
        this.exports = exports;
    }

    static final ExportParameters PARAMETERS = ExportParameters.reading().oneOf("team", Team.class, false)
            .oneOf("kind", IndicatorKind.class, false)
            .rule("status", new ExportParameters.Rule(java.util.Set.of("Off track", "On track", "No data", "Guardrail warning")::contains,
                    "one of Off track, On track, No data, Guardrail warning"));

    @GetMapping("/export/scorecard.{extension}")
    void scorecard(@PathVariable String extension, @RequestParam Map<String, String> parameters, HttpServletResponse response)
            throws IOException {
        Downloads.export(extension, response, exports::fileName,
                (format, out) -> exports.export(format, ScorecardFilter.fromParameters(PARAMETERS.check(parameters)::get), out));
    }

    @GetMapping("/export/indicator/{id}.csv")
    void measurements(@PathVariable long id, HttpServletResponse response) throws IOException {
        if (!exports.indicatorExists(id)) {
            throw new NoSuchExport("There is no indicator " + id + ".");
        }
        Downloads.attachment(response, "indicator-" + id + "-measurements.csv", CsvFiles.CONTENT_TYPE);
        exports.exportMeasurements(id, response.getOutputStream());
    }
}
