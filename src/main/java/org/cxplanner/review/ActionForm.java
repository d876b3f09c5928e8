package org.cxplanner.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What the action item form binds: what to do, who owns it, by when, and optionally the plan item it is about. */
public class ActionForm {

    @NotBlank(message = "Say what needs doing.")
    @Size(max = 1000, message = "Keep it under 1,000 characters.")
    private String text;
    @NotNull(message = "Choose who owns it.")
    private Long ownerId;
    @NotNull(message = "Choose a due date.")
    private LocalDate dueDate;
    private PlanLink link;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public PlanLink getLink() {
        return link;
    }

    public void setLink(PlanLink link) {
        this.link = link;
    }

    public static ActionForm of(String text, long ownerId, LocalDate due, PlanLink link) {
        ActionForm form = new ActionForm();
        form.setText(text);
        form.setOwnerId(ownerId);
        form.setDueDate(due);
        form.setLink(link);
        return form;
    }
}
