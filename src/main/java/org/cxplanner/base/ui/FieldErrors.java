package org.cxplanner.base.ui;

import com.vaadin.flow.component.HasValidation;
import org.cxplanner.base.FieldProblem;

import java.util.Map;

/** Puts a service's verdict next to the field it is about. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static boolean show(FieldProblem problem, Map<String, ? extends HasValidation> fields) {
        HasValidation field = fields.get(problem.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(problem.getMessage());
        field.setInvalid(true);
        return true;
    }
}
