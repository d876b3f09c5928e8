package org.cxplanner.roadmap;

import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/** A dated checkpoint of an initiative. */
@Table("milestone")
public record Milestone(String name, LocalDate dueDate, boolean done) {

    /** A milestone outside its initiative's span is allowed, but shown with a warning. */
    public boolean isOutside(LocalDate start, LocalDate end) {
        return dueDate.isBefore(start) || dueDate.isAfter(end);
    }
}
