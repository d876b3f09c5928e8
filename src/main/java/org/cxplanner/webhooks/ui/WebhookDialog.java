package org.cxplanner.webhooks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.OutgoingEvent;
import org.cxplanner.base.ui.FieldErrors;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.base.ui.TextLimit;
import org.cxplanner.webhooks.Webhook;
import org.cxplanner.webhooks.WebhookForm;
import org.cxplanner.webhooks.WebhookFormat;
import org.cxplanner.webhooks.Webhooks;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

/** Registers an endpoint or changes one: name, address, body format, events, and whether an internal address is allowed. */
class WebhookDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextField url = new TextField("Address");
    final RadioButtonGroup<WebhookFormat> format = new RadioButtonGroup<>("What it gets");
    final CheckboxGroup<OutgoingEvent> events = new CheckboxGroup<>("Events");
    final Checkbox allowInternal = new Checkbox("Allow an internal or http:// address (only for a receiver inside your network)");
    final Checkbox enabled = new Checkbox("Deliver events", true);
    final Button save = new Button();
    private final BeanValidationBinder<WebhookForm> binder = new BeanValidationBinder<>(WebhookForm.class);

    /** {@code onSaved} gets the new endpoint's secret, or null after a change. */
    WebhookDialog(Webhooks webhooks, Webhook existing, Consumer<String> onSaved) {
        setHeaderTitle(existing == null ? "New webhook endpoint" : "Change " + existing.name());
        TextLimit.apply(name, 80);
        TextLimit.apply(url, 500);
        name.setPlaceholder("e.g. Slack #cx-planning");
        url.setPlaceholder("https://hooks.slack.com/services/…");
        url.setHelperText("Events are sent with a POST, signed with the endpoint's secret (see docs/api.md).");
        format.setItems(WebhookFormat.values());
        format.setItemLabelGenerator(WebhookFormat::label);
        events.setItems(Arrays.stream(OutgoingEvent.values()).filter(e -> e != OutgoingEvent.TEST).toList());
        events.setItemLabelGenerator(OutgoingEvent::label);
        allowInternal.setTooltipText("Without this, only https addresses outside the planner's network are called, so a webhook "
                + "cannot reach the database or other internal systems.");

        binder.forField(name).bind("name");
        binder.forField(url).bind("url");
        binder.forField(format).bind("format");
        binder.forField(events).bind("events");
        binder.forField(allowInternal).bind("allowInternal");
        binder.forField(enabled).bind("enabled");
        WebhookForm form = existing == null ? new WebhookForm() : WebhookForm.of(existing);
        binder.setBean(form);

        save.setText(existing == null ? "Register" : "Save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                if (existing == null) {
                    String secret = webhooks.register(form).secret();
                    close();
                    onSaved.accept(secret);
                } else {
                    webhooks.update(existing.id(), existing.version(), form);
                    close();
                    onSaved.accept(null);
                }
            } catch (FieldProblem problem) {
                FieldErrors.show(problem, Map.of("name", name, "url", url));
            } catch (EditConflict conflict) {
                Notifications.error(conflict.getMessage());
            }
        });
        FormLayout layout = new FormLayout(name, url, format, events, allowInternal);
        if (existing != null) {
            layout.add(enabled);
        }
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(layout);
        getFooter().add(new Button("Cancel", click -> close()), save);
        setWidth("min(40rem, 95vw)");
    }
}
