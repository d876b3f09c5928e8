package org.cxplanner.catalog.ui;

import org.cxplanner.base.ui.TextLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.FieldErrors;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.catalog.Channel;
import org.cxplanner.catalog.JourneyStage;
import org.cxplanner.catalog.Touchpoint;
import org.cxplanner.catalog.TouchpointForm;

import java.util.Map;
import java.util.Objects;

/** Creates or edits a touchpoint: name, journey stage, channel, description. */
class TouchpointDialog extends Dialog {

    final TextField name = new TextField("Name");
    final ComboBox<JourneyStage> stage = new ComboBox<>("Journey stage");
    final ComboBox<Channel> channel = new ComboBox<>("Channel");
    final TextArea description = new TextArea("Description");
    final Button save = new Button("Save");
    private final BeanValidationBinder<TouchpointForm> binder = new BeanValidationBinder<>(TouchpointForm.class);

    TouchpointDialog(CatalogService catalog, Touchpoint existing, Runnable onSaved) {
        setHeaderTitle(existing == null ? "New touchpoint" : "Edit touchpoint");
        var stages = catalog.stages().stream()
                .filter(s -> !s.isArchived() || (existing != null && s.getId() == existing.getStageId())).toList();
        stage.setItems(stages);
        stage.setItemLabelGenerator(JourneyStage::getName);
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(Channel::label);
        TextLimit.apply(name, 120);
        TextLimit.apply(description, 1000);

        binder.forField(name).bind("name");
        binder.forField(stage).withConverter(s -> s == null ? null : s.getId(),
                id -> stages.stream().filter(s -> Objects.equals(s.getId(), id)).findFirst().orElse(null))
                .bind("stageId");
        binder.forField(channel).bind("channel");
        binder.forField(description).bind("description");
        TouchpointForm form = existing == null ? new TouchpointForm() : TouchpointForm.of(existing);
        binder.setBean(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                if (existing == null) {
                    catalog.createTouchpoint(form);
                } else {
                    catalog.updateTouchpoint(existing.getId(), existing.getVersion(), form);
                }
                Notifications.success("Saved touchpoint '" + form.getName().strip() + "'.");
                close();
                onSaved.run();
            } catch (FieldProblem problem) {
                if (!FieldErrors.show(problem, Map.of("name", name, "stageId", stage))) {
                    Notifications.error(problem.getMessage());
                }
            } catch (EditConflict conflict) {
                Notifications.error(conflict.getMessage());
                close();
                onSaved.run();
            }
        });
        FormLayout layout = new FormLayout(name, stage, channel, description);
        layout.setColspan(description, 2);
        add(layout);
        getFooter().add(new Button("Cancel", click -> close()), save);
        setWidth("min(40rem, 95vw)");
    }
}
