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
    final Button save = new Button("Add decision");
    private final BeanValidationBinder<DecisionForm> binder = new BeanValidationBinder<>(DecisionForm.class);

    DecisionDialog(ReviewQueries reviews, ReviewMeeting meeting, ReviewWeek week, PlanLink about, Runnable onSaved) {
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
        add(text, link);
        setWidth("min(36rem, 95vw)");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (binder.validate().isOk()) {
                try {
                    meeting.addDecision(week, binder.getBean());
                    Notifications.success("Decision recorded.");
                    close();
                    onSaved.run();
                } catch (FieldProblem problem) {
                    if (!FieldErrors.show(problem, Map.of("text", text, "link", link))) {
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
