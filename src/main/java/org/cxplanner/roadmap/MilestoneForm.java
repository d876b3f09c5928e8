package org.cxplanner.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** One milestone as the editor holds it. */
public class MilestoneForm {

    @NotBlank(message = "Name the milestone.")
    @Size(max = 200, message = "At most 200 characters.")
    private String name;
    @NotNull(message = "Give the milestone a date.")
    private LocalDate dueDate;
    private boolean done;

    public MilestoneForm() {
    }

    public MilestoneForm(String name, LocalDate dueDate, boolean done) {
        this.name = name;
        this.dueDate = dueDate;
        this.done = done;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public boolean isDone() {
        return done;
    }

    public void setDone(boolean done) {
        this.done = done;
    }
}
