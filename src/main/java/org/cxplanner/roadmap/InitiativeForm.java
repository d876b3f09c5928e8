package org.cxplanner.roadmap;

import org.cxplanner.security.Team;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the initiative editor edits; Bean Validation puts each message next to its field. */
public class InitiativeForm {

    @NotBlank(message = "Enter a title.")
    @Size(max = 200, message = "At most 200 characters.")
    private String title;
    @Size(max = 4000, message = "At most 4000 characters.")
    private String description;
    @NotNull(message = "Choose the owning team.")
    private Team team;
    @NotNull(message = "Choose an owner.")
    private Long ownerId;
    @NotNull(message = "Choose a status.")
    private InitiativeStatus status = InitiativeStatus.PLANNED;
    @NotNull(message = "Choose a start date.")
    private LocalDate startDate;
    @NotNull(message = "Choose an end date.")
    private LocalDate endDate;
    private Set<Long> stageIds = new LinkedHashSet<>();
    private Set<Long> touchpointIds = new LinkedHashSet<>();
    private Set<Long> indicatorIds = new LinkedHashSet<>();
    @Valid
    private List<MilestoneForm> milestones = new ArrayList<>();

    public static InitiativeForm of(Initiative initiative) {
        InitiativeForm form = new InitiativeForm();
        form.title = initiative.getTitle();
        form.description = initiative.getDescription() == null ? "" : initiative.getDescription();
        form.team = initiative.getTeam();
        form.ownerId = initiative.getOwnerId();
        form.status = initiative.getStatus();
        form.startDate = initiative.getStartDate();
        form.endDate = initiative.getEndDate();
        form.stageIds = new LinkedHashSet<>(initiative.getStageIds());
        form.touchpointIds = new LinkedHashSet<>(initiative.getTouchpointIds());
        form.indicatorIds = new LinkedHashSet<>(initiative.getIndicatorIds());
        initiative.getMilestones().forEach(m -> form.milestones.add(new MilestoneForm(m.name(), m.dueDate(), m.done())));
        return form;
    }

    @AssertTrue(message = "The end date cannot be before the start date.")
    public boolean isEndNotBeforeStart() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public void setStatus(InitiativeStatus status) {
        this.status = status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Set<Long> getStageIds() {
        return stageIds;
    }

    public void setStageIds(Set<Long> stageIds) {
        this.stageIds = stageIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(stageIds);
    }

    public Set<Long> getTouchpointIds() {
        return touchpointIds;
    }

    public void setTouchpointIds(Set<Long> touchpointIds) {
        this.touchpointIds = touchpointIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(touchpointIds);
    }

    public Set<Long> getIndicatorIds() {
        return indicatorIds;
    }

    public void setIndicatorIds(Set<Long> indicatorIds) {
        this.indicatorIds = indicatorIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(indicatorIds);
    }

    public List<MilestoneForm> getMilestones() {
        return milestones;
    }

    public void setMilestones(List<MilestoneForm> milestones) {
        this.milestones = milestones == null ? new ArrayList<>() : new ArrayList<>(milestones);
    }
}
