package org.cxplanner.webhooks;

import org.cxplanner.base.OutgoingEvent;
import org.cxplanner.base.OutgoingEvents;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/** Queues an event for every endpoint that wants it, in the transaction of the change that caused it. */
@Service
public class WebhookOutbox implements OutgoingEvents {

    private final WebhookRecords records;
    private final String publicUrl;

    WebhookOutbox(WebhookRecords records, @Value("${cxp.public-url}") String publicUrl) {
        this.records = records;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(propagation = Propagation.MANDATORY)
    public void emit(OutgoingEvent event, String summary, String route, Map<String, Object> data) {
        if (event == OutgoingEvent.TEST) {
            throw new IllegalArgumentException("Test events go to one endpoint: Webhooks.sendTest");
        }
        records.emit(event, summary, link(route), WebhookPayloads.data(data), CurrentUser.name());
    }

    String link(String route) {
        return route == null ? null : publicUrl + route;
    }
}
