package org.cxplanner.roadmap;

import org.cxplanner.security.Team;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A roadmap item: what changes for the customer, when, and which team owns it. */
@Table("initiative")
public class Initiative {

    @Id
    private Long id;
    @Version
    private Integer version;
    private String title;
    private String description;
    private Team team;
    private Long ownerId;
    private InitiativeStatus status;
    private LocalDate startDate;
    private LocalDate endDate;
    private String updatedBy;
    private Instant updatedAt;
    @MappedCollection(idColumn = "initiative_id")
    private Set<InitiativeStage> stages = new LinkedHashSet<>();
    @MappedCollection(idColumn = "initiative_id")
    private Set<InitiativeTouchpoint> touchpoints = new LinkedHashSet<>();
    @MappedCollection(idColumn = "initiative_id", keyColumn = "position")
    private List<Milestone> milestones = new ArrayList<>();
    @MappedCollection(idColumn = "initiative_id")
    private Set<InitiativeIndicator> indicators = new LinkedHashSet<>();

    protected Initiative() {
    }

    Initiative(InitiativeForm form, String user) {
        apply(form, user);
    }

    /** As stored, read by {@link RoadmapRecords#initiative} in one statement (the repository needs five). */
    static Initiative stored(long id, int version, String title, String description, Team team, long ownerId,
                             InitiativeStatus status, LocalDate startDate, LocalDate endDate, String updatedBy,
                             Instant updatedAt, List<Long> stageIds, List<Long> touchpointIds, List<Long> indicatorIds,
                             List<Milestone> milestones) {
        Initiative initiative = new Initiative();
        initiative.id = id;
        initiative.version = version;
        initiative.title = title;
        initiative.description = description;
        initiative.team = team;
        initiative.ownerId = ownerId;
        initiative.status = status;
        initiative.startDate = startDate;
        initiative.endDate = endDate;
        initiative.updatedBy = updatedBy;
        initiative.updatedAt = updatedAt;
        initiative.stages = stageIds.stream().map(InitiativeStage::new).collect(Collectors.toCollection(LinkedHashSet::new));
        initiative.touchpoints = touchpointIds.stream().map(InitiativeTouchpoint::new).collect(Collectors.toCollection(LinkedHashSet::new));
        initiative.indicators = indicatorIds.stream().map(InitiativeIndicator::new).collect(Collectors.toCollection(LinkedHashSet::new));
        initiative.milestones = new ArrayList<>(milestones);
        return initiative;
    }

    /** Takes every field of the form (already validated and cleaned by the service). */
    void apply(InitiativeForm form, String user) {
        title = form.getTitle().strip();
        description = form.getDescription() == null || form.getDescription().isBlank() ? null : form.getDescription().strip();
        team = form.getTeam();
        ownerId = form.getOwnerId();
        status = form.getStatus();
        startDate = form.getStartDate();
        endDate = form.getEndDate();
        stages = form.getStageIds().stream().map(InitiativeStage::new).collect(Collectors.toCollection(LinkedHashSet::new));
        touchpoints = form.getTouchpointIds().stream().map(InitiativeTouchpoint::new)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        indicators = form.getIndicatorIds().stream().map(InitiativeIndicator::new)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        milestones = form.getMilestones().stream()
                .map(m -> new Milestone(m.getName().strip(), m.getDueDate(), m.isDone())).collect(Collectors.toCollection(ArrayList::new));
        touch(user);
    }

    void touch(String user) {
        updatedBy = user;
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version == null ? 0 : version;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Team getTeam() {
        return team;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Long> getStageIds() {
        return stages.stream().map(InitiativeStage::stageId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Set<Long> getTouchpointIds() {
        return touchpoints.stream().map(InitiativeTouchpoint::touchpointId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Set<Long> getIndicatorIds() {
        return indicators.stream().map(InitiativeIndicator::indicatorId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public List<Milestone> getMilestones() {
        return List.copyOf(milestones);
    }
}
