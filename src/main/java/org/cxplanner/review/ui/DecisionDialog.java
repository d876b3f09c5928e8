package org.cxplanner.review.ui;

import org.cxplanner.review.ReviewMeeting;

import org.cxplanner.base.ui.TextLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.FieldErrors;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.review.DecisionForm;
import org.cxplanner.review.DecisionPins;
import org.cxplanner.review.PlanLink;
import org.cxplanner.review.ReviewClosed;
import org.cxplanner.review.ReviewQueries;
import org.cxplanner.review.ReviewWeek;
import org.springframework.security.access.AccessDeniedException;

import java.util.Map;

/** Writes down a decision of the meeting, optionally about one plan item. */
class DecisionDialog extends Dialog {

    final TextArea text = new TextArea("Decision");
    final PlanLinkField link;
    /** Which value of the item the decision pins; offered once an item is chosen. */
    final com.vaadin.flow.component.select.Select<DecisionPins.PinOption> pin = new com.vaadin.flow.component.select.Select<>();
    final Button save = new Button("Add decision");
    private final BeanValidationBinder<DecisionForm> binder = new BeanValidationBinder<>(DecisionForm.class);

    DecisionDialog(ReviewQueries reviews, ReviewMeeting meeting, DecisionPins pins, ReviewWeek week, PlanLink about,
                   Runnable onSaved) {
        setHeaderTitle("Decision · " + week);
        link = new PlanLinkField(reviews.linkables());
        text.setWidthFull();
        TextLimit.apply(text, 1000);
        text.setMinHeight("6em");
        binder.forField(text).bind("text");
        binder.forField(link).bind("link");
        DecisionForm form = new DecisionForm();
        form.setLink(about);
        binder.setBean(form);
        pin.setLabel("Pin a value of it (optional)");
        pin.setHelperText("A pinned value may still change, but the item and the next review then say it went against this decision.");
        pin.setEmptySelectionAllowed(true);
        pin.setEmptySelectionCaption("Nothing pinned");
        pin.setItemLabelGenerator(option -> option == null ? "Nothing pinned" : option.label());
        pin.setWidthFull();
        link.addValueChangeListener(change -> showPins(pins, change.getValue()));
        showPins(pins, about);
        add(text, link, pin);
        setWidth("min(36rem, 95vw)");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (binder.validate().isOk()) {
                try {
                    binder.getBean().setPin(pin.getValue() == null ? null : pin.getValue().kind());
                    meeting.addDecision(week, binder.getBean());
                    Notifications.success("Decision recorded.");
                    close();
                    onSaved.run();
                } catch (FieldProblem problem) {
                    if (!FieldErrors.show(problem, Map.of("text", text, "link", link, "pin", pin))) {
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

    private void showPins(DecisionPins pins, PlanLink about) {
        java.util.List<DecisionPins.PinOption> options = pins.options(about);
        pin.setItems(options);
        pin.setVisible(!options.isEmpty());
    }
}
