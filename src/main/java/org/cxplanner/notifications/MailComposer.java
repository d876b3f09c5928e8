package org.cxplanner.notifications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the planner's mails from notifications: one notification as a mail of its own, or a person's day in one
 * digest. Every mail links to its items and to the page where the person changes what they are told.
 */
@Component
public class MailComposer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm");

    private final String publicUrl;

    MailComposer(@Value("${cxp.public-url}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Where a person changes how they are told; also the mail's List-Unsubscribe address. */
    public String preferencesUrl() {
        return publicUrl + "/notifications?settings";
    }

    public String link(String route) {
        return route == null ? publicUrl + "/notifications" : publicUrl + "/" + route;
    }

    Mail single(String displayName, String title, String detail, String route, String actorName) {
        String by = actorName == null ? "" : " (" + actorName + ")";
        String text = "Hello " + displayName + ",\n\n" + title + by + "\n" + (detail == null ? "" : detail + "\n")
                + "\nOpen it: " + link(route) + "\n" + footerText();
        String html = "<p>Hello " + esc(displayName) + ",</p>\n<p><strong>" + esc(title) + "</strong>" + esc(by) + "</p>\n"
                + (detail == null ? "" : "<p>" + esc(detail) + "</p>\n")
                + "<p><a href=\"" + esc(link(route)) + "\">Open it in the planner</a></p>\n" + footerHtml();
        return new Mail("[CX Planner] " + title, text, wrap(html));
    }

    /** A document in the mail's body (plain text as written, in the HTML part as preformatted text). */
    Mail document(String displayName, String subject, String body, String route, String senderName) {
        String text = "Hello " + displayName + ",\n\n" + senderName + " sends you this from the planner.\n\n" + body
                + "\n\nOpen it: " + link(route) + "\n" + footerText();
        String html = "<p>Hello " + esc(displayName) + ",</p>\n<p>" + esc(senderName) + " sends you this from the planner.</p>\n"
                + "<pre style=\"white-space:pre-wrap;font-family:inherit\">" + esc(body) + "</pre>\n"
                + "<p><a href=\"" + esc(link(route)) + "\">Open it in the planner</a></p>\n" + footerHtml();
        return new Mail("[CX Planner] " + subject, text, wrap(html));
    }

    Mail digest(String displayName, List<Notification> items, ZoneId zone) {
        StringBuilder text = new StringBuilder("Hello " + displayName + ",\n\nWhat happened for you since your last digest ("
                + items.size() + (items.size() == 1 ? " item" : " items") + "):\n");
        StringBuilder html = new StringBuilder("<p>Hello " + esc(displayName) + ",</p>\n<p>What happened for you since your last digest:</p>\n<ul>\n");
        for (Notification n : items) {
            String when = WHEN.format(n.createdAt().atZone(zone));
            text.append("\n- ").append(n.title()).append(" (").append(when).append(")\n");
            if (n.detail() != null) {
                text.append("  ").append(n.detail()).append('\n');
            }
            text.append("  ").append(link(n.route())).append('\n');
            html.append("<li><a href=\"").append(esc(link(n.route()))).append("\">").append(esc(n.title())).append("</a> <small>")
                    .append(esc(when)).append("</small>").append(n.detail() == null ? "" : "<br>" + esc(n.detail())).append("</li>\n");
        }
        text.append(footerText());
        html.append("</ul>\n").append(footerHtml());
        String subject = "[CX Planner] Your daily digest: " + items.size() + (items.size() == 1 ? " item" : " items");
        return new Mail(subject, text.toString(), wrap(html.toString()));
    }

    private String footerText() {
        return "\n--\nYou get this from the CX Partnership Planner. Choose what you are told, and how: " + preferencesUrl() + "\n";
    }

    private String footerHtml() {
        return "<hr><p style=\"color:#555;font-size:small\">You get this from the CX Partnership Planner. "
                + "<a href=\"" + esc(preferencesUrl()) + "\">Choose what you are told, and how</a>.</p>\n";
    }

    private static String wrap(String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"></head>\n<body style=\"font-family:sans-serif\">\n"
                + body + "</body></html>\n";
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
