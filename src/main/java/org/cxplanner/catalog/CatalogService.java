package org.cxplanner.catalog;

import jakarta.validation.Valid;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.security.Roles;
import org.cxplanner.users.Person;
import org.cxplanner.users.UserService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/** Journey stages, touchpoints and functions: everyone reads them; catalog managers change them. */
@Service
@Validated
public class CatalogService {

    private final JourneyStageRepository stages;
    private final TouchpointRepository touchpoints;
    private final BusinessFunctionRepository functions;
    private final CatalogEntries entries;
    private final ChangeHistory history;
    private final PlanEvents events;
    private final UserService users;

    CatalogService(JourneyStageRepository stages, TouchpointRepository touchpoints,
                   BusinessFunctionRepository functions, CatalogEntries entries, ChangeHistory history,
                   PlanEvents events, UserService users) {
        this.users = users;
        this.stages = stages;
        this.touchpoints = touchpoints;
        this.functions = functions;
        this.entries = entries;
        this.history = history;
        this.events = events;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<JourneyStage> stages() {
        return stages.findAllInOrder();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Touchpoint> touchpoints() {
        return touchpoints.findAllInOrder();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<BusinessFunction> functions() {
        return functions.findAllInOrder();
    }

    @PreAuthorize(Roles.MANAGE_CATALOG)
    @Transactional
    public JourneyStage createStage(String name) {
        String clean = CatalogNames.clean(name);
        CatalogNames.requireUnique(CatalogKind.STAGE, clean, null, stages.findAll());
        return created(CatalogKind.STAGE, CatalogEntries.saveNamed(CatalogKind.STAGE, stages, new JourneyStage(clean, stages.maxPosition() + 1)));
    }

    @PreAuthorize(Roles.MANAGE_CATALOG)
    @Transactional
    public BusinessFunction createFunction(String name) {
        String clean = CatalogNames.clean(name);
        CatalogNames.requireUnique(CatalogKind.FUNCTION, clean, null, functions.findAll());
        return created(CatalogKind.FUNCTION, CatalogEntries.saveNamed(CatalogKind.FUNCTION, functions, new BusinessFunction(clean, functions.maxPosition() + 1)));
    }

    @PreAuthorize(Roles.MANAGE_CATALOG)
    @Transactional
    public Touchpoint createTouchpoint(@Valid TouchpointForm form) {
        String clean = CatalogNames.clean(form.getName());
        CatalogNames.requireUnique(CatalogKind.TOUCHPOINT, clean, null, touchpoints.findAll());
        entries.requireActiveStage(form.getStageId());
        Touchpoint touchpoint = new Touchpoint(clean, form.getStageId(), form.getChannel(),
                blankToNull(form.getDescription()), touchpoints.maxPosition() + 1);
        return created(CatalogKind.TOUCHPOINT, CatalogEntries.saveNamed(CatalogKind.TOUCHPOINT, touchpoints, touchpoint));
    }

    @PreAuthorize(Roles.MANAGE_CATALOG)
    @Transactional
    public Touchpoint updateTouchpoint(long id, int expectedVersion, @Valid TouchpointForm form) {
        Touchpoint touchpoint = CatalogEntries.load(touchpoints, id, expectedVersion);
        String clean = CatalogNames.clean(form.getName());
        CatalogNames.requireUnique(CatalogKind.TOUCHPOINT, clean, id, touchpoints.findAll());
        String oldStage = null;
        String newStage = null;
        if (touchpoint.getStageId() != form.getStageId()) {
            newStage = entries.requireActiveStage(form.getStageId()).getName();
            oldStage = entries.stageName(touchpoint.getStageId());
            touchpoint.setStageId(form.getStageId());
            touchpoint.setPosition(touchpoints.maxPosition() + 1);
        }
        String oldName = touchpoint.getName();
        String oldChannel = touchpoint.getChannel().label();
        String oldDescription = touchpoint.getDescription();
        touchpoint.setName(clean);
        touchpoint.setChannel(form.getChannel());
        touchpoint.setDescription(blankToNull(form.getDescription()));
        List<ChangeEntry> changes = List.of(
                change(CatalogKind.TOUCHPOINT, touchpoint, "Name", oldName, clean),
                change(CatalogKind.TOUCHPOINT, touchpoint, "Stage", oldStage, newStage),
                change(CatalogKind.TOUCHPOINT, touchpoint, "Channel", oldChannel, form.getChannel().label()),
                change(CatalogKind.TOUCHPOINT, touchpoint, "Description", oldDescription, touchpoint.getDescription()));
        Touchpoint saved = CatalogEntries.saveNamed(CatalogKind.TOUCHPOINT, touchpoints, touchpoint);
        recordAndAnnounce(saved.getId(), changes);
        return saved;
    }

    @PreAuthorize(Roles.MANAGE_CATALOG)
    @Transactional
    public void rename(CatalogKind kind, long id, int expectedVersion, String name) {
        ListCrudRepository<CatalogEntry, Long> repository = entries.repository(kind);
        CatalogEntry entry = CatalogEntries.load(repository, id, expectedVersion);
        String clean = CatalogNames.clean(name);
        CatalogNames.requireUnique(kind, clean, id, repository.findAll());
        String oldName = entry.getName();
        entry.setName(clean);
        ChangeEntry change = change(kind, entry, "Name", oldName, clean);
        CatalogEntries.saveNamed(kind, repository, entry);
        recordAndAnnounce(id, List.of(change));
    }

    /** Renames a function and sets its lead (none: nobody), who is told when it becomes Accountable or Responsible. */
    @PreAuthorize(Roles.MANAGE_CATALOG)
    @Transactional
    public BusinessFunction updateFunction(long id, int expectedVersion, String name, Long leadId) {
        BusinessFunction function = CatalogEntries.load(functions, id, expectedVersion);
        String clean = CatalogNames.clean(name);
        CatalogNames.requireUnique(CatalogKind.FUNCTION, clean, id, functions.findAll());
        if (leadId != null && users.people().stream().noneMatch(p -> p.id() == leadId && p.enabled())) {
            throw new FieldProblem("lead", "Choose the lead from the list of active users.");
        }
        String oldName = function.getName();
        String oldLead = nameOf(function.getLeadId());
        function.setName(clean);
        function.setLeadId(leadId);
        List<ChangeEntry> changes = List.of(change(CatalogKind.FUNCTION, function, "Name", oldName, clean),
                change(CatalogKind.FUNCTION, function, "Lead", oldLead, nameOf(leadId)));
        BusinessFunction saved = CatalogEntries.saveNamed(CatalogKind.FUNCTION, functions, function);
        recordAndAnnounce(id, changes);
        return saved;
    }

    /** Swaps the entry with its neighbour above (-1) or below (+1); touchpoints move within their stage. */
    @PreAuthorize(Roles.MANAGE_CATALOG)
    @Transactional
    public void move(CatalogKind kind, long id, int direction) {
        List<? extends CatalogEntry> siblings = entries.siblings(kind, id);
        int index = CatalogEntries.indexOf(siblings, id);
        int other = index + Integer.signum(direction);
        if (index < 0 || other < 0 || other >= siblings.size()) {
            return;
        }
        CatalogEntry a = siblings.get(index);
        CatalogEntry b = siblings.get(other);
        int position = a.getPosition();
        a.setPosition(b.getPosition());
        b.setPosition(position);
        ListCrudRepository<CatalogEntry, Long> repository = entries.repository(kind);
        try {
            repository.save(a);
            repository.save(b);
        } catch (OptimisticLockingFailureException e) {
            throw new EditConflict();
        }
        // People number positions from 1 within the list they see, not by the stored position.
        recordAndAnnounce(a.getId(), List.of(
                change(kind, a, "Order", String.valueOf(index + 1), String.valueOf(other + 1)),
                change(kind, b, "Order", String.valueOf(other + 1), String.valueOf(index + 1))));
        events.publish(CatalogEvents.CATALOG, b.getId());
    }

    @PreAuthorize(Roles.MANAGE_CATALOG)
    @Transactional
    public void setArchived(CatalogKind kind, long id, int expectedVersion, boolean archived) {
        ListCrudRepository<CatalogEntry, Long> repository = entries.repository(kind);
        CatalogEntry entry = CatalogEntries.load(repository, id, expectedVersion);
        if (!archived && entry instanceof Touchpoint touchpoint) {
            stages.findById(touchpoint.getStageId()).filter(CatalogEntry::isArchived).ifPresent(stage -> {
                throw new FieldProblem("archived", "Restore the stage '" + stage.getName() + "' first.");
            });
        }
        ChangeEntry change = change(kind, entry, "State", state(entry.isArchived()), state(archived));
        entry.setArchived(archived);
        try {
            repository.save(entry);
        } catch (OptimisticLockingFailureException e) {
            throw new EditConflict();
        }
        recordAndAnnounce(id, List.of(change));
    }

    /** Deletes an entry nothing refers to; otherwise refuses, naming what uses it. */
    @PreAuthorize(Roles.MANAGE_CATALOG)
    @Transactional
    public void delete(CatalogKind kind, long id) {
        ListCrudRepository<CatalogEntry, Long> repository = entries.repository(kind);
        CatalogEntry entry = repository.findById(id).orElseThrow(() -> new EditConflict("It no longer exists. Reload the list."));
        List<String> uses = entries.usesOf(kind, id);
        if (!uses.isEmpty()) {
            throw new FieldProblem("delete", "'" + entry.getName() + "' cannot be deleted: it is used by "
                    + String.join("; ", uses) + ". Archive it instead: it then leaves the matrix but keeps its history.");
        }
        repository.delete(entry);
        recordAndAnnounce(id, List.of(ChangeEntry.event(HistoryArea.CATALOG, historyKind(kind), id, entry.getName(), "Deleted")));
    }

    /** How catalog entries are filed in the change history; touchpoints share theirs with their RACI row. */
    public static String historyKind(CatalogKind kind) {
        return kind.name();
    }

    private <E extends CatalogEntry> E created(CatalogKind kind, E entry) {
        recordAndAnnounce(entry.getId(), List.of(ChangeEntry.event(HistoryArea.CATALOG, historyKind(kind),
                entry.getId(), entry.getName(), "Created")));
        return entry;
    }

    private static ChangeEntry change(CatalogKind kind, CatalogEntry entry, String field, Object oldValue, Object newValue) {
        return ChangeEntry.changed(HistoryArea.CATALOG, historyKind(kind), entry.getId(), entry.getName(), field, oldValue, newValue);
    }

    private void recordAndAnnounce(long id, List<ChangeEntry> changes) {
        history.record(changes);
        events.publish(CatalogEvents.CATALOG, id);
    }

    private String nameOf(Long userId) {
        return userId == null ? null : users.people().stream().filter(p -> p.id() == userId).map(Person::displayName).findFirst().orElse(null);
    }

    private static String state(boolean archived) {
        return archived ? "Archived" : "Active";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
