package org.cxplanner.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which team owns a plan item (an initiative, a message, a checklist item, an indicator). It lives with the roles
 * because the question every feature asks of it is who may act for it ({@link TeamAccess}). The database lists the
 * same names in check constraints.
 */
public enum Team {
    MARKETING("Marketing"),
    JOINT("Joint"),
    CX("Customer experience");

    private final String label;

    Team(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The two teams with a lead: the sides that sign a message. */
    public static final Set<Team> SIDES = Set.copyOf(EnumSet.of(MARKETING, CX));

    /** The sides an item of this team concerns: itself, or both for a joint one. */
    public Set<Team> sides() {
        return this == JOINT ? SIDES : Set.of(this);
    }
}
