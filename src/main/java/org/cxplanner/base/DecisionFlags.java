package org.cxplanner.base;

import java.util.List;

/**
 * Implemented by the review so an item's own screen can say that a change went against a decision, without the
 * roadmap, messaging, RACI or indicators depending on the review (which depends on them).
 */
public interface DecisionFlags {

    /** Item kinds as the review links them. */
    String INITIATIVE = "INITIATIVE";
    String MESSAGE = "MESSAGE";
    String TOUCHPOINT = "TOUCHPOINT";
    String INDICATOR = "INDICATOR";

    /** "Changes what was decided in 2026-W48: …", one line per pin of the item that no longer holds; empty if none. */
    List<String> against(String itemKind, long itemId);

    /** The same for every item of a kind, each line naming its item first: "Order confirmation: Changes what …". */
    List<String> against(String itemKind);
}
