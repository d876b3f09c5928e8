package org.cxplanner.review.ui;

import org.cxplanner.base.EditConflict;
import org.cxplanner.base.api.ApiProblem;
import org.cxplanner.base.api.PlanApi;
import org.cxplanner.review.ActionRow;
import org.cxplanner.review.Decision;
import org.cxplanner.review.ReviewClosed;
import org.cxplanner.review.ReviewMeeting;
import org.cxplanner.review.ReviewPage;
import org.cxplanner.review.ReviewQueries;
import org.cxplanner.review.ReviewWeek;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** A week's review through the API: its state, decisions (with what they pin), action items, attendees; ticking an action. */
@RestController
@PlanApi
@io.swagger.v3.oas.annotations.tags.Tag(name = "Weekly review", description = "Decisions and action items of each week's review")
class ReviewApiController {

    record DecisionJson(long id, String text, String about, String decidedBy, Instant decidedAt, String pins, String pinState) {
    }

    record ActionJson(long id, String text, String owner, LocalDate due, String about, String agreedIn, boolean done,
                      String droppedReason, int version) {
    }

    record ReviewJson(String week, String status, Instant closedAt, String closedBy, List<String> attendees,
                      List<DecisionJson> decisions, List<ActionJson> actionsAgreed, List<ActionJson> actionsCarriedIn,
                      String rating) {
    }

    record DoneBody(Boolean done) {
    }

    private final ReviewQueries reviews;
    private final ReviewMeeting meeting;

    ReviewApiController(ReviewQueries reviews, ReviewMeeting meeting) {
        this.reviews = reviews;
        this.meeting = meeting;
    }

    /** {@code current} or an ISO week such as 2026-W48. */
    @GetMapping(PlanApi.V1 + "/reviews/{week}")
    ReviewJson review(@PathVariable String week) {
        ReviewPage page = reviews.page(week(week));
        return new ReviewJson(page.week().toString(), page.status().name(), page.closedAt(), page.closedByName(), page.attendees(),
                page.decisions().stream().map(ReviewApiController::json).toList(),
                page.actions().stream().map(ReviewApiController::json).toList(),
                page.carried().stream().map(ReviewApiController::json).toList(),
                page.isClosed() ? page.rating().summary() : null);
    }

    /** Ticks an action item done (or not) if it is still as read ({@code If-Match: "v3"} from its version). */
    @PutMapping(PlanApi.V1 + "/reviews/{week}/actions/{id}")
    ActionJson tick(@PathVariable String week, @PathVariable long id, @RequestHeader("If-Match") String ifMatch,
                    @RequestBody DoneBody body) {
        ReviewWeek reviewWeek = week(week);
        if (body == null || body.done() == null) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Check the input", "Send {\"done\": true} or {\"done\": false}.",
                    "done", List.of());
        }
        ActionRow action = actions(reviews.page(reviewWeek)).filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("The review of " + reviewWeek + " shows no action item " + id + "."));
        if (!ifMatch.strip().equals("\"v" + action.version() + "\"")) {
            throw ApiProblem.stale();
        }
        try {
            meeting.setActionDone(reviewWeek, id, action.version(), body.done());
        } catch (EditConflict changedMeanwhile) {
            throw ApiProblem.stale();
        } catch (ReviewClosed closed) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Review closed", closed.getMessage(), null, List.of());
        }
        return actions(reviews.page(reviewWeek)).filter(a -> a.id() == id).findFirst().map(ReviewApiController::json).orElseThrow();
    }

    private static Stream<ActionRow> actions(ReviewPage page) {
        return Stream.concat(page.actions().stream(), page.carried().stream());
    }

    private ReviewWeek week(String text) {
        if ("current".equals(text)) {
            return reviews.currentWeek();
        }
        return ReviewWeek.parse(text).orElseThrow(() -> ApiProblem.notFound("There is no week '" + text
                + "': weeks are written like " + reviews.currentWeek() + ", or 'current'."));
    }

    private static DecisionJson json(Decision d) {
        return new DecisionJson(d.id(), d.text(), d.link() == null ? null : d.link().describe(), d.decidedByName(), d.decidedAt(),
                d.pin() == null ? null : d.pin().pinned(), d.pin() == null ? null : d.pin().state());
    }

    private static ActionJson json(ActionRow a) {
        return new ActionJson(a.id(), a.text(), a.ownerName(), a.dueDate(), a.link() == null ? null : a.link().describe(),
                a.agreedIn() == null ? null : a.agreedIn().toString(), a.done(), a.droppedReason(), a.version());
    }
}
