package org.cxplanner.calendar.ui;

import jakarta.servlet.http.HttpServletResponse;
import org.cxplanner.base.export.Downloads;
import org.cxplanner.calendar.CalendarFeedService;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code /calendar/<secret>.ics}: a person's feed, for calendar programs (no sign-in: the address is the secret;
 * an unknown, renewed or turned-off address is "not found"). {@code /export/calendar/review.ics} and
 * {@code /export/calendar/action/<id>.ics}: "Add to calendar" files for signed-in people.
 */
@RestController
class CalendarController {

    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    private final CalendarFeedService feeds;

    CalendarController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{token}.ics")
    void feed(@PathVariable String token, HttpServletResponse response) throws IOException {
        Optional<String> ics = feeds.feed(token);
        if (ics.isEmpty()) {
            notFound(response);
            return;
        }
        response.setContentType(CONTENT_TYPE);
        // A feed holds the plan: proxies must not keep it, calendar programs fetch it again when they refresh.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.getOutputStream().write(ics.get().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/export/calendar/review.ics")
    void review(HttpServletResponse response) throws IOException {
        send(feeds.single("weekly-review"), "weekly-review.ics", response);
    }

    @GetMapping("/export/calendar/action/{id}.ics")
    void action(@PathVariable long id, HttpServletResponse response) throws IOException {
        send(feeds.single("action-" + id), "action-item-" + id + ".ics", response);
    }

    private static void send(Optional<String> ics, String fileName, HttpServletResponse response) throws IOException {
        if (ics.isEmpty()) {
            notFound(response);
            return;
        }
        Downloads.attachment(response, fileName, CONTENT_TYPE);
        response.getOutputStream().write(ics.get().getBytes(StandardCharsets.UTF_8));
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain; charset=UTF-8");
        response.getOutputStream().write("No calendar at this address: it may have been renewed or turned off.".getBytes(StandardCharsets.UTF_8));
    }
}
