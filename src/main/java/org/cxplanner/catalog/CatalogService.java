package org.cxplanner.catalog;

import jakarta.validation.Valid;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.security.Roles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Journey stages, touchpoints and functions: everyone reads them; catalog managers change them. */
@Service
@Validated
public class CatalogService {

    /** Every committed catalog change is announced as this kind of plan event, with the entry's id. */

    private final JourneyStageRepository stages;
    private final TouchpointRepository touchpoints;
    private final BusinessFunctionRepository functions;
    private final List<CatalogUsage> usages;
    private final ChangeHistory history;
    private final PlanEvents events;

    CatalogService(JourneyStageRepository stages, TouchpointRepository touchpoints,
                   BusinessFunctionRepository functions, List<CatalogUsage> usages, ChangeHistory history,
                   PlanEvents events) {
        this.stages = stages;
        this.touchpoints = touchpoints;
        this.functions = functions;
        this.usages = usages;
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
        return created(CatalogKind.STAGE, saveNamed(CatalogKind.STAGE, stages, new JourneyStage(clean, stages.maxPosition() + 1)));
    }

    @PreAuthorize(Roles.MANAGE_CATALOG)
    @Transactional
    public BusinessFunction createFunction(String name) {
        String clean = CatalogNames.clean(name);
        CatalogNames.requireUnique(CatalogKind.FUNCTION, clean, null, functions.findAll());
        return created(CatalogKind.FUNCTION, saveNamed(CatalogKind.FUNCTION, functions, new BusinessFunction(clean, functions.maxPosition() + 1)));
    }

    @PreAuthorize(Roles.MANAGE_CATALOG)
    @Transactional
    public Touchpoint createTouchpoint(@Valid TouchpointForm form) {
        String clean = CatalogNames.clean(form.getName());
        CatalogNames.requireUnique(CatalogKind.TOUCHPOINT, clean, null, touchpoints.findAll());
        requireActiveStage(form.getStageId());
        Touchpoint touchpoint = new Touchpoint(clean, form.getStageId(), form.getChannel(),
                blankToNull(form.getDescription()), touchpoints.maxPosition() + 1);
        return created(CatalogKind.TOUCHPOINT, saveNamed(CatalogKind.TOUCHPOINT, touchpoints, touchpoint));
    }

    @PreAuthorize(Roles.MANAGE_CATALOG)
    @Transactional
    public Touchpoint updateTouchpoint(long id, int expectedVersion, @Valid TouchpointForm form) {
        Touchpoint touchpoint = load(touchpoints, id, expectedVersion);
        String clean = CatalogNames.clean(form.getName());
        CatalogNames.requireUnique(CatalogKind.TOUCHPOINT, clean, id, touchpoints.findAll());
        String oldStage = null;
        String newStage = null;
        if (touchpoint.getStageId() != form.getStageId()) {
            newStage = requireActiveStage(form.getStageId()).getName();
            oldStage = stageName(touchpoint.getStageId());
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
        Touchpoint saved = saveNamed(CatalogKind.TOUCHPOINT, touchpoints, touchpoint);
        recordAndAnnounce(saved.getId(), changes);
        return saved;
    }

    @PreAuthorize(Roles.MANAGE_CATALOG)
    @Transactional
    public void rename(CatalogKind kind, long id, int expectedVersion, String name) {
        ListCrudRepository<CatalogEntry, Long> repository = repository(kind);
        CatalogEntry entry = load(repository, id, expectedVersion);
        String clean = CatalogNames.clean(name);
        CatalogNames.requireUnique(kind, clean, id, repository.findAll());
        String oldName = entry.getName();
        entry.setName(clean);
        ChangeEntry change = change(kind, entry, "Name", oldName, clean);
        saveNamed(kind, repository, entry);
        recordAndAnnounce(id, List.of(change));
    }

    /** Swaps the entry with its neighbour above (-1) or below (+1); touchpoints move within their stage. */
    @PreAuthorize(Roles.MANAGE_CATALOG)
    @Transactional
    public void move(CatalogKind kind, long id, int direction) {
        List<? extends CatalogEntry> siblings = siblings(kind, id);
        int index = indexOf(siblings, id);
        int other = index + Integer.signum(direction);
        if (index < 0 || other < 0 || other >= siblings.size()) {
            return;
        }
        CatalogEntry a = siblings.get(index);
        CatalogEntry b = siblings.get(other);
        int position = a.getPosition();
        a.setPosition(b.getPosition());
        b.setPosition(position);
        ListCrudRepository<CatalogEntry, Long> repository = repository(kind);
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
        ListCrudRepository<CatalogEntry, Long> repository = repository(kind);
        CatalogEntry entry = load(repository, id, expectedVersion);
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
        ListCrudRepository<CatalogEntry, Long> repository = repository(kind);
        CatalogEntry entry = repository.findById(id).orElseThrow(() -> new EditConflict("It no longer exists. Reload the list."));
        List<String> uses = usesOf(kind, id);
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

    private String stageName(long stageId) {
        return stages.findById(stageId).map(CatalogEntry::getName).orElse(null);
    }

    private static String state(boolean archived) {
        return archived ? "Archived" : "Active";
    }

    private List<String> usesOf(CatalogKind kind, long id) {
        List<String> uses = new ArrayList<>();
        if (kind == CatalogKind.STAGE) {
            List<Touchpoint> inStage = touchpoints.findByStageInOrder(id);
            if (!inStage.isEmpty()) {
                uses.add(inStage.size() + (inStage.size() == 1 ? " touchpoint (" : " touchpoints (")
                        + inStage.stream().limit(5).map(CatalogEntry::getName).collect(Collectors.joining(", "))
                        + (inStage.size() > 5 ? ", …)" : ")"));
            }
        }
        usages.forEach(usage -> uses.addAll(usage.usesOf(kind, id)));
        return uses;
    }

    private List<? extends CatalogEntry> siblings(CatalogKind kind, long id) {
        return switch (kind) {
            case STAGE -> stages.findAllInOrder();
            case FUNCTION -> functions.findAllInOrder();
            case TOUCHPOINT -> touchpoints.findById(id)
                    .map(t -> touchpoints.findByStageInOrder(t.getStageId())).orElse(List.of());
        };
    }

    private static int indexOf(List<? extends CatalogEntry> entries, long id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getId() == id) {
                return i;
            }
        }
        return -1;
    }

    private JourneyStage requireActiveStage(Long stageId) {
        JourneyStage stage = stages.findById(stageId).orElseThrow(() -> new FieldProblem("stageId", "Choose a journey stage."));
        if (stage.isArchived()) {
            throw new FieldProblem("stageId", "The stage '" + stage.getName() + "' is archived: choose another.");
        }
        return stage;
    }

    @SuppressWarnings("unchecked")
    private ListCrudRepository<CatalogEntry, Long> repository(CatalogKind kind) {
        Object repository = switch (kind) {
            case STAGE -> stages;
            case TOUCHPOINT -> touchpoints;
            case FUNCTION -> functions;
        };
        return (ListCrudRepository<CatalogEntry, Long>) repository;
    }

    private static <E extends CatalogEntry> E load(ListCrudRepository<E, Long> repository, long id, int expectedVersion) {
        E entry = repository.findById(id).orElseThrow(() -> new EditConflict("It no longer exists. Reload the list."));
        if (entry.getVersion() != expectedVersion) {
            throw new EditConflict();
        }
        return entry;
    }

    private static <E extends CatalogEntry> E saveNamed(CatalogKind kind, ListCrudRepository<? super E, Long> repository, E entry) {
        try {
            repository.save(entry);
            return entry;
        } catch (DuplicateKeyException e) {
            throw CatalogNames.duplicate(kind, entry.getName());
        } catch (OptimisticLockingFailureException e) {
            throw new EditConflict();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
