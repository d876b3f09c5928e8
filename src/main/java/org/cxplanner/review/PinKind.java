package org.cxplanner.review;

import org.cxplanner.base.ReadableDates;
import org.cxplanner.roadmap.InitiativeStatus;

import java.time.LocalDate;

/** Which value of its item a decision pins; the item kind must be the decision's link. */
public enum PinKind {
    INITIATIVE_END(LinkKind.INITIATIVE, "End date"),
    INITIATIVE_STATUS(LinkKind.INITIATIVE, "Status"),
    MESSAGE_SEND_DATE(LinkKind.MESSAGE, "Send date"),
    TOUCHPOINT_ACCOUNTABLE(LinkKind.TOUCHPOINT, "Accountable"),
    INDICATOR_TARGET(LinkKind.INDICATOR, "Target");

    private final LinkKind item;
    private final String label;

    PinKind(LinkKind item, String label) {
        this.item = item;
        this.label = label;
    }

    public LinkKind item() {
        return item;
    }

    public String label() {
        return label;
    }

    /**
     * The value as people read it: "15 Jan 2027", "At risk", "45"; for the accountable functions their names, which
     * the database gives ({@code names}), "nobody" when no function is.
     */
    public String show(String value, String names) {
        if (value == null) {
            return "deleted";
        }
        return switch (this) {
            case INITIATIVE_END, MESSAGE_SEND_DATE -> ReadableDates.of(LocalDate.parse(value));
            case INITIATIVE_STATUS -> InitiativeStatus.valueOf(value).label();
            case TOUCHPOINT_ACCOUNTABLE -> names == null || names.isBlank() ? "nobody" : names;
            case INDICATOR_TARGET -> value;
        };
    }
}
