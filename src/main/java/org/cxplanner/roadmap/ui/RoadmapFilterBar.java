package org.cxplanner.roadmap.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.cxplanner.catalog.CatalogEntry;
import org.cxplanner.catalog.JourneyStage;
import org.cxplanner.catalog.Touchpoint;
import org.cxplanner.roadmap.InitiativeStatus;
import org.cxplanner.roadmap.RoadmapFilter;
import org.cxplanner.users.Person;

import java.util.Objects;
import java.util.function.Consumer;

/** The roadmap's filters, shared by the timeline and the list: status, stage, touchpoint, owner, text. */
class RoadmapFilterBar extends HorizontalLayout {

    final MultiSelectComboBox<InitiativeStatus> statuses = new MultiSelectComboBox<>("Status");
    final ComboBox<JourneyStage> stage = new ComboBox<>("Stage");
    final ComboBox<Touchpoint> touchpoint = new ComboBox<>("Touchpoint");
    final ComboBox<Person> owner = new ComboBox<>("Owner");
    final TextField search = new TextField("Search");
    private RoadmapFilter filter = RoadmapFilter.ALL;
    private boolean updating;

    RoadmapFilterBar(RoadmapChoices choices, Consumer<RoadmapFilter> onChange) {
        statuses.setItems(InitiativeStatus.values());
        statuses.setItemLabelGenerator(InitiativeStatus::label);
        statuses.setPlaceholder("All but dropped");
        statuses.setWidth("14rem");
        stage.setItems(choices.stages().stream().filter(s -> !s.isArchived()).toList());
        stage.setItemLabelGenerator(CatalogEntry::getName);
        stage.setPlaceholder("Any stage");
        touchpoint.setItems(choices.touchpoints().stream().filter(t -> !t.isArchived()).toList());
        touchpoint.setItemLabelGenerator(CatalogEntry::getName);
        touchpoint.setPlaceholder("Any touchpoint");
        owner.setItems(choices.people());
        owner.setItemLabelGenerator(Person::displayName);
        owner.setPlaceholder("Anyone");
        search.setPlaceholder("Title or description");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[]{stage, touchpoint, owner, search}) {
            ((com.vaadin.flow.component.shared.HasClearButton) field).setClearButtonVisible(true);
        }
        stage.setWidth("11rem");
        touchpoint.setWidth("13rem");
        owner.setWidth("12rem");
        search.setWidth("13rem");
        statuses.addValueChangeListener(e -> changed(filter.withStatuses(e.getValue()), onChange));
        stage.addValueChangeListener(e -> changed(filter.withStage(e.getValue() == null ? null : e.getValue().getId()), onChange));
        touchpoint.addValueChangeListener(e -> changed(filter.withTouchpoint(e.getValue() == null ? null : e.getValue().getId()), onChange));
        owner.addValueChangeListener(e -> changed(filter.withOwner(e.getValue() == null ? null : e.getValue().id()), onChange));
        search.addValueChangeListener(e -> changed(filter.withText(e.getValue()), onChange));
        setWrap(true);
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        addClassName("roadmap-filters");
        add(statuses, stage, touchpoint, owner, search);
    }

    RoadmapFilter filter() {
        return filter;
    }

    /** Shows a filter that came from the URL, without reporting it back as a change. */
    void show(RoadmapFilter shown) {
        updating = true;
        try {
            statuses.setValue(shown.statuses());
            stage.setValue(stage.getListDataView().getItems().filter(s -> Objects.equals(s.getId(), shown.stageId())).findFirst().orElse(null));
            touchpoint.setValue(touchpoint.getListDataView().getItems().filter(t -> Objects.equals(t.getId(), shown.touchpointId()))
                    .findFirst().orElse(null));
            owner.setValue(owner.getListDataView().getItems().filter(p -> Objects.equals(p.id(), shown.ownerId())).findFirst().orElse(null));
            search.setValue(shown.text() == null ? "" : shown.text());
        } finally {
            updating = false;
        }
        filter = shown;
    }

    private void changed(RoadmapFilter newFilter, Consumer<RoadmapFilter> onChange) {
        if (updating) {
            return;
        }
        filter = newFilter;
        onChange.accept(newFilter);
    }
}
