package org.cxplanner.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.FieldErrors;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.review.ReviewSchedule;
import org.cxplanner.review.ReviewSchedules;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The leads set when the weekly review meets; everyone's calendar feed shows it as a recurring meeting. */
class ReviewScheduleDialog extends Dialog {

    final Select<DayOfWeek> weekday = new Select<>();
    final TimePicker start = new TimePicker("Starts at");
    final IntegerField minutes = new IntegerField("Length (minutes)");
    final ComboBox<ZoneId> zone = new ComboBox<>("Time zone");
    final Button save = new Button("Save");

    ReviewScheduleDialog(ReviewSchedules schedules) {
        setHeaderTitle("When the weekly review meets");
        ReviewSchedule current = schedules.current();
        weekday.setLabel("Day");
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        weekday.setValue(current.weekday());
        start.setStep(Duration.ofMinutes(15));
        start.setValue(current.start());
        minutes.setMin(15);
        minutes.setMax(480);
        minutes.setStep(15);
        minutes.setStepButtonsVisible(true);
        minutes.setValue(current.minutes());
        TreeSet<String> ids = new TreeSet<>(ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/") && !id.startsWith("Etc/")).toList());
        ids.add("UTC");
        ids.add(current.zone().getId());
        zone.setItems(ids.stream().map(ZoneId::of).toList());
        zone.setItemLabelGenerator(ZoneId::getId);
        zone.setValue(current.zone());
        FormLayout form = new FormLayout(weekday, start, minutes, zone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("26rem", 2));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                schedules.set(weekday.getValue(), start.getValue(), minutes.getValue() == null ? 0 : minutes.getValue(),
                        zone.getValue(), current.version());
                Notifications.success("Saved: calendar feeds show the new time when they next refresh.");
                close();
            } catch (FieldProblem problem) {
                FieldErrors.show(problem, Map.of("weekday", weekday, "start", start, "minutes", minutes));
            } catch (EditConflict conflict) {
                Notifications.error(conflict.getMessage());
                close();
            }
        });
        add(new Paragraph("Everyone's calendar feed shows the review as a meeting every week at this time."), form);
        getFooter().add(new Button("Cancel", click -> close()), save);
        setWidth("min(32rem, 95vw)");
    }
}
