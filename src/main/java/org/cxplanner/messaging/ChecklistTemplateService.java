package org.cxplanner.messaging;

import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.security.Roles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checklist templates: everyone reads them; the CMO, the CCO and administrators manage them. A template change never
 * touches existing messages, which copied their items when they were created.
 */
@Service
public class ChecklistTemplateService {

    private final ChecklistTemplateRepository templates;
    private final ChangeHistory history;

    ChecklistTemplateService(ChecklistTemplateRepository templates, ChangeHistory history) {
        this.templates = templates;
        this.history = history;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ChecklistTemplate> all() {
        return templates.findAllByName();
    }

    /** {@code id} null creates; otherwise {@code expectedVersion} must be the version the editor loaded. */
    @PreAuthorize(Roles.MANAGE_CATALOG)
    @Transactional
    public ChecklistTemplate save(Long id, int expectedVersion, String name, Set<MessageChannel> channels,
                                  List<ChecklistTemplate.TemplateItem> items) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 120) {
            throw new FieldProblem("name", "Enter a name of 1 to 120 characters.");
        }
        if (items.isEmpty()) {
            throw new FieldProblem("items", "A checklist needs at least one item.");
        }
        for (ChecklistTemplate.TemplateItem item : items) {
            if (item.text() == null || item.text().isBlank() || item.text().strip().length() > 300) {
                throw new FieldProblem("items", "Every item needs a text of 1 to 300 characters.");
            }
            if (item.side() == null) {
                throw new FieldProblem("items", "Every item belongs to a side: marketing, customer experience or joint.");
            }
            if (item.guidance() != null && item.guidance().strip().length() > 1000) {
                throw new FieldProblem("items", "Keep each item's guidance to 1,000 characters ('" + item.text().strip()
                        + "' has " + item.guidance().strip().length() + ").");
            }
        }
        if (templates.findAll().stream().anyMatch(t -> t.getName().equalsIgnoreCase(clean) && !t.getId().equals(id))) {
            throw new FieldProblem("name", "A template named '" + clean + "' already exists.");
        }
        String channelList = channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        List<ChecklistTemplate.TemplateItem> cleanItems = items.stream().map(i -> new ChecklistTemplate.TemplateItem(
                i.text().strip(), i.guidance() == null || i.guidance().isBlank() ? null : i.guidance().strip(), i.required(),
                i.side(), i.checksClash())).toList();
        ChecklistTemplate template;
        String event;
        if (id == null) {
            template = new ChecklistTemplate(clean, channelList, cleanItems);
            event = "Created with " + cleanItems.size() + " items";
        } else {
            template = templates.findById(id).orElseThrow(() -> new EditConflict("This template no longer exists. Reload the list."));
            if (template.getVersion() != expectedVersion) {
                throw new EditConflict();
            }
            event = "Changed: " + cleanItems.size() + " items";
            template.update(clean, channelList, cleanItems);
        }
        try {
            ChecklistTemplate saved = templates.save(template);
            history.record(ChangeEntry.event(HistoryArea.MESSAGING, MessagingEvents.TEMPLATE_HISTORY_KIND, saved.getId(), saved.getName(), event));
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw new EditConflict();
        } catch (DuplicateKeyException e) {
            throw new FieldProblem("name", "A template named '" + clean + "' already exists.");
        }
    }
}
