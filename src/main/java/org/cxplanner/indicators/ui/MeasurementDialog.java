package org.cxplanner.indicators.ui;

import org.cxplanner.indicators.MeasurementEntry;

import org.cxplanner.base.ui.TextLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.indicators.Measurement;
import org.springframework.security.access.AccessDeniedException;

/** Corrects or deletes one measurement of the user's side. */
class MeasurementDialog extends Dialog {

    final BigDecimalField value = new BigDecimalField("Value");
    final TextField note = new TextField("Note");
    final Button save = new Button("Save");
    final Button delete = new Button("Delete");

    MeasurementDialog(MeasurementEntry entry, Measurement measurement, String unit, Runnable onSaved) {
        setHeaderTitle("Measurement of the period starting " + org.cxplanner.base.ReadableDates.of(measurement.periodStart()));
        value.setValue(measurement.value());
        value.setSuffixComponent(new com.vaadin.flow.component.html.Span(unit));
        note.setValue(measurement.note() == null ? "" : measurement.note());
        TextLimit.apply(note, 500);
        note.setWidthFull();
        add(value, note);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (value.isEmpty()) {
                value.setErrorMessage("Enter a number, or delete the measurement.");
                value.setInvalid(true);
                return;
            }
            run(() -> entry.correct(measurement.indicatorId(), measurement.periodStart(), measurement.value(), value.getValue(),
                    note.getValue()), "Saved.", onSaved);
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> run(() -> entry.correct(measurement.indicatorId(), measurement.periodStart(),
                measurement.value(), null, null), "Deleted.", onSaved));
        getFooter().add(delete, new Button("Cancel", e -> close()), save);
    }

    private void run(Runnable action, String success, Runnable onSaved) {
        try {
            action.run();
            Notifications.success(success);
            close();
            onSaved.run();
        } catch (org.cxplanner.base.FieldProblem problem) {
            org.cxplanner.base.ui.FieldErrors.show(problem, java.util.Map.of("value", value, "note", note));
        } catch (EditConflict | AccessDeniedException e) {
            Notifications.error(e.getMessage());
        }
    }
}
