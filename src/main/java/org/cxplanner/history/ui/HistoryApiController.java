package org.cxplanner.history.ui;

import org.cxplanner.base.api.Page;
import org.cxplanner.base.api.PlanApi;
import org.cxplanner.history.HistoryFilter;
import org.cxplanner.history.HistoryRow;
import org.cxplanner.history.HistoryService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** The change history through the API, newest first, filtered as {@code /history?area=&person=&q=&from=&to=} filters it. */
@RestController
@PlanApi
@io.swagger.v3.oas.annotations.tags.Tag(name = "Change history", description = "Who changed what, when, old → new")
class HistoryApiController {

    record ChangeJson(long id, Instant at, String by, String byName, String area, String itemKind, Long itemId, String item,
                      String field, String oldValue, String newValue, String source) {
    }

    private final HistoryService history;

    HistoryApiController(HistoryService history) {
        this.history = history;
    }

    @GetMapping(PlanApi.V1 + "/history")
    Page<ChangeJson> changes(@RequestParam(required = false) String area, @RequestParam(required = false) String person,
                             @RequestParam(required = false) String q, @RequestParam(required = false) String from,
                             @RequestParam(required = false) String to, @RequestParam(required = false) String cursor,
                             @RequestParam(required = false) Integer limit) {
        HistoryFilter filter = HistoryFilter.fromParameters(name -> switch (name) {
            case "area" -> area;
            case "person" -> person;
            case "q" -> q;
            case "from" -> from;
            case "to" -> to;
            default -> null;
        });
        int offset = Page.offset(cursor);
        int size = Page.limit(limit);
        return Page.of(history.rows(filter, offset, size + 1).stream().map(HistoryApiController::json).toList(), offset, size);
    }

    private static ChangeJson json(HistoryRow row) {
        return new ChangeJson(row.id(), row.changedAt(), row.changedBy(), row.changedByName(), row.area().name(), row.itemKind(),
                row.itemId(), row.itemLabel(), row.field(), row.oldValue(), row.newValue(), row.source().name());
    }
}
