package org.cxplanner.indicators.ui;

import org.cxplanner.base.api.ApiProblem;
import org.cxplanner.base.api.Page;
import org.cxplanner.base.api.PlanApi;
import org.cxplanner.indicators.IndicatorService;
import org.cxplanner.indicators.MeasurementImport;
import org.cxplanner.indicators.MeasurementImportService;
import org.cxplanner.indicators.MeasurementInput;
import org.cxplanner.indicators.ScorecardRow;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The indicators through the API: the scorecard with each indicator's status, one indicator with its measurements,
 * and measurements recorded in bulk by the rules and messages of the CSV import, all or nothing.
 */
@RestController
@PlanApi
@io.swagger.v3.oas.annotations.tags.Tag(name = "Indicators", description = "The scorecard and its measurements")
class IndicatorApiController {

    /** An indicator as the scorecard shows it. */
    record IndicatorJson(long id, String name, String kind, String team, String owner, String unit, String direction,
                         BigDecimal target, BigDecimal targetLow, BigDecimal targetHigh, String cadence, BigDecimal latest,
                         Boolean onTrack, String status, int version) {

        static IndicatorJson of(ScorecardRow row) {
            var indicator = row.indicator();
            return new IndicatorJson(indicator.getId(), indicator.getName(), indicator.getKind().name(), indicator.getTeam().name(),
                    row.ownerName(), indicator.getUnit(), indicator.getDirection().name(), indicator.getTarget(),
                    indicator.getTargetLow(), indicator.getTargetHigh(), indicator.getCadence().name(), row.latest(),
                    row.onTrack(), row.statusLabel(), indicator.getVersion());
        }
    }

    record MeasurementJson(LocalDate periodStart, BigDecimal value, String note) {
    }

    record IndicatorWithMeasurements(IndicatorJson indicator, List<MeasurementJson> measurements) {
    }

    /** One number: the indicator's name, any day of its period (2026-12-07), the value, an optional note. */
    record MeasurementBody(String indicator, String date, BigDecimal value, String note) {
    }

    record Measurements(List<MeasurementBody> measurements) {
    }

    record Recorded(int recorded) {
    }

    private final IndicatorService indicators;
    private final MeasurementImportService imports;

    IndicatorApiController(IndicatorService indicators, MeasurementImportService imports) {
        this.indicators = indicators;
        this.imports = imports;
    }

    @GetMapping(PlanApi.V1 + "/indicators")
    Page<IndicatorJson> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int offset = Page.offset(cursor);
        int size = Page.limit(limit);
        List<IndicatorJson> all = indicators.scorecard().stream().map(IndicatorJson::of).toList();
        return Page.of(all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + size + 1)), offset, size);
    }

    @GetMapping(PlanApi.V1 + "/indicators/{id}")
    ResponseEntity<IndicatorWithMeasurements> one(@PathVariable long id) {
        ScorecardRow row = indicators.scorecardOf(List.of(id)).stream().filter(r -> r.indicator().getId() == id).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("There is no indicator " + id + "."));
        List<MeasurementJson> measurements = indicators.measurementsOf(id).stream()
                .map(m -> new MeasurementJson(m.periodStart(), m.value(), m.note())).toList();
        return ResponseEntity.ok().eTag("\"v" + row.indicator().getVersion() + "\"")
                .body(new IndicatorWithMeasurements(IndicatorJson.of(row), measurements));
    }

    /** Records every measurement sent, or none: 201 with how many, or 422 with every problem ("Measurement 2: …"). */
    @PostMapping(PlanApi.V1 + "/measurements")
    ResponseEntity<Recorded> record(@RequestBody Measurements body) {
        if (body == null || body.measurements() == null || body.measurements().isEmpty()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Check the input", "Send at least one measurement.",
                    "measurements", List.of());
        }
        if (body.measurements().size() > 5000) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Check the input", "At most 5,000 measurements a call.",
                    "measurements", List.of());
        }
        MeasurementImport checked = imports.check(body.measurements().stream().map(m -> new MeasurementInput(m.indicator(),
                m.date(), m.value() == null ? null : m.value().toPlainString(), m.note())).toList());
        if (!checked.problems().isEmpty()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Nothing was recorded",
                    checked.problems().size() + (checked.problems().size() == 1 ? " problem" : " problems")
                            + ": fix them and send all the measurements again.", null, checked.problems());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new Recorded(imports.apply(checked)));
    }
}
