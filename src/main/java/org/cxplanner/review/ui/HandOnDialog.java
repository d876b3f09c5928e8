package org.cxplanner.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.FieldErrors;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.base.ui.TextLimit;
import org.cxplanner.review.ActionForm;
import org.cxplanner.review.ActionHandover;
import org.cxplanner.review.ActionRow;
import org.cxplanner.users.Person;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;

/** Hands an open action on (new owner, due date or wording) or drops it with a reason. */
class HandOnDialog extends Dialog {

    final TextArea text = new TextArea("Action");
    final ComboBox<Person> owner = new ComboBox<>("Owner");
    final DatePicker due = org.cxplanner.base.ui.DateInput.explained(new DatePicker("Due"));
    final Button save = new Button("Save changes");
    final TextField reason = new TextField("Why drop it?");
    final Button drop = new Button("Drop it");
    private final BeanValidationBinder<ActionForm> binder = new BeanValidationBinder<>(ActionForm.class);

    HandOnDialog(ActionHandover handover, ActionRow action, List<Person> people, Runnable onSaved) {
        setHeaderTitle("Change or drop an action item");
        setWidth("min(36rem, 95vw)");
        text.setWidthFull();
        TextLimit.apply(text, 1000);
        owner.setItems(people.stream().filter(p -> p.enabled() || p.id() == action.ownerId()).toList());
        owner.setItemLabelGenerator(Person::displayName);
        owner.setWidthFull();
        due.setWidthFull();
        if (action.redated() > 0) {
            due.setHelperText("Already " + action.redatedText() + "; the next review shows how often.");
        }
        binder.forField(text).bind("text");
        binder.forField(owner).asRequired("Choose who owns it.")
                .withConverter(person -> person == null ? null : person.id(),
                        id -> id == null ? null : people.stream().filter(p -> p.id() == id).findFirst().orElse(null))
                .bind("ownerId");
        binder.forField(due).asRequired("Choose a due date.").bind("dueDate");
        binder.setBean(ActionForm.of(action.text(), action.ownerId(), action.dueDate(), action.link()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (binder.validate().isOk()) {
                act(() -> handover.handOn(action.id(), action.version(), binder.getBean()), "Action item changed.", onSaved);
            }
        });
        reason.setWidthFull();
        TextLimit.apply(reason, 500);
        drop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        drop.addClickListener(click -> act(() -> handover.drop(action.id(), action.version(), reason.getValue()),
                "Action item dropped.", onSaved));
        add(text, owner, due, new H4("Drop it instead"), reason);
        getFooter().add(new Button("Cancel", e -> close()), drop, save);
    }

    private void act(Runnable change, String done, Runnable onSaved) {
        try {
            change.run();
            Notifications.success(done);
            close();
            onSaved.run();
        } catch (FieldProblem problem) {
            if (!FieldErrors.show(problem, Map.of("text", text, "ownerId", owner, "dueDate", due, "reason", reason))) {
                Notifications.error(problem.getMessage());
            }
        } catch (EditConflict | AccessDeniedException e) {
            Notifications.error(e.getMessage());
        }
    }
}
