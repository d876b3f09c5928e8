package org.cxplanner.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cxplanner.base.OutgoingEvent;

import java.util.EnumSet;
import java.util.Set;

/** What an administrator types to register or change an endpoint; the service checks the same rules and the address. */
public class WebhookForm {

    @NotBlank(message = "Name the endpoint, for example \"Slack #cx-planning\".")
    @Size(max = 80, message = "Keep the name to 80 characters or fewer.")
    private String name = "";

    @NotBlank(message = "Paste the endpoint's address, starting with https://.")
    @Size(max = 500, message = "Keep the address to 500 characters or fewer.")
    private String url = "";

    @NotNull(message = "Choose what the endpoint gets.")
    private WebhookFormat format = WebhookFormat.PLANNER;

    @NotEmpty(message = "Choose at least one event.")
    private Set<OutgoingEvent> events = EnumSet.noneOf(OutgoingEvent.class);

    private boolean allowInternal;
    private boolean enabled = true;

    public static WebhookForm of(Webhook webhook) {
        WebhookForm form = new WebhookForm();
        form.name = webhook.name();
        form.url = webhook.url();
        form.format = webhook.format();
        form.events = EnumSet.copyOf(webhook.events());
        form.allowInternal = webhook.allowInternal();
        form.enabled = webhook.enabled();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public WebhookFormat getFormat() {
        return format;
    }

    public void setFormat(WebhookFormat format) {
        this.format = format;
    }

    public Set<OutgoingEvent> getEvents() {
        return events;
    }

    public void setEvents(Set<OutgoingEvent> events) {
        this.events = events == null || events.isEmpty() ? EnumSet.noneOf(OutgoingEvent.class) : EnumSet.copyOf(events);
    }

    public boolean isAllowInternal() {
        return allowInternal;
    }

    public void setAllowInternal(boolean allowInternal) {
        this.allowInternal = allowInternal;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
