package org.cxplanner.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Date fields say what is wrong in words: with no messages set, "not a date" only turned the field red, and a form
 * with a required or ordered date refused to save without saying why. Day first, as every screen writes a date
 * ("31 Dec 2026"): the field shows 31/12/2026 and also takes 31.12.2026 or 2026-12-31; weeks start on Monday.
 */
public final class DateInput {

    private DateInput() {
    }

    public static DatePicker explained(DatePicker picker) {
        picker.setLocale(java.util.Locale.UK);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormats("dd/MM/yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd")
                .setFirstDayOfWeek(1)
                .setBadInputErrorMessage("Enter a date such as 31/12/2026, or pick one from the calendar.")
                .setRequiredErrorMessage("Enter a date.")
                .setMinErrorMessage("This date is too early.")
                .setMaxErrorMessage("This date is too late."));
        return picker;
    }
}
