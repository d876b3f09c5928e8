package org.cxplanner.roadmap;

import org.cxplanner.security.Team;
import jakarta.validation.Valid;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.cxplanner.security.TeamAccess;
import org.cxplanner.users.Person;
import org.cxplanner.users.UserService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The shared roadmap. Everyone signed in reads it; who may change an initiative depends on its owning team
 * ({@link TeamAccess}), checked here whatever the screen offered. Every change is recorded field by field
 * in the change history and announced to open screens on every node.
 */
@Service
@Validated
public class RoadmapService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private final InitiativeRepository initiatives;
    private final RoadmapRecords query;
    private final InitiativeMoveRecords rescheduler;
    private final CatalogService catalog;
    private final UserService users;
    private final ChangeHistory history;
    private final PlanEvents events;
    private final InitiativeChanges changes;
    private final InitiativeNews news;
    private final RoadmapDependencies dependencies;

    RoadmapService(InitiativeRepository initiatives, RoadmapRecords query, InitiativeMoveRecords rescheduler,
                   CatalogService catalog, UserService users, ChangeHistory history, PlanEvents events,
                   InitiativeChanges changes, InitiativeNews news, RoadmapDependencies dependencies) {
        this.dependencies = dependencies;
        this.changes = changes;
        this.news = news;
        this.initiatives = initiatives;
        this.query = query;
        this.rescheduler = rescheduler;
        this.catalog = catalog;
        this.users = users;
        this.history = history;
        this.events = events;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public int count(RoadmapFilter filter) {
        return query.count(filter);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<InitiativeRow> page(RoadmapFilter filter, RoadmapSort sort, boolean ascending, int offset, int limit) {
        return query.page(filter, sort, ascending, offset, limit);
    }

    /** The initiatives overlapping [from, to] (null: unbounded), with milestones: the timeline and exports. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<InitiativeRow> span(RoadmapFilter filter, LocalDate from, LocalDate to) {
        return query.span(filter, from, to);
    }

    /** Just the title, for pages that name an initiative they link to. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public java.util.Optional<String> title(long id) {
        return initiatives.findTitleById(id);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public java.util.Optional<InitiativeDetails> details(long id) {
        return query.initiative(id).map(initiative -> {
            // The page names its touchpoints from the RACI owners it reads anyway, so the catalog's touchpoints
            // (500 in a large plan) are not read here.
            List<Person> people = users.people();
            TeamAccess may = CurrentUser.access();
            String owner = people.stream().filter(p -> p.id() == initiative.getOwnerId()).map(Person::displayName).findFirst().orElse("?");
            String updatedBy = people.stream().filter(p -> p.username().equalsIgnoreCase(initiative.getUpdatedBy()))
                    .map(Person::displayName).findFirst().orElse(initiative.getUpdatedBy());
            return new InitiativeDetails(initiative, owner, updatedBy, InitiativeChanges.names(catalog.stages(), initiative.getStageIds()),
                    may.mayEdit(initiative.getTeam()), may.mayDelete(initiative.getTeam()));
        });
    }

    /** How many active initiatives change each touchpoint (for the RACI matrix). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<Long, Integer> activeCountsByTouchpoint() {
        return query.activeCountsByTouchpoint();
    }

    /** Creates the initiative and, in the same transaction, says it starts {@code lagDays} after another ends. */
    @PreAuthorize(Roles.EDIT_PLAN)
    @Transactional
    public Initiative create(@Valid InitiativeForm form, long startsAfter, int lagDays) {
        Initiative initiative = create(form);
        dependencies.add(initiative.getId(), startsAfter, lagDays);
        return initiative;
    }

    @PreAuthorize(Roles.EDIT_PLAN)
    @Transactional
    public Initiative create(@Valid InitiativeForm form) {
        TeamAccess may = CurrentUser.access();
        if (!may.mayEdit(form.getTeam())) {
            throw new FieldProblem("team", TeamAccess.refusal("change", form.getTeam(), "initiatives"));
        }
        requireOwner(form.getOwnerId());
        Initiative initiative = save(new Initiative(form, CurrentUser.name()));
        history.record(ChangeEntry.event(HistoryArea.ROADMAP, RoadmapEvents.HISTORY_KIND, initiative.getId(), initiative.getTitle(),
                "Created (" + initiative.getTeam().label() + ", " + initiative.getStatus().label() + ", "
                        + InitiativeChanges.span(initiative.getStartDate(), initiative.getEndDate()) + ")"));
        events.publish(RoadmapEvents.ROADMAP, initiative.getId());
        return initiative;
    }

    @PreAuthorize(Roles.EDIT_PLAN)
    @Transactional
    public Initiative update(long id, int expectedVersion, @Valid InitiativeForm form) {
        return update(id, expectedVersion, form, false);
    }

    /** As {@link #update(long, int, InitiativeForm)}; with {@code moveDependants}, what waits for it moves later as needed. */
    @PreAuthorize(Roles.EDIT_PLAN)
    @Transactional
    public Initiative update(long id, int expectedVersion, @Valid InitiativeForm form, boolean moveDependants) {
        Initiative initiative = load(id, expectedVersion);
        TeamAccess may = CurrentUser.access();
        if (!may.mayEdit(initiative.getTeam())) {
            throw new AccessDeniedException(TeamAccess.refusal("change", initiative.getTeam(), "initiatives"));
        }
        if (!may.mayMove(initiative.getTeam(), form.getTeam())) {
            throw new FieldProblem("team", "Your role cannot move this initiative from " + initiative.getTeam().label()
                    + " to " + form.getTeam().label() + ".");
        }
        requireOwner(form.getOwnerId());
        InitiativeForm before = InitiativeForm.of(initiative);
        long owner = initiative.getOwnerId();
        initiative.apply(form, CurrentUser.name());
        Initiative saved = save(initiative);
        history.record(changes.between(saved, before, form));
        news.moved(id, owner, saved.getTitle(), before.getStartDate(), before.getEndDate(), saved.getStartDate(), saved.getEndDate());
        news.statusChanged(saved, owner, before.getStatus());
        events.publish(RoadmapEvents.ROADMAP, id);
        if (moveDependants) {
            dependencies.moveDependants(id);
        }
        return saved;
    }

    /** Moves the whole initiative (its milestones too) so it starts on {@code newStart}: what a drag on the timeline does. */
    @PreAuthorize(Roles.EDIT_PLAN)
    @Transactional
    public void reschedule(long id, int expectedVersion, LocalDate newStart) {
        reschedule(id, expectedVersion, newStart, false);
    }

    /** As {@link #reschedule(long, int, LocalDate)}; with {@code moveDependants}, what waits for it moves later as needed. */
    @PreAuthorize(Roles.EDIT_PLAN)
    @Transactional
    public void reschedule(long id, int expectedVersion, LocalDate newStart, boolean moveDependants) {
        InitiativeMoveRecords.Current current = rescheduler.lock(id)
                .orElseThrow(() -> new EditConflict("This initiative no longer exists: someone deleted it. Reload the roadmap."));
        if (!CurrentUser.access().mayEdit(current.team())) {
            throw new AccessDeniedException(TeamAccess.refusal("change", current.team(), "initiatives"));
        }
        if (current.version() != expectedVersion) {
            throw conflict(current.updatedBy(), current.updatedAt());
        }
        rescheduler.move(id, current, newStart);
        news.moved(id, current.ownerId(), current.title(), current.start(), current.end(), newStart,
                current.end().plusDays(java.time.temporal.ChronoUnit.DAYS.between(current.start(), newStart)));
        events.publish(RoadmapEvents.ROADMAP, id);
        if (moveDependants) {
            dependencies.moveDependants(id);
        }
    }

    @PreAuthorize(Roles.EDIT_PLAN)
    @Transactional
    public void delete(long id, int expectedVersion) {
        Initiative initiative = load(id, expectedVersion);
        if (!CurrentUser.access().mayDelete(initiative.getTeam())) {
            throw new AccessDeniedException("Only the " + (initiative.getTeam() == Team.JOINT ? "CMO or CCO"
                    : initiative.getTeam() == Team.MARKETING ? "CMO" : "CCO") + " or an administrator may delete this initiative.");
        }
        initiatives.delete(initiative);
        news.deleted(initiative.getOwnerId(), initiative.getTitle());
        history.record(ChangeEntry.event(HistoryArea.ROADMAP, RoadmapEvents.HISTORY_KIND, id, initiative.getTitle(), "Deleted"));
        events.publish(RoadmapEvents.ROADMAP, id);
    }

    private Initiative load(long id, int expectedVersion) {
        Initiative initiative = initiatives.findById(id)
                .orElseThrow(() -> new EditConflict("This initiative no longer exists: someone deleted it. Reload the roadmap."));
        if (initiative.getVersion() != expectedVersion) {
            throw conflict(initiative.getUpdatedBy(), initiative.getUpdatedAt());
        }
        return initiative;
    }

    EditConflict conflict(String username, java.time.Instant when) {
        return new EditConflict(nameOf(username) + " changed this initiative at "
                + TIME.format(when.atZone(ZoneId.systemDefault())) + " while you were editing. Nothing was saved: "
                + "reload to see their change, then make yours again.");
    }

    private Initiative save(Initiative initiative) {
        try {
            return initiatives.save(initiative);
        } catch (OptimisticLockingFailureException e) {
            Initiative current = initiatives.findById(initiative.getId()).orElseThrow(() -> new EditConflict(EditConflict.MESSAGE));
            throw conflict(current.getUpdatedBy(), current.getUpdatedAt());
        } catch (DataIntegrityViolationException e) {
            throw new FieldProblem("touchpointIds", "A chosen journey stage, touchpoint or owner no longer exists. Reload and choose again.");
        }
    }

    private void requireOwner(Long ownerId) {
        if (users.people().stream().noneMatch(person -> person.id() == ownerId)) {
            throw new FieldProblem("ownerId", "Choose an owner from the list.");
        }
    }

    private String nameOf(String username) {
        return users.people().stream().filter(p -> p.username().equalsIgnoreCase(username)).map(Person::displayName)
                .findFirst().orElse(username);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
