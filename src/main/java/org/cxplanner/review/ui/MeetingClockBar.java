package org.cxplanner.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
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
    /** For the leads: start, or on to the next section. */
    final Button onward;
    /** For the leads, while the meeting runs: end it where it is. */
    final Button end;
    private final ReviewClock clocks;
    private final Supplier<ReviewWeek> week;
    private final Consumer<MeetingClock> shown;
    private MeetingClock clock;
    private boolean open;

    MeetingClockBar(ReviewClock clocks, Supplier<ReviewWeek> week, Consumer<MeetingClock> shown) {
        this.clocks = clocks;
        this.week = week;
        this.shown = shown;
        addClassName("meeting-clock");
        text.addClassName("meeting-clock-text");
        add(text);
        if (CurrentUser.hasAnyRole(Roles.REVIEW_LEAD_ROLES)) {
            onward = new Button("Start the meeting", VaadinIcon.PLAY.create());
            onward.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            onward.addClickListener(click -> act(() -> clock == null || !clock.started() ? clocks.start(week.get())
                    : clocks.next(week.get(), clock.running().orElseThrow().section())));
            end = new Button("End the meeting", VaadinIcon.STOP.create());
            end.addClickListener(click -> act(() -> clocks.end(week.get())));
            add(onward, end);
        } else {
            onward = null;
            end = null;
        }
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
        MeetingClock.SectionTime running = now.running().orElse(null);
        getElement().executeJs(TICK, now.now().toEpochMilli(), running == null ? 0 : running.endsAt().toEpochMilli(),
                now.started() ? now.startedAt().toEpochMilli() : 0, now.totalMinutes());
        if (onward != null) {
            onward.setVisible(open && !now.ended());
            AgendaSection following = running == null ? null : running.section().following();
            onward.setText(!now.started() ? "Start the meeting" : following == null ? "End the meeting" : "Next: " + following.title());
            onward.setIcon(!now.started() ? VaadinIcon.PLAY.create() : following == null ? VaadinIcon.STOP.create()
                    : VaadinIcon.STEP_FORWARD.create());
            end.setVisible(open && running != null && following != null);
        }
        shown.accept(now);
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
