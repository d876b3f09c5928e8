package org.cxplanner.messaging;

/** Who owns a checklist item: marketing, customer experience, or both. */
public enum Side {
    MARKETING("Marketing"),
    CX("Customer experience"),
    JOINT("Joint");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The sign-offs an untick of an item of this side withdraws. */
    public java.util.Set<Side> signOffSides() {
        return this == JOINT ? java.util.EnumSet.of(MARKETING, CX) : java.util.EnumSet.of(this);
    }
}
