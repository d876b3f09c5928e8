package org.cxplanner.indicators.ui;

import org.cxplanner.indicators.MeasurementEntry;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.indicators.EntryProblems;
import org.cxplanner.indicators.IndicatorService;
import org.cxplanner.indicators.ScorecardRow;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "Enter this week's numbers": one field per indicator the user may record that is due, Tab between them, Enter
 * saves all. Invalid entries are flagged next to their field and nothing is saved half-way.
 */
class WeeklyEntryDialog extends Dialog {

    final Map<Long, BigDecimalField> fields = new LinkedHashMap<>();
    final Button save = new Button("Save all");
    /** The recent values of each indicator, and the unusual numbers the user has been asked about and kept. */
    private final Map<Long, java.util.List<BigDecimal>> recent = new LinkedHashMap<>();
    private final Map<Long, BigDecimal> confirmed = new LinkedHashMap<>();
    private final Map<Long, String> helpers = new LinkedHashMap<>();

    WeeklyEntryDialog(IndicatorService indicators, MeasurementEntry entry, Runnable onSaved) {
        setHeaderTitle("This period's numbers");
        setWidth("min(40rem, 100vw)");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        for (ScorecardRow row : indicators.dueForMe()) {
            BigDecimalField field = new BigDecimalField(row.indicator().getName());
            field.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage("Enter a number."));
            field.setSuffixComponent(new com.vaadin.flow.component.html.Span(row.indicator().getUnit()));
            field.setHelperText("Target " + row.indicator().targetText()
                    + (row.latest() == null ? "" : " · last " + ScorecardView.plain(row.latest())));
            fields.put(row.indicator().getId(), field);
            recent.put(row.indicator().getId(), row.trend().stream().map(org.cxplanner.indicators.Measurement::value).toList());
            helpers.put(row.indicator().getId(), field.getHelperText());
            form.add(field);
        }
        if (fields.isEmpty()) {
            add(new Paragraph("Nothing is due: every indicator you record has its number for this period."));
        } else {
            add(new Paragraph("Leave a field empty to enter it later. Tab moves to the next; Enter saves all."), form);
            fields.values().iterator().next().focus();
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setEnabled(!fields.isEmpty());
        save.addClickListener(click -> save(entry, onSaved));
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    /**
     * A number far outside the indicator's recent ones (an NPS of 125, revenue of 9 where it was 131) is asked about
     * beside its field before anything is saved; saving again with the same number keeps it.
     */
    private boolean askedAboutUnusualNumbers(Map<Long, BigDecimal> values) {
        boolean asked = false;
        for (var line : fields.entrySet()) {
            Long id = line.getKey();
            BigDecimal value = values.get(id);
            java.util.Optional<String> question = org.cxplanner.indicators.Plausibility.question(recent.get(id), value);
            BigDecimalField field = line.getValue();
            if (question.isPresent() && (confirmed.get(id) == null || confirmed.get(id).compareTo(value) != 0)) {
                confirmed.put(id, value);
                field.setHelperText("⚠ " + question.get() + " Save again to keep it.");
                field.addClassName("doubtful");
                asked = true;
            } else if (question.isEmpty()) {
                field.setHelperText(helpers.get(id));
                field.removeClassName("doubtful");
            }
        }
        if (asked) {
            Notifications.error("Nothing saved yet: check the numbers marked ⚠, then save again.");
        }
        return asked;
    }

    private void save(MeasurementEntry entry, Runnable onSaved) {
        Map<Long, BigDecimal> values = new LinkedHashMap<>();
        for (var line : fields.entrySet()) {
            BigDecimalField field = line.getValue();
            if (field.isInvalid()) {
                // Not a number: the field says so itself (its bad-input message); nothing is saved.
                return;
            }
            if (field.getValue() != null) {
                values.put(line.getKey(), field.getValue());
            }
        }
        if (values.isEmpty()) {
            Notifications.error("Enter at least one number.");
            return;
        }
        if (askedAboutUnusualNumbers(values)) {
            return;
        }
        try {
            int saved = entry.record(values, LocalDate.now());
            Notifications.success("Saved " + saved + (saved == 1 ? " number." : " numbers."));
            close();
            onSaved.run();
        } catch (EntryProblems problems) {
            problems.problems().forEach((id, message) -> {
                BigDecimalField field = fields.get(id);
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
            });
            Notifications.error(problems.getMessage());
        } catch (AccessDeniedException e) {
            Notifications.error(e.getMessage());
        }
    }
}
