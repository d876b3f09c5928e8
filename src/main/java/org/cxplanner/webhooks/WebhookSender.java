package org.cxplanner.webhooks;

import org.cxplanner.base.jobs.ClusterLock;
import org.cxplanner.base.jobs.RetryAfter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Delivers queued events, on one node at a time. A delivery is claimed (and that committed) before the endpoint is
 * called, so a crash after the call never repeats it by itself ("may have gone" in the log instead). An endpoint that
 * does not answer 2xx is asked again after 1, 5 and 30 minutes, then every 2 hours; after {@value #ATTEMPTS} attempts
 * the delivery is shown as failed. Redirects are not followed: one could point inside the network.
 */
@Component
class WebhookSender {

    static final int ATTEMPTS = 6;
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int BATCH = 20;

    private final WebhookRecords records;
    private final ClusterLock lock;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookSender(WebhookRecords records, ClusterLock lock, Clock clock) {
        this.records = records;
        this.lock = lock;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${cxp.webhooks.send-every:5s}", initialDelayString = "${cxp.webhooks.send-every:5s}")
    void scheduled() {
        lock.runAlone("webhook-sender", this::sendDue);
    }

    /** Delivers every due event; returns how many endpoints answered 2xx. */
    int sendDue() {
        // Only the holder of the lock claims, so anything still claimed now was left by a sender that stopped.
        int left = records.markUncertain(clock.instant().plusSeconds(1));
        if (left > 0) {
            log.warn("{} webhook deliveries were under way when the planner stopped; they are marked 'may have gone'", left);
        }
        int delivered = 0;
        List<WebhookRecords.Claimed> due;
        while (!(due = records.claimDue(clock.instant(), BATCH)).isEmpty()) {
            for (WebhookRecords.Claimed delivery : due) {
                if (deliver(delivery)) {
                    delivered++;
                }
            }
        }
        return delivered;
    }

    private boolean deliver(WebhookRecords.Claimed delivery) {
        URI uri = URI.create(delivery.url());
        Optional<String> refused = WebhookTargets.refusedNow(uri, delivery.allowInternal());
        if (refused.isPresent()) {
            records.failed(delivery.id(), null, refused.get());
            return false;
        }
        String body = WebhookPayloads.body(delivery);
        long now = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "CX-Partnership-Planner-Webhooks/1")
                .header("X-CXP-Event", delivery.event())
                .header("X-CXP-Delivery", delivery.eventId().toString())
                .header(WebhookSignature.HEADER, WebhookSignature.header(delivery.secret(), now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        Integer code = null;
        String problem;
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            code = response.statusCode();
            if (code >= 200 && code < 300) {
                records.sent(delivery.id(), code, clock.instant());
                return true;
            }
            problem = code >= 300 && code < 400 ? "The endpoint answered with a redirect (" + code + "), which is not followed."
                    : "The endpoint answered " + code + ".";
        } catch (IOException e) {
            problem = "Could not reach the endpoint: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "The planner was stopping.";
        }
        if (delivery.attempts() >= ATTEMPTS) {
            records.failed(delivery.id(), code, problem + " Gave up after " + delivery.attempts() + " attempts.");
        } else {
            records.retryAt(delivery.id(), clock.instant().plus(RetryAfter.attempts(delivery.attempts())), code, problem);
        }
        return false;
    }
}
