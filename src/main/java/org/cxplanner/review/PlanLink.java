package org.cxplanner.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A plan item a decision or action points at, with the label it had when linked. */
public record PlanLink(LinkKind kind, long id, String label) {

    public PlanLink {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(label);
    }

    /** Where the item lives in the planner (a touchpoint opens as its row of the matrix). */
    public String route() {
        return switch (kind) {
            case INITIATIVE -> "roadmap/" + id;
            case INDICATOR -> "indicators/" + id;
            case MESSAGE -> "messages/" + id;
            case TOUCHPOINT -> "raci?q=" + URLEncoder.encode(label, StandardCharsets.UTF_8).replace("+", "%20");
        };
    }

    /** "Initiative: Self-serve onboarding". */
    public String describe() {
        return kind.label() + ": " + label;
    }

    public static PlanLink of(String kind, Long id, String label) {
        return kind == null || id == null ? null : new PlanLink(LinkKind.valueOf(kind), id, label);
    }
}
