package org.cxplanner.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.FieldErrors;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.base.ui.TextLimit;
import org.cxplanner.notifications.NotificationSettings;
import org.cxplanner.notifications.NotificationSettingsService;
import org.cxplanner.users.UserSummary;

import java.time.ZoneId;
import java.util.Map;

/** An administrator sets where a person's mail goes and their time zone; what they hear of stays their choice. */
class ContactDialog extends Dialog {

    final EmailField email = new EmailField("E-mail address");
    final ComboBox<ZoneId> zone = new ComboBox<>("Time zone");
    final Button save = new Button("Save");

    ContactDialog(NotificationSettingsService service, UserSummary user) {
        setHeaderTitle("Contact of " + user.displayName());
        NotificationSettings current = service.ofUser(user.id());
        email.setValue(current.email() == null ? "" : current.email());
        TextLimit.apply(email, 254);
        zone.setItems(NotificationSettings.zones(current.zone()));
        zone.setItemLabelGenerator(ZoneId::getId);
        zone.setValue(current.zone());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                service.setContact(user.id(), email.getValue(), zone.getValue());
                Notifications.success("Contact of " + user.username() + " saved.");
                close();
            } catch (FieldProblem problem) {
                FieldErrors.show(problem, Map.of("email", email, "zone", zone));
            } catch (EditConflict e) {
                Notifications.error(e.getMessage());
                close();
            }
        });
        FormLayout form = new FormLayout(email, zone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        getFooter().add(new Button("Cancel", click -> close()), save);
        setWidth("min(28rem, 95vw)");
    }
}
