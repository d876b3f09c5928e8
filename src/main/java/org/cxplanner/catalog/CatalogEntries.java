package org.cxplanner.catalog;

import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The three kinds of catalog entry handled alike, inside the service's transaction: which repository holds a kind,
 * its siblings in order, what uses an entry (so it is not deleted from under a plan), loading the version the user
 * saw and saving under a unique name.
 */
@Component
class CatalogEntries {

    private final JourneyStageRepository stages;
    private final TouchpointRepository touchpoints;
    private final BusinessFunctionRepository functions;
    private final List<CatalogUsage> usages;

    CatalogEntries(JourneyStageRepository stages, TouchpointRepository touchpoints, BusinessFunctionRepository functions,
                   List<CatalogUsage> usages) {
        this.stages = stages;
        this.touchpoints = touchpoints;
        this.functions = functions;
        this.usages = usages;
    }

    String stageName(long stageId) {
        return stages.findById(stageId).map(CatalogEntry::getName).orElse(null);
    }

    List<String> usesOf(CatalogKind kind, long id) {
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

    List<? extends CatalogEntry> siblings(CatalogKind kind, long id) {
        return switch (kind) {
            case STAGE -> stages.findAllInOrder();
            case FUNCTION -> functions.findAllInOrder();
            case TOUCHPOINT -> touchpoints.findById(id)
                    .map(t -> touchpoints.findByStageInOrder(t.getStageId())).orElse(List.of());
        };
    }

    static int indexOf(List<? extends CatalogEntry> entries, long id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getId() == id) {
                return i;
            }
        }
        return -1;
    }

    JourneyStage requireActiveStage(Long stageId) {
        JourneyStage stage = stages.findById(stageId).orElseThrow(() -> new FieldProblem("stageId", "Choose a journey stage."));
        if (stage.isArchived()) {
            throw new FieldProblem("stageId", "The stage '" + stage.getName() + "' is archived: choose another.");
        }
        return stage;
    }

    @SuppressWarnings("unchecked")
    ListCrudRepository<CatalogEntry, Long> repository(CatalogKind kind) {
        Object repository = switch (kind) {
            case STAGE -> stages;
            case TOUCHPOINT -> touchpoints;
            case FUNCTION -> functions;
        };
        return (ListCrudRepository<CatalogEntry, Long>) repository;
    }

    static <E extends CatalogEntry> E load(ListCrudRepository<E, Long> repository, long id, int expectedVersion) {
        E entry = repository.findById(id).orElseThrow(() -> new EditConflict("It no longer exists. Reload the list."));
        if (entry.getVersion() != expectedVersion) {
            throw new EditConflict();
        }
        return entry;
    }

    static <E extends CatalogEntry> E saveNamed(CatalogKind kind, ListCrudRepository<? super E, Long> repository, E entry) {
        try {
            repository.save(entry);
            return entry;
        } catch (DuplicateKeyException e) {
            throw CatalogNames.duplicate(kind, entry.getName());
        } catch (OptimisticLockingFailureException e) {
            throw new EditConflict();
        }
    }
}
