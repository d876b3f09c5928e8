package org.cxplanner.base.ui;

import com.vaadin.flow.component.html.Span;

/**
 * A polite status line for screen readers, not shown: what a colleague just changed under the user's hands (the RACI
 * cell they are on, a sign-off withdrawn from the message they are reading) is read out without moving the focus.
 */
public final class LiveRegion extends Span {

    private boolean alternate;

    public LiveRegion() {
        getElement().setAttribute("role", "status");
        addClassName("live-region");
    }

    public void announce(String text) {
        // The same words twice in a row are still a new announcement: a non-breaking space makes the text differ.
        alternate = !alternate;
        setText(alternate ? text : text + "\u00a0");
    }
}
