package org.cxplanner.base;

/** Someone else changed the thing being edited since it was loaded: the user must reload, never overwrite. */
public class EditConflict extends RuntimeException {

    public static final String MESSAGE = "This was changed by someone else while you were editing. Reload to see their change, then edit again.";

    public EditConflict() {
        super(MESSAGE);
    }

    public EditConflict(String message) {
        super(message);
    }
}
