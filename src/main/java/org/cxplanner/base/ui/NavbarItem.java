package org.cxplanner.base.ui;

import com.vaadin.flow.component.Component;

/** Something a feature shows in every screen's top bar (e.g. the notification bell), made anew for each open tab. */
public interface NavbarItem {

    Component create();
}
