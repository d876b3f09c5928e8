package org.cxplanner.review.ui;

import com.vaadin.flow.component.html.Div;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.ui.Markup;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.review.AgendaSection;
import org.cxplanner.review.MeetingClock;
import org.cxplanner.review.ReviewClock;
import org.cxplanner.review.ReviewClosed;
import org.cxplanner.review.ReviewWeek;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.jsoup.nodes.Element;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The meeting's clock as everyone in the review sees it: the section now, its time left and the meeting's, red once
 * over; for the leads, the buttons that start the meeting and move everyone on. The times come from the database;
 * the browser only counts the seconds between two changes, from the server's time (not its own clock).
 */
class MeetingClockBar extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    /** Counts down in the browser from the server's instants: $0 server now, $1 section end, $2 meeting start, $3 minutes. */
    private static final String TICK = """
            const bar = this; clearInterval(bar.$tick);
            if (!$1) { return; }
            const skew = $0 - Date.now();
            const clock = s => { const a = Math.abs(s); return (s < 0 ? '−' : '') + Math.floor(a / 60) + ':' + String(a % 60).padStart(2, '0'); };
            const tick = () => {
              const left = bar.querySelector('.clock-left'), total = bar.querySelector('.clock-total');
              if (!left || !total) { clearInterval(bar.$tick); return; }
              const now = Date.now() + skew, s = Math.round(($1 - now) / 1000), m = Math.floor((now - $2) / 60000);
              left.textContent = s < 0 ? clock(-s) + ' over' : clock(s) + ' left';
              total.textContent = 'meeting ' + m + ' of ' + $3 + ' min';
              bar.classList.toggle('over', s < 0 || (now - $2) > $3 * 60000);
            };
            tick(); bar.$tick = setInterval(tick, 1000);""";

    final Markup text = new Markup();
    /** What a lead's button in the markup carries: start, next or end. */
    static final String ACTION = "data-clock";
    private final ReviewClock clocks;
    private final Supplier<ReviewWeek> week;
    private final Consumer<MeetingClock> shown;
    private final boolean lead;
    private MeetingClock clock;
    private boolean open;

    MeetingClockBar(ReviewClock clocks, Supplier<ReviewWeek> week, Consumer<MeetingClock> shown) {
        this.clocks = clocks;
        this.week = week;
        this.shown = shown;
        this.lead = CurrentUser.hasAnyRole(Roles.REVIEW_LEAD_ROLES);
        addClassName("meeting-clock");
        text.addClassName("meeting-clock-text");
        add(text);
        if (lead) {
            // The leads' buttons are markup with one listener: a component per button cost every open review more
            // than the rest of the clock (see docs/benchmarks.md).
            getElement().addEventListener("click", click -> press(click.getEventData().path(PRESSED).asString("")))
                    .addEventData(PRESSED).setFilter("event.target.closest('[" + ACTION + "]') != null");
        }
    }

    private static final String PRESSED = "event.target.closest('[" + ACTION + "]').getAttribute('" + ACTION + "')";

    /** A lead pressed start, next or end (the service checks that a lead did). */
    void press(String action) {
        switch (action) {
            case "start" -> act(() -> clocks.start(week.get()));
            case "next" -> act(() -> clock == null || clock.running().isEmpty() ? clocks.clock(week.get())
                    : clocks.next(week.get(), clock.running().get().section()));
            case "end" -> act(() -> clocks.end(week.get()));
            default -> refresh(open);
        }
    }

    /** The labels of the buttons a lead sees now, in order ("Next: Scorecard", "End the meeting"). */
    java.util.List<String> buttons() {
        return org.jsoup.Jsoup.parseBodyFragment(text.getElement().getProperty("innerHTML", "")).select("[" + ACTION + "]")
                .stream().map(org.jsoup.nodes.Element::text).toList();
    }

    MeetingClock clock() {
        return clock;
    }

    /** Reads the clock and draws it; {@code open} says whether the review can still be run. */
    void refresh(boolean open) {
        show(clocks.clock(week.get()), open);
    }

    private void show(MeetingClock now, boolean open) {
        clock = now;
        this.open = open;
        setVisible(open || now.started());
        setClassName("over", now.running().isPresent() && now.overTime());
        java.util.List<Element> buttons = new java.util.ArrayList<>();
        if (lead && open && !now.ended()) {
            AgendaSection following = now.running().map(r -> r.section().following()).orElse(null);
            if (!now.started()) {
                buttons.add(button("start", "Start the meeting", true));
            } else if (following != null) {
                buttons.add(button("next", "Next: " + following.title(), true));
                buttons.add(button("end", "End the meeting", false));
            } else {
                buttons.add(button("next", "End the meeting", true));
            }
        }
        if (!now.started()) {
            text.show(Markup.element("span", "clock-section", "The meeting has not started"),
                    Markup.element("span", "clock-total", AgendaSection.values().length + " sections, " + now.totalMinutes()
                            + " minutes in all"));
        } else if (now.running().isPresent()) {
            MeetingClock.SectionTime running = now.running().get();
            Duration left = now.remaining();
            text.show(Markup.element("span", "clock-section", "Now: " + running.section().title()).attr("aria-live", "polite"),
                    Markup.element("span", "clock-left", left.isNegative()
                            ? MeetingClock.minutesAndSeconds(left.negated()) + " over"
                            : MeetingClock.minutesAndSeconds(left) + " left").attr("role", "timer"),
                    Markup.element("span", "clock-budget", "of " + running.budgetMinutes() + " min"),
                    Markup.element("span", "clock-total", "meeting " + now.elapsed().toMinutes() + " of " + now.totalMinutes() + " min"));
        } else {
            text.show(Markup.element("span", "clock-section", "The meeting ran from "
                    + TIME.format(now.startedAt().atZone(ZoneId.systemDefault())) + " to "
                    + TIME.format(now.sections().getLast().endedAt().atZone(ZoneId.systemDefault()))),
                    Markup.element("span", "clock-total", now.elapsed().toMinutes() + " of " + now.totalMinutes() + " minutes"));
        }
        if (!buttons.isEmpty()) {
            java.util.List<Element> all = new java.util.ArrayList<>(org.jsoup.Jsoup.parseBodyFragment(
                    text.getElement().getProperty("innerHTML", "")).body().children());
            Element controls = new Element("span").addClass("meeting-clock-buttons");
            buttons.forEach(controls::appendChild);
            all.add(controls);
            text.show(all.toArray(Element[]::new));
        }
        MeetingClock.SectionTime running = now.running().orElse(null);
        getElement().executeJs(TICK, now.now().toEpochMilli(), running == null ? 0 : running.endsAt().toEpochMilli(),
                now.started() ? now.startedAt().toEpochMilli() : 0, now.totalMinutes());
        shown.accept(now);
    }

    private static Element button(String action, String label, boolean primary) {
        Element button = new Element("vaadin-button").attr(ACTION, action).text(label);
        return primary ? button.attr("theme", "primary") : button;
    }

    private void act(Supplier<MeetingClock> change) {
        try {
            show(change.get(), true);
        } catch (ReviewClosed | EditConflict | AccessDeniedException e) {
            Notifications.error(e.getMessage());
            refresh(open && !(e instanceof ReviewClosed));
        }
    }
}
