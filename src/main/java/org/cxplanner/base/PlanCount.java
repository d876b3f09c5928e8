package org.cxplanner.base;

/** One line of the home page's "what the planner holds today". */
public record PlanCount(int order, String label, long value, String route) {
}
