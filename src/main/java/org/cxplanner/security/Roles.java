package org.cxplanner.security;

import java.util.List;

/** The six roles of the product brief. Names are stored without Spring's ROLE_ prefix. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String CMO = "CMO";
    public static final String CCO = "CCO";
    public static final String MARKETING = "MARKETING";
    public static final String CX = "CX";
    public static final String VIEWER = "VIEWER";

    /** In the order the brief lists them, for forms and badges. */
    public static final List<String> ALL = List.of(VIEWER, MARKETING, CX, CMO, CCO, ADMIN);

    /** Anyone signed in: every role reads the whole plan. */
    public static final String SIGNED_IN = "isAuthenticated()";

    /** The planner's own scheduled work (reminders, digests): no person holds it, nobody signs in with it. */
    public static final String PLANNER = "PLANNER";
    public static final String SCHEDULED_WORK = "hasRole('PLANNER')";

    /** User administration. */
    public static final String ADMINISTRATOR = "hasRole('ADMIN')";

    /** Who speaks for a team ({@link TeamAccess#speaksFor()}): records numbers, ticks checklist items. */
    public static final String TEAM_MEMBERS = "hasAnyRole('MARKETING', 'CX', 'CMO', 'CCO')";

    /** The two leads: they sign messages, set the clash window, close and reopen the weekly review. */
    public static final String LEADS = "hasAnyRole('CMO', 'CCO')";

    /** Who may create, rename, reorder, archive and delete stages, touchpoints and functions. */
    public static final String MANAGE_CATALOG = "hasAnyRole('CMO', 'CCO', 'ADMIN')";
    public static final List<String> CATALOG_MANAGERS = List.of(CMO, CCO, ADMIN);

    /** Who may set RACI cells (everyone but VIEWER). */
    public static final String EDIT_RACI = "hasAnyRole('MARKETING', 'CX', 'CMO', 'CCO', 'ADMIN')";
    public static final List<String> RACI_EDITORS = List.of(MARKETING, CX, CMO, CCO, ADMIN);

    /** Who may change plan items at all (everyone but VIEWER); services then check the item's owning team. */
    public static final String EDIT_PLAN = "hasAnyRole('MARKETING', 'CX', 'CMO', 'CCO', 'ADMIN')";
    public static final List<String> PLAN_EDITORS = List.of(MARKETING, CX, CMO, CCO, ADMIN);

    /** Who takes part in the weekly review: notes, decisions, action items (not VIEWER, not ADMIN). */
    public static final String REVIEW_PARTICIPANTS = TEAM_MEMBERS;
    public static final List<String> REVIEW_ROLES = List.of(MARKETING, CX, CMO, CCO);

    /** Who closes and reopens a weekly review: the two leads. */
    public static final String REVIEW_LEADS = LEADS;
    public static final List<String> REVIEW_LEAD_ROLES = List.of(CMO, CCO);

    private Roles() {
    }

    public static String label(String role) {
        return switch (role) {
            case ADMIN -> "Administrator";
            case CMO -> "CMO (marketing lead)";
            case CCO -> "CCO (customer lead)";
            case MARKETING -> "Marketing";
            case CX -> "Customer experience";
            case VIEWER -> "Viewer";
            default -> role;
        };
    }
}
