package org.cxplanner.base;

/**
 * One tile of the home page. {@code attention} tiles go under "This week" (what the weekly review will ask about);
 * {@code text}, when set, is shown instead of the number (a status such as "Open").
 */
public record PlanCount(int order, String label, long value, String route, boolean attention, String text) {

    public PlanCount(int order, String label, long value, String route) {
        this(order, label, value, route, false, null);
    }

    public static PlanCount attention(int order, String label, long value, String route) {
        return new PlanCount(order, label, value, route, true, null);
    }

    public String shown() {
        return text != null ? text : String.valueOf(value);
    }
}
