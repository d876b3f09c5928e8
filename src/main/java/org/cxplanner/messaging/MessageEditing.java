package org.cxplanner.messaging;

import jakarta.validation.Valid;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.ChangeSource;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.cxplanner.security.Team;
import org.cxplanner.security.TeamAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writing messages: the owning team creates and edits them and moves them on by hand (Draft → In review, Aligned →
 * Sent); the leads set the clash window. A change of content withdraws both sign-offs: a sign-off approves one version.
 */
@Service
@Validated
public class MessageEditing {

    private final ChecklistTemplateRepository templates;
    private final MessageRecords records;
    private final MessageContent content;
    private final MessageWriter writer;
    private final ChangeHistory history;
    private final PlanEvents events;

    MessageEditing(ChecklistTemplateRepository templates, MessageRecords records, MessageContent content, MessageWriter writer,
                   ChangeHistory history, PlanEvents events) {
        this.templates = templates;
        this.records = records;
        this.content = content;
        this.writer = writer;
        this.history = history;
        this.events = events;
    }

    @PreAuthorize(Roles.EDIT_PLAN)
    @Transactional
    public Message create(long templateId, @Valid MessageForm form) {
        if (!CurrentUser.access().mayEdit(form.getTeam())) {
            throw new FieldProblem("team", "Your role cannot write " + form.getTeam().label().toLowerCase() + " messages.");
        }
        ChecklistTemplate template = templates.findById(templateId)
                .orElseThrow(() -> new FieldProblem("template", "Choose a checklist template."));
        Message message = writer.save(new Message(form, template, CurrentUser.name()));
        records.saveRevision(message.getId(), message.getContentVersion(), content.describe(form));
        writer.record(message, null, null, "Created from the template '" + template.getName() + "'", ChangeSource.EDIT);
        return message;
    }

    /** Changes the content; if anything changed, both sign-offs are withdrawn (a sign-off approves one version). */
    @PreAuthorize(Roles.EDIT_PLAN)
    @Transactional
    public Message updateContent(long id, int expectedVersion, @Valid MessageForm form) {
        Message message = writer.load(id, expectedVersion);
        MessageWriter.requireNotSent(message);
        TeamAccess may = CurrentUser.access();
        if (!may.mayEdit(message.getTeam())) {
            throw new AccessDeniedException(TeamAccess.refusal("change", message.getTeam(), "messages"));
        }
        if (!may.mayMove(message.getTeam(), form.getTeam())) {
            throw new FieldProblem("team", "Your role cannot move this message to " + form.getTeam().label() + ".");
        }
        Map<String, String> before = content.describe(MessageForm.of(message));
        Map<String, String> after = content.describe(form);
        if (before.equals(after) && message.getTeam() == form.getTeam()) {
            return message;
        }
        message.applyContent(form, CurrentUser.name());
        if (!before.equals(after)) {
            message.newContentVersion();
            List<String> fields = before.keySet().stream().filter(f -> !Objects.equals(before.get(f), after.get(f))).toList();
            writer.withdraw(message, Team.SIDES, "The content changed (" + String.join(", ", fields) + ").");
            if (message.getStatus() == MessageStatus.ALIGNED) {
                message.setStatus(MessageStatus.IN_REVIEW);
            }
            fields.forEach(field -> history.record(ChangeEntry.changed(HistoryArea.MESSAGING, MessagingEvents.HISTORY_KIND, id,
                    message.getTitle(), field, before.get(field), after.get(field))));
        }
        Message saved = writer.save(message);
        if (!before.equals(after)) {
            records.saveRevision(id, saved.getContentVersion(), after);
        }
        events.publish(MessagingEvents.MESSAGES, id);
        return saved;
    }

    /** Draft → In review, or Aligned → Sent; nothing else moves by hand. */
    @PreAuthorize(Roles.EDIT_PLAN)
    @Transactional
    public Message moveTo(long id, int expectedVersion, MessageStatus target) {
        Message message = writer.load(id, expectedVersion);
        MessageWriter.requireNotSent(message);
        if (!CurrentUser.access().mayEdit(message.getTeam())) {
            throw new AccessDeniedException(TeamAccess.refusal("change", message.getTeam(), "messages"));
        }
        MessageStatus from = message.getStatus();
        boolean allowed = (from == MessageStatus.DRAFT && target == MessageStatus.IN_REVIEW)
                || (from == MessageStatus.ALIGNED && target == MessageStatus.SENT && message.isAligned());
        if (!allowed) {
            throw new FieldProblem("status", target == MessageStatus.SENT
                    ? "Only an aligned message can be marked sent: both sign-offs of its current version are needed."
                    : "A message goes from Draft to In review; the sign-offs make it Aligned.");
        }
        message.setStatus(target);
        message.touch(CurrentUser.name());
        Message saved = writer.save(message);
        writer.record(saved, "Status", from.label(), target.label(), ChangeSource.EDIT);
        if (target == MessageStatus.SENT) {
            writer.tellWorkers(saved, "was sent");
        }
        return saved;
    }

    @PreAuthorize(Roles.LEADS)
    @Transactional
    public void setClashDays(int days) {
        if (days < 0 || days > 60) {
            throw new FieldProblem("clashDays", "Choose between 0 and 60 days.");
        }
        int old = records.clashDays();
        records.setClashDays(days);
        history.record(ChangeEntry.changed(HistoryArea.MESSAGING, "SETTING", null, "Send clash window", "Days",
                String.valueOf(old), String.valueOf(days)));
        events.publish(MessagingEvents.MESSAGES);
    }
}
