package org.cxplanner.messaging.ui;

import org.cxplanner.security.Team;

import org.cxplanner.base.ui.TextLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.messaging.ChecklistTemplate;
import org.cxplanner.messaging.ChecklistTemplateService;
import org.cxplanner.messaging.MessageChannel;
import org.cxplanner.security.Team;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Creates or edits a checklist template: name, channels, and ordered items with their side and whether required. */
class TemplateDialog extends Dialog {

    final TextField name = new TextField("Name");
    final MultiSelectComboBox<MessageChannel> channels = new MultiSelectComboBox<>("Channels it fits");
    final VerticalLayout rows = new VerticalLayout();
    final List<ItemRow> items = new ArrayList<>();
    final Span problem = new Span();
    final Button save = new Button("Save");

    TemplateDialog(ChecklistTemplateService templates, ChecklistTemplate existing, Runnable onSaved) {
        setHeaderTitle(existing == null ? "New checklist template" : "Edit checklist template");
        setWidth("min(60rem, 100vw)");
        channels.setItems(MessageChannel.values());
        channels.setItemLabelGenerator(MessageChannel::label);
        name.setWidthFull();
        channels.setWidthFull();
        rows.setPadding(false);
        problem.addClassName("warning");
        if (existing != null) {
            name.setValue(existing.getName());
            channels.setValue(Arrays.stream(existing.getChannels().split(",")).filter(s -> !s.isBlank())
                    .map(MessageChannel::valueOf).collect(Collectors.toSet()));
            existing.getItems().forEach(this::addRow);
        } else {
            addRow(new ChecklistTemplate.TemplateItem("", null, true, Team.JOINT, false));
        }
        Button add = new Button("Add item", VaadinIcon.PLUS.create(),
                click -> addRow(new ChecklistTemplate.TemplateItem("", null, true, Team.JOINT, false)));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(name, channels, problem, rows, add);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                templates.save(existing == null ? null : existing.getId(), existing == null ? 0 : existing.getVersion(),
                        name.getValue(), channels.getValue(), items.stream().map(ItemRow::item).toList());
                Notifications.success("Saved template '" + name.getValue().strip() + "'.");
                close();
                onSaved.run();
            } catch (FieldProblem e) {
                if (e.field().equals("name")) {
                    name.setErrorMessage(e.getMessage());
                    name.setInvalid(true);
                } else {
                    problem.setText(e.getMessage());
                }
            } catch (EditConflict e) {
                Notifications.error(e.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void addRow(ChecklistTemplate.TemplateItem item) {
        ItemRow row = new ItemRow(item);
        row.remove.addClickListener(click -> {
            items.remove(row);
            rows.remove(row);
        });
        row.up.addClickListener(click -> move(row, -1));
        items.add(row);
        rows.add(row);
    }

    private void move(ItemRow row, int direction) {
        int index = items.indexOf(row);
        int other = index + direction;
        if (other < 0 || other >= items.size()) {
            return;
        }
        items.remove(index);
        items.add(other, row);
        rows.removeAll();
        items.forEach(rows::add);
    }

    /** One item: text, side, required; moved up or removed. */
    static class ItemRow extends HorizontalLayout {

        final TextField text = new TextField();
        final TextField guidance = new TextField();
        final ComboBox<Team> side = new ComboBox<>();
        final Checkbox required = new Checkbox("Required");
        final Button up = new Button(VaadinIcon.ARROW_UP.create());
        final Button remove = new Button(VaadinIcon.TRASH.create());
        private final boolean checksClash;

        ItemRow(ChecklistTemplate.TemplateItem item) {
            checksClash = item.checksClash();
            text.setValue(item.text() == null ? "" : item.text());
            text.setPlaceholder("What must be true before sending");
            text.setAriaLabel("Item");
            TextLimit.apply(text, 300);
            guidance.setValue(item.guidance() == null ? "" : item.guidance());
            guidance.setPlaceholder("Guidance (optional)");
            guidance.setAriaLabel("Guidance");
            TextLimit.apply(guidance, 1000);
            side.setItems(Team.MARKETING, Team.CX, Team.JOINT);
            side.setItemLabelGenerator(Team::label);
            side.setValue(item.side());
            side.setAriaLabel("Side");
            side.setWidth("11rem");
            required.setValue(item.required());
            up.setAriaLabel("Move up");
            remove.setAriaLabel("Remove item");
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            setWidthFull();
            setAlignItems(Alignment.BASELINE);
            setFlexGrow(1, text);
            setFlexGrow(1, guidance);
            add(text, guidance, side, required, up, remove);
        }

        ChecklistTemplate.TemplateItem item() {
            return new ChecklistTemplate.TemplateItem(text.getValue(), guidance.getValue(), required.getValue(), side.getValue(), checksClash);
        }
    }
}
