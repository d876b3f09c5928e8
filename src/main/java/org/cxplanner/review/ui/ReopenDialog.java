package org.cxplanner.review.ui;

import org.cxplanner.review.ReviewLifecycle;

import org.cxplanner.base.ui.TextLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.review.ReviewWeek;
import org.springframework.security.access.AccessDeniedException;

/** Reopens a closed review; the reason is required and recorded with the review and in the change history. */
class ReopenDialog extends Dialog {

    final TextArea reason = new TextArea("Why reopen it?");
    final Button reopen = new Button("Reopen review");

    ReopenDialog(ReviewLifecycle lifecycle, ReviewWeek week, int version, Runnable onReopened) {
        setHeaderTitle("Reopen the review of " + week);
        reason.setWidthFull();
        TextLimit.apply(reason, 1000);
        reason.setRequiredIndicatorVisible(true);
        add(new Paragraph("The agenda becomes live again until a lead closes the review once more. Everyone sees the reason."), reason);
        setWidth("min(32rem, 95vw)");
        reopen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reopen.addClickListener(click -> {
            try {
                lifecycle.reopen(week, version, reason.getValue());
                Notifications.success("Review reopened.");
                close();
                onReopened.run();
            } catch (FieldProblem problem) {
                reason.setErrorMessage(problem.getMessage());
                reason.setInvalid(true);
            } catch (EditConflict | AccessDeniedException e) {
                Notifications.error(e.getMessage());
                close();
                onReopened.run();
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), reopen);
    }
}
