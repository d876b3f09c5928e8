package org.cxplanner.review.ui;

import org.cxplanner.review.ReviewMeeting;

import org.cxplanner.base.ui.TextLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.FieldErrors;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.review.ActionForm;
import org.cxplanner.review.PlanLink;
import org.cxplanner.review.ReviewClosed;
import org.cxplanner.review.ReviewQueries;
import org.cxplanner.review.ReviewWeek;
import org.cxplanner.users.Person;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Agrees an action item: what, who, by when, optionally about one plan item. */
class ActionDialog extends Dialog {

    final TextArea text = new TextArea("Action");
    final ComboBox<Person> owner = new ComboBox<>("Owner");
    final DatePicker due = org.cxplanner.base.ui.DateInput.explained(new DatePicker("Due"));
    final PlanLinkField link;
    final Button save = new Button("Add action item");
    private final BeanValidationBinder<ActionForm> binder = new BeanValidationBinder<>(ActionForm.class);

    ActionDialog(ReviewQueries reviews, ReviewMeeting meeting, ReviewWeek week, List<Person> people, PlanLink about, Runnable onSaved) {
        setHeaderTitle("Action item · " + week);
        link = new PlanLinkField(reviews.linkables());
        text.setWidthFull();
        TextLimit.apply(text, 1000);
        owner.setItems(people.stream().filter(Person::enabled).toList());
        owner.setItemLabelGenerator(Person::displayName);
        owner.setWidthFull();
        due.setMin(LocalDate.now());
        due.setWidthFull();
        binder.forField(text).bind("text");
        binder.forField(owner).asRequired("Choose who owns it.")
                .withConverter(person -> person == null ? null : person.id(),
                        id -> id == null ? null : people.stream().filter(p -> p.id() == id).findFirst().orElse(null))
                .bind("ownerId");
        binder.forField(due).asRequired("Choose a due date.").bind("dueDate");
        binder.forField(link).bind("link");
        ActionForm form = new ActionForm();
        form.setDueDate(week.sunday().isBefore(LocalDate.now()) ? LocalDate.now().plusWeeks(1) : week.monday().plusWeeks(1).plusDays(3));
        form.setLink(about);
        binder.setBean(form);
        add(text, owner, due, link);
        setWidth("min(36rem, 95vw)");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (binder.validate().isOk()) {
                try {
                    meeting.addAction(week, binder.getBean());
                    Notifications.success("Action item added.");
                    close();
                    onSaved.run();
                } catch (FieldProblem problem) {
                    if (!FieldErrors.show(problem, Map.of("text", text, "ownerId", owner, "dueDate", due, "link", link))) {
                        Notifications.error(problem.getMessage());
                    }
                } catch (ReviewClosed | EditConflict | AccessDeniedException e) {
                    Notifications.error(e.getMessage());
                }
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
        text.focus();
    }
}
