package org.cxplanner.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the decision form binds: the decision and, optionally, the plan item it is about. */
public class DecisionForm {

    @NotBlank(message = "Write down what was decided.")
    @Size(max = 1000, message = "Keep it under 1,000 characters.")
    private String text;
    private PlanLink link;
    /** Which value of the linked item the decision pins; none by default. */
    private PinKind pin;

    public PinKind getPin() {
        return pin;
    }

    public void setPin(PinKind pin) {
        this.pin = pin;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public PlanLink getLink() {
        return link;
    }

    public void setLink(PlanLink link) {
        this.link = link;
    }

    public static DecisionForm of(String text, PlanLink link) {
        DecisionForm form = new DecisionForm();
        form.setText(text);
        form.setLink(link);
        return form;
    }

    public static DecisionForm of(String text, PlanLink link, PinKind pin) {
        DecisionForm form = of(text, link);
        form.setPin(pin);
        return form;
    }
}
