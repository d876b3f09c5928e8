package org.cxplanner.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.base.ui.TextLimit;
import org.cxplanner.review.DecisionPin;
import org.cxplanner.review.DecisionPins;
import org.springframework.security.access.AccessDeniedException;

/** A lead lets the plan differ from a decision: the reason is required and kept with the decision. */
class ReleasePinDialog extends Dialog {

    final TextArea reason = new TextArea("Why does the decision no longer bind?");
    final Button release = new Button("Release the pin");

    ReleasePinDialog(DecisionPins pins, DecisionPin pin, Runnable onReleased) {
        setHeaderTitle("Release: " + pin.pinned());
        reason.setWidthFull();
        TextLimit.apply(reason, 500);
        reason.setRequiredIndicatorVisible(true);
        add(new Paragraph("'" + pin.decision() + "' (" + pin.week() + ") stays in the log; its item and the agenda stop "
                + "flagging changes to it. " + (pin.holds() ? "The plan still has " + pin.pinnedLabel() + "."
                : "The plan now has " + pin.currentLabel() + ".")), reason);
        setWidth("min(32rem, 95vw)");
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        release.addClickListener(click -> {
            try {
                pins.release(pin.id(), reason.getValue());
                Notifications.success("Released. The decision log keeps the reason.");
                close();
                onReleased.run();
            } catch (FieldProblem problem) {
                reason.setErrorMessage(problem.getMessage());
                reason.setInvalid(true);
            } catch (EditConflict | AccessDeniedException e) {
                Notifications.error(e.getMessage());
                close();
                onReleased.run();
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), release);
    }
}
