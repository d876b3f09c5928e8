package org.cxplanner.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.FieldErrors;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.base.ui.TextLimit;
import org.cxplanner.review.ReviewRatings;
import org.cxplanner.review.ReviewWeek;
import org.springframework.security.access.AccessDeniedException;

import java.util.Map;

/** For an attendee of a closed review who has not rated it yet: 1 to 10, and a few words when below 8. */
class RatingBox extends Div {

    final IntegerField score = new IntegerField("Your rating of this meeting (1–10)");
    final TextField note = new TextField("What would have made it better?");
    final Button rate = new Button("Rate the meeting");

    RatingBox(ReviewRatings ratings, ReviewWeek week, Runnable rated) {
        addClassName("review-rating-box");
        score.setMin(1);
        score.setMax(10);
        score.setStepButtonsVisible(true);
        note.setHelperText("Needed below 8; seen by everyone in the minutes.");
        note.setWidth("24rem");
        TextLimit.apply(note, 500);
        rate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rate.addClickListener(click -> {
            if (score.getValue() == null) {
                score.setErrorMessage("Rate it from 1 to 10.");
                score.setInvalid(true);
                return;
            }
            try {
                ratings.rate(week, score.getValue(), note.getValue());
                Notifications.success("Thank you: your rating is in the minutes.");
                rated.run();
            } catch (FieldProblem problem) {
                if (!FieldErrors.show(problem, Map.of("score", score, "note", note))) {
                    Notifications.error(problem.getMessage());
                }
            } catch (EditConflict | AccessDeniedException e) {
                Notifications.error(e.getMessage());
            }
        });
        add(new Paragraph("You attended: was the meeting worth it?"), score, note, rate);
    }
}
