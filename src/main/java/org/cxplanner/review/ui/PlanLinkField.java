package org.cxplanner.review.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.cxplanner.review.PlanLink;

import java.util.List;

/** "About" — an optional plan item to link, searchable by kind and name. */
class PlanLinkField extends ComboBox<PlanLink> {

    PlanLinkField(List<PlanLink> links) {
        super("About (optional)");
        setItems((link, filter) -> link.describe().toLowerCase().contains(filter.toLowerCase()), links);
        setItemLabelGenerator(PlanLink::describe);
        setClearButtonVisible(true);
        setPlaceholder("An initiative, touchpoint, indicator or message");
        setWidthFull();
    }
}
