package org.cxplanner.indicators;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cxplanner.security.Team;

import java.math.BigDecimal;

/** An indicator's definition as its editor holds it. */
public class IndicatorForm {

    @NotBlank(message = "Enter a name.")
    @Size(max = 120, message = "At most 120 characters.")
    private String name;
    @NotNull(message = "Choose KPI or CPI.")
    private IndicatorKind kind;
    @NotNull(message = "Choose the owning team.")
    private Team team;
    @NotNull(message = "Choose an owner.")
    private Long ownerId;
    @NotBlank(message = "Enter a unit (%, points, count, …).")
    @Size(max = 20, message = "At most 20 characters.")
    private String unit;
    @NotNull(message = "Choose a direction.")
    private Direction direction;
    @jakarta.validation.constraints.Digits(integer = 11, fraction = 3, message = "At most 11 digits before the decimal point and 3 after.")
    private BigDecimal target;
    @jakarta.validation.constraints.Digits(integer = 11, fraction = 3, message = "At most 11 digits before the decimal point and 3 after.")
    private BigDecimal targetLow;
    @jakarta.validation.constraints.Digits(integer = 11, fraction = 3, message = "At most 11 digits before the decimal point and 3 after.")
    private BigDecimal targetHigh;
    @NotNull(message = "Choose a cadence.")
    private Cadence cadence = Cadence.WEEKLY;
    @Size(max = 2000, message = "At most 2000 characters.")
    private String description;
    private Long guardedBy;

    @AssertTrue(message = "Give a target, or for a range a low and a high bound (low not above high).")
    public boolean isTargetComplete() {
        if (direction == null) {
            return true;
        }
        return direction == Direction.RANGE
                ? targetLow != null && targetHigh != null && targetLow.compareTo(targetHigh) <= 0
                : target != null;
    }

    /** The form as the editor opens it for an existing indicator. */
    public static IndicatorForm of(Indicator indicator) {
        IndicatorForm form = new IndicatorForm();
        form.setName(indicator.getName());
        form.setKind(indicator.getKind());
        form.setTeam(indicator.getTeam());
        form.setOwnerId(indicator.getOwnerId());
        form.setUnit(indicator.getUnit());
        form.setDirection(indicator.getDirection());
        form.setTarget(indicator.getTarget());
        form.setTargetLow(indicator.getTargetLow());
        form.setTargetHigh(indicator.getTargetHigh());
        form.setCadence(indicator.getCadence());
        form.setDescription(indicator.getDescription());
        form.setGuardedBy(indicator.getGuardedBy());
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public IndicatorKind getKind() {
        return kind;
    }

    public void setKind(IndicatorKind kind) {
        this.kind = kind;
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

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public BigDecimal getTargetLow() {
        return targetLow;
    }

    public void setTargetLow(BigDecimal targetLow) {
        this.targetLow = targetLow;
    }

    public BigDecimal getTargetHigh() {
        return targetHigh;
    }

    public void setTargetHigh(BigDecimal targetHigh) {
        this.targetHigh = targetHigh;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getGuardedBy() {
        return guardedBy;
    }

    public void setGuardedBy(Long guardedBy) {
        this.guardedBy = guardedBy;
    }
}
