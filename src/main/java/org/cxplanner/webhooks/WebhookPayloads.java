package org.cxplanner.webhooks;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/** The bodies the planner sends, rendered from the stored event each time so a retry sends the same bytes. */
final class WebhookPayloads {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private WebhookPayloads() {
    }

    static String data(Map<String, Object> data) {
        return JSON.writeValueAsString(data);
    }

    static String body(WebhookRecords.Claimed delivery) {
        if (delivery.format() == WebhookFormat.CHAT) {
            ObjectNode chat = JSON.createObjectNode();
            chat.put("text", delivery.summary() + (delivery.link() == null ? "" : " " + delivery.link()));
            return JSON.writeValueAsString(chat);
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("id", delivery.eventId().toString());
        body.put("event", delivery.event());
        body.put("occurredAt", delivery.occurredAt().toString());
        body.put("summary", delivery.summary());
        body.put("link", delivery.link());
        if (delivery.actor() != null) {
            ObjectNode actor = body.putObject("actor");
            actor.put("username", delivery.actor());
            actor.put("name", delivery.actorName());
        }
        JsonNode data = JSON.readTree(delivery.data());
        body.set("data", data);
        return JSON.writeValueAsString(body);
    }
}
