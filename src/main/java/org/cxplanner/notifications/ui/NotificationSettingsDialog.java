package org.cxplanner.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.FieldErrors;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.base.ui.TextLimit;
import org.cxplanner.notifications.Delivery;
import org.cxplanner.notifications.NotificationKind;
import org.cxplanner.notifications.NotificationSettings;
import org.cxplanner.notifications.NotificationSettingsService;

import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/** The signed-in user's own settings: where mail goes, their time zone, when the digest comes, and what they hear of. */
class NotificationSettingsDialog extends Dialog {

    final EmailField email = new EmailField("E-mail address");
    final ComboBox<ZoneId> zone = new ComboBox<>("Time zone");
    final TimePicker digestTime = new TimePicker("Daily digest at");
    final Map<NotificationKind, Select<Delivery>> deliveries = new EnumMap<>(NotificationKind.class);
    final Button save = new Button("Save");

    NotificationSettingsDialog(NotificationSettingsService service) {
        setHeaderTitle("Notifications and e-mail");
        NotificationSettings current = service.mine();
        email.setValue(current.email() == null ? "" : current.email());
        email.setHelperText("Leave empty to be told only inside the planner.");
        TextLimit.apply(email, 254);
        zone.setItems(NotificationSettings.zones(current.zone()));
        zone.setItemLabelGenerator(ZoneId::getId);
        zone.setValue(current.zone());
        digestTime.setStep(Duration.ofMinutes(30));
        digestTime.setValue(current.digestTime());
        digestTime.setHelperText("In your time zone; the digest comes only when something is in it.");
        FormLayout contact = new FormLayout(email, zone, digestTime);
        contact.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));

        FormLayout kinds = new FormLayout();
        kinds.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1, FormLayout.ResponsiveStep.LabelsPosition.TOP),
                new FormLayout.ResponsiveStep("34rem", 1, FormLayout.ResponsiveStep.LabelsPosition.ASIDE));
        kinds.setLabelWidth("22rem");
        for (NotificationKind kind : NotificationKind.values()) {
            Select<Delivery> choice = new Select<>();
            choice.setItems(Delivery.values());
            choice.setItemLabelGenerator(Delivery::label);
            choice.setValue(current.delivery(kind));
            choice.setAriaLabel(kind.label());
            deliveries.put(kind, choice);
            kinds.addFormItem(choice, kind.label());
        }

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (email.isInvalid() && !email.isEmpty()) {
                return;
            }
            Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
            deliveries.forEach((kind, select) -> chosen.put(kind, select.getValue()));
            try {
                service.saveMine(email.getValue(), zone.getValue(), digestTime.getValue(), chosen);
                Notifications.success("Your notification settings are saved.");
                close();
            } catch (FieldProblem problem) {
                FieldErrors.show(problem, Map.of("email", email, "zone", zone, "digestTime", digestTime));
            }
        });
        add(contact, new H3("What you hear of, and how"),
                new Paragraph("Nobody is told of their own actions. Mail goes only to an address given above."), kinds);
        getFooter().add(new Button("Cancel", click -> close()), save);
        setWidth("min(44rem, 100vw)");
    }
}
