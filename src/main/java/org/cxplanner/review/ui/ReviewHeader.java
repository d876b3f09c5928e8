package org.cxplanner.review.ui;

import org.cxplanner.base.ui.Markup;
import org.cxplanner.review.ReviewPage;
import org.cxplanner.review.ReviewWeek;
import org.jsoup.nodes.Element;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The top of the review screen: links to other weeks and the minutes, the week's title and status, and how it stands. */
final class ReviewHeader {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** The week's title and status badge; text only, so one element. */
    final Markup heading = new Markup();
    /** How the review stands, who reopened it, who is in the meeting, who joined: text only, so one element. */
    final Markup facts = new Markup();
    /** Earlier and later weeks, the decision log and the minutes' downloads: links only, so one element. */
    final Markup nav = new Markup();

    ReviewHeader() {
        heading.addClassName("review-heading");
        facts.addClassName("review-facts");
        nav.addClassName("review-nav");
    }

    void showHeading(ReviewWeek week, ReviewPage shown) {
        heading.show(Markup.element("h2", null, "Weekly review · " + week.label()),
                Markup.element("span", "status-badge", shown.status().label())
                        .attr("theme", shown.isClosed() ? "badge contrast" : "badge success"));
    }

    void showNav(ReviewWeek week, boolean current) {
        List<Element> links = new ArrayList<>();
        links.add(Markup.link("reviews/" + week.previous(), null, "← " + week.previous()));
        if (!current) {
            links.add(Markup.link("reviews", null, "This week"));
        }
        links.add(Markup.link("reviews/" + week.next(), null, week.next() + " →"));
        links.add(Markup.link("reviews/decisions", null, "Decision log"));
        links.add(download("/export/review/" + week + ".pdf", "Minutes (PDF)"));
        links.add(download("/export/review/" + week + ".md", "Markdown"));
        links.add(download("/export/calendar/review.ics", "Add the weekly review to my calendar"));
        nav.show(links.toArray(Element[]::new));
    }

    private static Element download(String href, String text) {
        return Markup.link(href, null, text).attr("router-ignore", "").attr("download", "");
    }

    void showFacts(ReviewPage shown, String inMeetingText) {
        List<Element> lines = new ArrayList<>();
        lines.add(Markup.element("p", "review-state", shown.isClosed()
                ? "Closed by " + shown.closedByName() + " on " + WHEN.format(shown.closedAt().atZone(ZoneId.systemDefault()))
                + ". These are the minutes as they stood then: later changes to the plan do not alter them."
                : shown.mayParticipate() ? "Open: the agenda follows the plan live. Add notes, decisions and action items as you go."
                : "Open: the agenda follows the plan live. Your role reads the review; the teams and leads write it."));
        if (shown.reopenedAt() != null) {
            lines.add(Markup.element("p", "review-reopened", "Reopened by " + shown.reopenedByName() + " on "
                    + WHEN.format(shown.reopenedAt().atZone(ZoneId.systemDefault())) + ": " + shown.reopenReason()));
        }
        if (!inMeetingText.isEmpty()) {
            lines.add(Markup.element("span", "review-in-meeting", inMeetingText));
        }
        if (!shown.attendees().isEmpty()) {
            lines.add(Markup.element("p", "review-attendees", (shown.isClosed() ? "Attended: " : "Joined so far: ")
                    + String.join(", ", shown.attendees())));
        }
        if (shown.isClosed()) {
            lines.add(Markup.element("p", "review-rating", shown.rating().summary()
                    + (shown.rating().lowNotes().isEmpty() ? "" : ": " + String.join("; ", shown.rating().lowNotes()))));
        }
        facts.show(lines.toArray(Element[]::new));
    }
}
