package org.cxplanner.indicators;

import org.cxplanner.security.Team;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;

/**
 * A KPI or CPI with its target. Measurements are rows of their own ({@link MeasurementRecords}), not children:
 * saving a definition must not rewrite a year of numbers.
 */
@Table("indicator")
public class Indicator {

    @Id
    private Long id;
    @Version
    private Integer version;
    private String name;
    private IndicatorKind kind;
    private Team team;
    private Long ownerId;
    private String unit;
    private Direction direction;
    private BigDecimal target;
    private BigDecimal targetLow;
    private BigDecimal targetHigh;
    private Cadence cadence;
    private String description;
    private Long guardedBy;

    protected Indicator() {
    }

    Indicator(IndicatorForm form) {
        apply(form);
    }

    void apply(IndicatorForm form) {
        name = form.getName().strip();
        kind = form.getKind();
        team = form.getTeam();
        ownerId = form.getOwnerId();
        unit = form.getUnit().strip();
        direction = form.getDirection();
        target = direction == Direction.RANGE ? null : form.getTarget();
        targetLow = direction == Direction.RANGE ? form.getTargetLow() : null;
        targetHigh = direction == Direction.RANGE ? form.getTargetHigh() : null;
        cadence = form.getCadence();
        description = form.getDescription() == null || form.getDescription().isBlank() ? null : form.getDescription().strip();
        guardedBy = kind == IndicatorKind.KPI ? form.getGuardedBy() : null;
    }

    public boolean onTrack(BigDecimal value) {
        return direction.onTrack(value, target, targetLow, targetHigh);
    }

    /** "≥ 40 points", "≤ 2 %", "7 – 9 score". */
    public String targetText() {
        return switch (direction) {
            case HIGHER -> "≥ " + plain(target) + " " + unit;
            case LOWER -> "≤ " + plain(target) + " " + unit;
            case RANGE -> plain(targetLow) + " – " + plain(targetHigh) + " " + unit;
        };
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version == null ? 0 : version;
    }

    public String getName() {
        return name;
    }

    public IndicatorKind getKind() {
        return kind;
    }

    public Team getTeam() {
        return team;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getUnit() {
        return unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getTargetLow() {
        return targetLow;
    }

    public BigDecimal getTargetHigh() {
        return targetHigh;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public String getDescription() {
        return description;
    }

    public Long getGuardedBy() {
        return guardedBy;
    }
}
