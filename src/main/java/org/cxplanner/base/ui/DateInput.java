package org.cxplanner.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Date fields say what is wrong in words: with no messages set, "not a date" only turned the field red, and a form
 * with a required or ordered date refused to save without saying why. Dates are entered and shown as 2026-12-31,
 * the one date format of the planner.
 */
public final class DateInput {

    private DateInput() {
    }

    public static DatePicker explained(DatePicker picker) {
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormat("yyyy-MM-dd")
                .setBadInputErrorMessage("Enter a date such as 2026-12-31, or pick one from the calendar.")
                .setRequiredErrorMessage("Enter a date.")
                .setMinErrorMessage("This date is too early.")
                .setMaxErrorMessage("This date is too late."));
        return picker;
    }
}
