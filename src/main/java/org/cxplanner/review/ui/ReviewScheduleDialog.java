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
import org.cxplanner.review.AgendaSection;
import org.cxplanner.review.ReviewClock;
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
    /** Each section's time in every later meeting. */
    final Map<AgendaSection, IntegerField> budgets = new java.util.EnumMap<>(AgendaSection.class);
    final Paragraph sum = new Paragraph();

    ReviewScheduleDialog(ReviewSchedules schedules, ReviewClock clock, Runnable saved) {
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
        FormLayout sections = new FormLayout();
        sections.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("26rem", 2));
        clock.budgets().forEach((section, budget) -> {
            IntegerField field = new IntegerField(section.title() + " (minutes)");
            field.setMin(1);
            field.setMax(120);
            field.setStepButtonsVisible(true);
            field.setValue(budget);
            field.addValueChangeListener(change -> showSum());
            budgets.put(section, field);
            sections.add(field);
        });
        minutes.addValueChangeListener(change -> showSum());
        sum.addClassName("review-budget-sum");
        showSum();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                Map<AgendaSection, Integer> chosen = new java.util.EnumMap<>(AgendaSection.class);
                budgets.forEach((section, field) -> chosen.put(section, field.getValue()));
                schedules.set(weekday.getValue(), start.getValue(), minutes.getValue() == null ? 0 : minutes.getValue(),
                        zone.getValue(), chosen, current.version());
                Notifications.success("Saved: calendar feeds show the new time when they next refresh; the next meeting "
                        + "started uses the new section times.");
                close();
                saved.run();
            } catch (FieldProblem problem) {
                Map<String, com.vaadin.flow.component.HasValidation> fields = new java.util.HashMap<>(
                        Map.of("weekday", weekday, "start", start, "minutes", minutes));
                budgets.forEach((section, field) -> fields.put("budget-" + section.name(), field));
                FieldErrors.show(problem, fields);
            } catch (EditConflict conflict) {
                Notifications.error(conflict.getMessage());
                close();
            }
        });
        add(new Paragraph("Everyone's calendar feed shows the review as a meeting every week at this time."), form,
                new com.vaadin.flow.component.html.H3("Time for each section"),
                new Paragraph("The meeting's clock gives each section this long; a section that runs over turns it red. "
                        + "Changes apply from the next meeting started."), sections, sum);
        getFooter().add(new Button("Cancel", click -> close()), save);
        setWidth("min(36rem, 95vw)");
    }

    private void showSum() {
        int total = budgets.values().stream().mapToInt(field -> field.getValue() == null ? 0 : field.getValue()).sum();
        Integer length = minutes.getValue();
        sum.setText("The sections add up to " + total + " minutes" + (length == null || length == total ? "."
                : total > length ? ", " + (total - length) + " more than the meeting's length." : ", "
                + (length - total) + " less than the meeting's length."));
    }
}
