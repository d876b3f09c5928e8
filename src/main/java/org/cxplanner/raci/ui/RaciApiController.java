package org.cxplanner.raci.ui;

import org.cxplanner.base.EditConflict;
import org.cxplanner.base.api.ApiProblem;
import org.cxplanner.base.api.Page;
import org.cxplanner.base.api.PlanApi;
import org.cxplanner.raci.FunctionColumn;
import org.cxplanner.raci.HealthProblem;
import org.cxplanner.raci.MatrixFilter;
import org.cxplanner.raci.MatrixRow;
import org.cxplanner.raci.RaciLetter;
import org.cxplanner.raci.RaciService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The RACI matrix through the API: its rows filtered as the screen's address filters them ({@code ?stage=&function=
 * &gaps=true&q=}), each with its health; one cell read with its ETag (the letter) and set with {@code If-Match}.
 */
@RestController
@PlanApi
@io.swagger.v3.oas.annotations.tags.Tag(name = "RACI matrix", description = "Who is responsible, accountable, consulted and informed for each touchpoint")
class RaciApiController {

    /** A touchpoint's row: the letter of each function that has one, by function name, and what is wrong with it. */
    record RowJson(long touchpointId, String touchpoint, String stage, String channel, Map<String, String> letters,
                   List<String> health) {
    }

    record CellJson(long touchpointId, long functionId, String letter) {
    }

    /** The letter to set: R, A, C or I; null or empty clears the cell. */
    record CellBody(String letter) {
    }

    private final RaciService raci;

    RaciApiController(RaciService raci) {
        this.raci = raci;
    }

    /** The matrix's rows as the screen at {@code /raci?stage=&function=&gaps=true&q=} shows them. */
    @GetMapping(PlanApi.V1 + "/raci")
    Page<RowJson> rows(@RequestParam(required = false) Long stage, @RequestParam(required = false) Long function,
                       @RequestParam(required = false) Boolean gaps, @RequestParam(required = false) String q,
                       @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        MatrixFilter filter = new MatrixFilter(stage, function, Boolean.TRUE.equals(gaps), q == null || q.isBlank() ? null : q.strip());
        int offset = Page.offset(cursor);
        int size = Page.limit(limit);
        Map<Long, String> functions = new LinkedHashMap<>();
        raci.columns().forEach(column -> functions.put(column.id(), column.name()));
        List<RowJson> rows = raci.rows(filter, offset, size + 1).stream().map(row -> json(row, functions)).toList();
        return Page.of(rows, offset, size);
    }

    @GetMapping(PlanApi.V1 + "/raci/{touchpointId}/{functionId}")
    ResponseEntity<CellJson> cell(@PathVariable long touchpointId, @PathVariable long functionId) {
        RaciLetter letter = current(touchpointId, functionId);
        return ResponseEntity.ok().eTag(etag(letter)).body(new CellJson(touchpointId, functionId, letter == null ? null : letter.name()));
    }

    /** Sets a cell if it still holds the letter of the ETag sent as {@code If-Match}: 412 if someone changed it since. */
    @PutMapping(PlanApi.V1 + "/raci/{touchpointId}/{functionId}")
    ResponseEntity<CellJson> setCell(@PathVariable long touchpointId, @PathVariable long functionId,
                                     @RequestHeader("If-Match") String ifMatch, @RequestBody CellBody body) {
        String letter = body == null ? null : body.letter();
        if (!RaciLetter.isLetter(letter)) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Check the input",
                    "The letter is R, A, C or I (or empty to clear the cell).", "letter", List.of());
        }
        RaciLetter wanted = RaciLetter.parse(letter).orElse(null);
        RaciLetter expected = current(touchpointId, functionId);
        if (!ifMatch.strip().equals(etag(expected))) {
            throw ApiProblem.stale();
        }
        try {
            raci.setCell(touchpointId, functionId, expected, wanted);
        } catch (EditConflict changedMeanwhile) {
            throw ApiProblem.stale();
        }
        return ResponseEntity.ok().eTag(etag(wanted)).body(new CellJson(touchpointId, functionId, wanted == null ? null : wanted.name()));
    }

    private RaciLetter current(long touchpointId, long functionId) {
        MatrixRow row = raci.row(touchpointId).orElseThrow(() -> ApiProblem.notFound("There is no touchpoint " + touchpointId + "."));
        if (raci.columns().stream().map(FunctionColumn::id).noneMatch(id -> id == functionId)) {
            throw ApiProblem.notFound("There is no function " + functionId + " in the matrix.");
        }
        return row.letters().get(functionId);
    }

    /** A cell's version is its letter: "R", or "-" when empty. */
    private static String etag(RaciLetter letter) {
        return "\"" + (letter == null ? "-" : letter.name()) + "\"";
    }

    private static RowJson json(MatrixRow row, Map<Long, String> functions) {
        Map<String, String> letters = new LinkedHashMap<>();
        functions.forEach((id, name) -> {
            RaciLetter letter = row.letters().get(id);
            if (letter != null) {
                letters.put(name, letter.name());
            }
        });
        return new RowJson(row.touchpointId(), row.touchpoint(), row.stage(), row.channel().name(), letters,
                row.health().stream().map(HealthProblem::label).toList());
    }
}
