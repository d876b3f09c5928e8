package org.cxplanner.base;

/** A rule broken by one input field; views show the message next to that field. */
public class FieldProblem extends RuntimeException {

    private final String field;

    public FieldProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
