package org.cxplanner.roadmap.ui;

import org.cxplanner.roadmap.InitiativeStatus;
import org.cxplanner.base.export.ExportParameters;
import jakarta.servlet.http.HttpServletResponse;
import org.cxplanner.base.export.Downloads;
import org.cxplanner.roadmap.RoadmapExportService;
import org.cxplanner.roadmap.RoadmapFilter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** {@code /export/roadmap.csv|xlsx|pdf} with the roadmap's filters (and {@code from=YYYY-MM} for the PDF). */
@RestController
class RoadmapExportController {

    private final RoadmapExportService exports;

    RoadmapExportController(RoadmapExportService exports) {
        this.exports = exports;
    }

    static final ExportParameters PARAMETERS = ExportParameters.reading().oneOf("status", InitiativeStatus.class, true)
            .id("stage").id("touchpoint").id("owner").month("from");

    @GetMapping("/export/roadmap.{extension}")
    void export(@PathVariable String extension, @RequestParam Map<String, String> parameters,
                HttpServletResponse response) throws IOException {
        Downloads.export(extension, response, exports::fileName, (format, out) ->
                exports.export(format, RoadmapFilter.fromParameters(PARAMETERS.check(parameters)::get), from(parameters.get("from")), out));
    }

    private static LocalDate from(String value) {
        try {
            return value == null ? null : YearMonth.parse(value.length() > 7 ? value.substring(0, 7) : value).atDay(1);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
