package org.cxplanner.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** What the error screens share: a heading, one sentence of what happened and what to do, and the way home. */
abstract class ErrorPage extends Div {

    ErrorPage(String className) {
        addClassNames("error-view", className);
    }

    void show(String heading, String explanation) {
        removeAll();
        add(new H2(heading), new Paragraph(explanation), new Anchor("", "Go to the home page"));
    }
}
