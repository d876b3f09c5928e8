package org.cxplanner.roadmap.ui;

import org.cxplanner.base.api.ApiProblem;
import org.cxplanner.base.api.Page;
import org.cxplanner.base.api.PlanApi;
import org.cxplanner.roadmap.Initiative;
import org.cxplanner.roadmap.InitiativeDetails;
import org.cxplanner.roadmap.InitiativeForm;
import org.cxplanner.roadmap.InitiativeRow;
import org.cxplanner.roadmap.InitiativeStatus;
import org.cxplanner.roadmap.Milestone;
import org.cxplanner.roadmap.RoadmapFilter;
import org.cxplanner.roadmap.RoadmapService;
import org.cxplanner.roadmap.RoadmapSort;
import org.cxplanner.security.Team;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The roadmap through the API: initiatives with their milestones, filtered as the list's address filters them, and
 * created or changed by the editor's rules ({@code If-Match} with the ETag read, for a change).
 */
@RestController
@PlanApi
@io.swagger.v3.oas.annotations.tags.Tag(name = "Roadmap", description = "Initiatives of marketing, customer experience and both")
class RoadmapApiController {

    record MilestoneJson(String name, LocalDate due, boolean done) {
    }

    record InitiativeJson(long id, String title, String team, String status, long ownerId, String owner, LocalDate start,
                          LocalDate end, List<MilestoneJson> milestones, String dependsOn, boolean datesConflict, int version) {
    }

    /** What to create or change: on a change, what is left out stays as it is. */
    record InitiativeBody(String title, String description, String team, String status, Long ownerId, LocalDate start,
                          LocalDate end) {
    }

    private final RoadmapService roadmap;

    RoadmapApiController(RoadmapService roadmap) {
        this.roadmap = roadmap;
    }

    /** As the list at {@code /roadmap/list?status=AT_RISK,PLANNED&stage=&touchpoint=&owner=&q=} shows them, by start. */
    @GetMapping(PlanApi.V1 + "/initiatives")
    Page<InitiativeJson> list(@RequestParam(required = false) String status, @RequestParam(required = false) String stage,
                              @RequestParam(required = false) String touchpoint, @RequestParam(required = false) String owner,
                              @RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
                              @RequestParam(required = false) Integer limit) {
        RoadmapFilter filter = RoadmapFilter.fromParameters(name -> switch (name) {
            case "status" -> status;
            case "stage" -> stage;
            case "touchpoint" -> touchpoint;
            case "owner" -> owner;
            case "q" -> q;
            default -> null;
        });
        int offset = Page.offset(cursor);
        int size = Page.limit(limit);
        return Page.of(roadmap.page(filter, RoadmapSort.START, true, offset, size + 1).stream().map(RoadmapApiController::json)
                .toList(), offset, size);
    }

    @GetMapping(PlanApi.V1 + "/initiatives/{id}")
    ResponseEntity<InitiativeJson> one(@PathVariable long id) {
        InitiativeDetails details = roadmap.details(id).orElseThrow(() -> ApiProblem.notFound("There is no initiative " + id + "."));
        return withETag(ResponseEntity.ok(), details);
    }

    @PostMapping(PlanApi.V1 + "/initiatives")
    ResponseEntity<InitiativeJson> create(@RequestBody InitiativeBody body) {
        InitiativeForm form = new InitiativeForm();
        form.setStatus(InitiativeStatus.PLANNED);
        apply(body, form);
        Initiative created = roadmap.create(form);
        InitiativeDetails details = roadmap.details(created.getId()).orElseThrow();
        return withETag(ResponseEntity.created(URI.create(PlanApi.V1 + "/initiatives/" + created.getId())), details);
    }

    /** Changes the fields sent if the initiative is still as read ({@code If-Match}); 412 if someone changed it since. */
    @PutMapping(PlanApi.V1 + "/initiatives/{id}")
    ResponseEntity<InitiativeJson> update(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
                                          @RequestBody InitiativeBody body) {
        InitiativeDetails details = roadmap.details(id).orElseThrow(() -> ApiProblem.notFound("There is no initiative " + id + "."));
        Initiative current = details.initiative();
        if (!ifMatch.strip().equals(etag(current.getVersion()))) {
            throw ApiProblem.stale();
        }
        InitiativeForm form = InitiativeForm.of(current);
        apply(body, form);
        try {
            roadmap.update(id, current.getVersion(), form);
        } catch (org.cxplanner.base.EditConflict changedMeanwhile) {
            throw ApiProblem.stale();
        }
        return withETag(ResponseEntity.ok(), roadmap.details(id).orElseThrow());
    }

    private static void apply(InitiativeBody body, InitiativeForm form) {
        if (body == null) {
            return;
        }
        if (body.title() != null) {
            form.setTitle(body.title());
        }
        if (body.description() != null) {
            form.setDescription(body.description());
        }
        if (body.team() != null) {
            form.setTeam(parse(Team.class, body.team(), "team", "MARKETING, CX or JOINT"));
        }
        if (body.status() != null) {
            form.setStatus(parse(InitiativeStatus.class, body.status(), "status", "PLANNED, IN_PROGRESS, AT_RISK, DONE or DROPPED"));
        }
        if (body.ownerId() != null) {
            form.setOwnerId(body.ownerId());
        }
        if (body.start() != null) {
            form.setStartDate(body.start());
        }
        if (body.end() != null) {
            form.setEndDate(body.end());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String allowed) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Check the input", "The " + field + " is " + allowed + ".",
                    field, List.of());
        }
    }

    private static ResponseEntity<InitiativeJson> withETag(ResponseEntity.BodyBuilder response, InitiativeDetails details) {
        Initiative i = details.initiative();
        return response.eTag(etag(i.getVersion())).body(new InitiativeJson(i.getId(), i.getTitle(), i.getTeam().name(),
                i.getStatus().name(), i.getOwnerId(), details.ownerName(), i.getStartDate(), i.getEndDate(),
                milestones(i.getMilestones()), null, false, i.getVersion()));
    }

    private static InitiativeJson json(InitiativeRow row) {
        return new InitiativeJson(row.id(), row.title(), row.team().name(), row.status().name(), row.ownerId(), row.ownerName(),
                row.startDate(), row.endDate(), milestones(row.milestones()), row.dependsOn(), row.conflict(), row.version());
    }

    private static List<MilestoneJson> milestones(List<Milestone> milestones) {
        return milestones.stream().map(m -> new MilestoneJson(m.name(), m.dueDate(), m.done())).toList();
    }

    private static String etag(int version) {
        return "\"v" + version + "\"";
    }
}
