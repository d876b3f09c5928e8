package org.cxplanner.catalog.ui;

import org.cxplanner.base.api.Page;
import org.cxplanner.base.api.PlanApi;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.catalog.JourneyStage;
import org.cxplanner.catalog.Touchpoint;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog through the API: touchpoints in journey order with their stage and channel, and the business functions
 * (the RACI matrix's columns), so a tool can name the cells it reads or sets. Archived entries only when asked for.
 */
@RestController
@PlanApi
@io.swagger.v3.oas.annotations.tags.Tag(name = "Catalog", description = "Journey stages, touchpoints and business functions")
class CatalogApiController {

    record TouchpointJson(long id, String name, long stageId, String stage, String channel, String description, boolean archived) {
    }

    record FunctionJson(long id, String name, boolean archived) {
    }

    private final CatalogService catalog;

    CatalogApiController(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** {@code ?archived=true} includes archived touchpoints (and those of archived stages). */
    @GetMapping(PlanApi.V1 + "/touchpoints")
    Page<TouchpointJson> touchpoints(@RequestParam(defaultValue = "false") boolean archived,
                                     @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        Map<Long, JourneyStage> stages = catalog.stages().stream().collect(Collectors.toMap(JourneyStage::getId, Function.identity()));
        List<TouchpointJson> all = catalog.touchpoints().stream()
                .filter(t -> archived || !t.isArchived() && !stages.get(t.getStageId()).isArchived())
                .map(t -> new TouchpointJson(t.getId(), t.getName(), t.getStageId(), stages.get(t.getStageId()).getName(),
                        t.getChannel().name(), t.getDescription(), t.isArchived() || stages.get(t.getStageId()).isArchived()))
                .toList();
        return page(all, cursor, limit);
    }

    @GetMapping(PlanApi.V1 + "/functions")
    Page<FunctionJson> functions(@RequestParam(defaultValue = "false") boolean archived,
                                 @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        List<FunctionJson> all = catalog.functions().stream().filter(f -> archived || !f.isArchived())
                .map(f -> new FunctionJson(f.getId(), f.getName(), f.isArchived())).toList();
        return page(all, cursor, limit);
    }

    private static <T> Page<T> page(List<T> all, String cursor, Integer limit) {
        int offset = Page.offset(cursor);
        int size = Page.limit(limit);
        return Page.of(all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + size + 1)), offset, size);
    }
}
