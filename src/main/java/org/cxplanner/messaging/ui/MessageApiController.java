package org.cxplanner.messaging.ui;

import org.cxplanner.base.api.ApiProblem;
import org.cxplanner.base.api.Page;
import org.cxplanner.base.api.PlanApi;
import org.cxplanner.messaging.Message;
import org.cxplanner.messaging.MessageDetails;
import org.cxplanner.messaging.MessageFilter;
import org.cxplanner.messaging.MessageQueries;
import org.cxplanner.messaging.MessageRow;
import org.cxplanner.security.Team;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Messages through the API, for the agency's tool and the like: the list filtered as the screen's address filters it,
 * with each message's checklist progress and sign-offs; one message with its checklist and sign-off state.
 */
@RestController
@PlanApi
@io.swagger.v3.oas.annotations.tags.Tag(name = "Messages", description = "Customer messages, their checklists and sign-offs")
class MessageApiController {

    record MessageJson(long id, String title, String channel, String audience, LocalDate sendDate, String team, String status,
                       int checksTicked, int checksRequired, boolean marketingSigned, boolean cxSigned, boolean sendClash,
                       boolean promiseCheckFails) {
    }

    record CheckJson(String text, String side, boolean required, boolean ticked, String tickedBy, Instant tickedAt, String note) {
    }

    record SignOffJson(String side, String signedBy, Instant signedAt) {
    }

    record MessageDetailsJson(long id, String title, String channel, String audience, LocalDate sendDate, String team,
                              String status, String body, String initiative, List<CheckJson> checklist,
                              List<SignOffJson> signOffs, List<String> promises, int version) {
    }

    private final MessageQueries messages;

    MessageApiController(MessageQueries messages) {
        this.messages = messages;
    }

    /** As {@code /messages?status=ALIGNED&channel=&audience=&team=&from=&to=&waiting=true} shows them. */
    @GetMapping(PlanApi.V1 + "/messages")
    Page<MessageJson> list(@RequestParam(required = false) String status, @RequestParam(required = false) String channel,
                           @RequestParam(required = false) String audience, @RequestParam(required = false) String team,
                           @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                           @RequestParam(required = false) String waiting, @RequestParam(required = false) String cursor,
                           @RequestParam(required = false) Integer limit) {
        MessageFilter filter = MessageFilter.fromParameters(name -> switch (name) {
            case "status" -> status;
            case "channel" -> channel;
            case "audience" -> audience;
            case "team" -> team;
            case "from" -> from;
            case "to" -> to;
            case "waiting" -> waiting;
            default -> null;
        });
        int offset = Page.offset(cursor);
        int size = Page.limit(limit);
        return Page.of(messages.rows(filter, offset, size + 1).stream().map(MessageApiController::json).toList(), offset, size);
    }

    @GetMapping(PlanApi.V1 + "/messages/{id}")
    ResponseEntity<MessageDetailsJson> one(@PathVariable long id) {
        MessageDetails details = messages.details(id).orElseThrow(() -> ApiProblem.notFound("There is no message " + id + "."));
        Message m = details.message();
        List<CheckJson> checks = m.getChecks().stream().map(c -> new CheckJson(c.text(), c.side() == null ? null : c.side().name(),
                c.required(), c.ticked(), c.tickedBy(), c.tickedAt(), c.note())).toList();
        List<SignOffJson> signOffs = java.util.stream.Stream.of(Team.MARKETING, Team.CX).flatMap(side -> m.signOff(side).stream())
                .map(s -> new SignOffJson(s.side().name(), s.signedBy(), s.signedAt())).toList();
        return ResponseEntity.ok().eTag("\"v" + m.getVersion() + "\"").body(new MessageDetailsJson(m.getId(), m.getTitle(),
                m.getChannel().name(), details.audience(), m.getSendDate(), m.getTeam().name(), m.getStatus().name(), m.getBody(),
                details.initiative(), checks, signOffs, details.promisedTitles(), m.getVersion()));
    }

    private static MessageJson json(MessageRow row) {
        return new MessageJson(row.id(), row.title(), row.channel().name(), row.audience(), row.sendDate(), row.team().name(),
                row.status().name(), row.ticked(), row.required(), row.marketingSigned(), row.cxSigned(), !row.clashes().isEmpty(),
                !row.latePromises().isEmpty());
    }
}
