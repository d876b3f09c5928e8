package org.cxplanner.roadmap.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomListenerRegistration;
import org.cxplanner.roadmap.InitiativeRow;
import org.cxplanner.roadmap.Milestone;
import org.cxplanner.base.Team;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

/**
 * The timeline drawn with positioned divs: quarter and month bands, three lanes (Marketing, Joint, Customer
 * experience), a labelled bar per initiative stacked into rows where they overlap, milestones as diamonds and a line
 * for today. One listener each for open (click, Enter) and drop on the whole canvas, not one per bar.
 */
class TimelineCanvas extends Div {

    static final double ROW_REM = 2.4;

    private final Div body = new Div();
    private TimelineWindow window;
    private Set<Team> draggableTeams = Set.of();
    private Long dragged;
    private double grabbedAt;

    TimelineCanvas(LongConsumer open, BiConsumer<Long, Double> dropped) {
        addClassName("timeline");
        body.addClassName("timeline-body");
        add(body);
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Roadmap timeline");
        getElement().addEventListener("click", event -> {
            String id = event.getEventData().get("event.target.closest('.timeline-bar')?.dataset.id").asString("");
            if (!id.isEmpty()) {
                open.accept(Long.parseLong(id));
            }
        }).addEventData("event.target.closest('.timeline-bar')?.dataset.id");
        getElement().addEventListener("keydown", event -> {
            String id = event.getEventData().get("event.target.dataset.id").asString("");
            if (!id.isEmpty()) {
                open.accept(Long.parseLong(id));
            }
        }).addEventData("event.target.dataset.id").setFilter("event.key === 'Enter' && event.target.classList.contains('timeline-bar')");
        DomListenerRegistration start = getElement().addEventListener("dragstart", event -> {
            dragged = Long.parseLong(event.getEventData().get("event.target.dataset.id").asString("0"));
            grabbedAt = event.getEventData().get(GRAB).asDouble(0);
        });
        start.addEventData("event.target.dataset.id").addEventData(GRAB);
        getElement().addEventListener("drop", event -> {
            if (dragged != null) {
                dropped.accept(dragged, event.getEventData().get(DROP).asDouble(0) - grabbedAt);
                dragged = null;
            }
        }).addEventData(DROP).setFilter("event.target.closest('.timeline-track') != null");
        // A drop target must cancel dragover; the drag image needs data in Firefox. No user text in this script.
        getElement().executeJs("this.addEventListener('dragover', e => { if (e.target.closest('.timeline-track')) e.preventDefault(); });"
                + "this.addEventListener('dragstart', e => e.dataTransfer.setData('text/plain', e.target.dataset.id || ''));");
    }

    /** Where in the bar the pointer took hold, as a fraction of the track's width. */
    private static final String GRAB = "(event.clientX - event.target.getBoundingClientRect().left)"
            + " / event.target.closest('.timeline-track').getBoundingClientRect().width";
    /** Where the pointer let go, as a fraction of the track's width. */
    private static final String DROP = "(event.clientX - event.target.closest('.timeline-track').getBoundingClientRect().left)"
            + " / event.target.closest('.timeline-track').getBoundingClientRect().width";

    TimelineWindow window() {
        return window;
    }

    void show(TimelineWindow newWindow, List<InitiativeRow> initiatives, Set<Team> editable, LocalDate today) {
        window = newWindow;
        draggableTeams = editable;
        body.removeAll();
        body.add(axis(), lanes(initiatives), todayLine(today));
    }

    private Div axis() {
        Div quarters = new Div();
        quarters.addClassName("timeline-quarters");
        Div months = new Div();
        months.addClassName("timeline-months");
        YearMonth month = YearMonth.from(window.from());
        YearMonth last = YearMonth.from(window.to());
        while (!month.isAfter(last)) {
            LocalDate first = month.atDay(1);
            LocalDate next = month.plusMonths(1).atDay(1);
            Span label = band(month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    + (month.getMonthValue() == 1 || month.equals(YearMonth.from(window.from())) ? " " + month.getYear() : ""), first, next);
            months.add(label);
            if (month.getMonthValue() % 3 == 1 || month.equals(YearMonth.from(window.from()))) {
                YearMonth quarterEnd = month.withMonth(((month.getMonthValue() - 1) / 3) * 3 + 3);
                Span quarter = band("Q" + ((month.getMonthValue() - 1) / 3 + 1) + " " + month.getYear(), first,
                        quarterEnd.plusMonths(1).atDay(1));
                quarter.addClassName("q" + ((month.getMonthValue() - 1) / 3 + 1));
                quarters.add(quarter);
            }
            month = month.plusMonths(1);
        }
        Div axis = new Div(quarters, months);
        axis.addClassName("timeline-axis");
        return axis;
    }

    private Span band(String text, LocalDate from, LocalDate to) {
        Span band = new Span(text);
        double left = Math.max(0, window.percent(from));
        double right = Math.min(100, window.percent(to));
        band.getStyle().set("left", left + "%").set("width", (right - left) + "%");
        return band;
    }

    private Div lanes(List<InitiativeRow> initiatives) {
        Map<Team, List<InitiativeRow>> byTeam = new EnumMap<>(Team.class);
        for (Team team : Team.values()) {
            byTeam.put(team, new ArrayList<>());
        }
        initiatives.forEach(row -> byTeam.get(row.team()).add(row));
        Div lanes = new Div();
        lanes.addClassName("timeline-lanes");
        for (Team team : Team.values()) {
            lanes.add(lane(team, byTeam.get(team)));
        }
        return lanes;
    }

    private Div lane(Team team, List<InitiativeRow> rows) {
        Div track = new Div();
        track.addClassName("timeline-track");
        track.getElement().setAttribute("data-team", team.name());
        List<LocalDate> rowEnds = new ArrayList<>();
        for (InitiativeRow row : rows) {
            int index = 0;
            while (index < rowEnds.size() && !rowEnds.get(index).isBefore(row.startDate())) {
                index++;
            }
            if (index == rowEnds.size()) {
                rowEnds.add(row.endDate());
            } else {
                rowEnds.set(index, row.endDate());
            }
            track.add(bar(row, index));
            for (Milestone milestone : row.milestones()) {
                track.add(diamond(row, milestone, index));
            }
        }
        track.getStyle().set("height", (Math.max(1, rowEnds.size()) * ROW_REM + 0.4) + "rem");
        Span label = new Span(team.label());
        label.addClassName("timeline-lane-label");
        Div lane = new Div(label, track);
        lane.addClassName("timeline-lane");
        lane.addClassName("lane-" + team.name().toLowerCase(Locale.ROOT));
        return lane;
    }

    private Div bar(InitiativeRow row, int rowIndex) {
        double left = window.percent(row.startDate());
        double right = window.percent(row.endDate().plusDays(1));
        Span title = new Span(row.title());
        title.addClassName("timeline-bar-title");
        Span status = new Span(row.status().label());
        status.addClassName("timeline-bar-status");
        Div bar = new Div(title, status);
        bar.addClassName("timeline-bar");
        bar.addClassName(row.status().cssName());
        if (left < 0) {
            bar.addClassName("starts-before");
        }
        if (right > 100) {
            bar.addClassName("ends-after");
        }
        double shownLeft = Math.max(0, left);
        bar.getStyle().set("left", shownLeft + "%").set("width", Math.max(0.8, Math.min(100, right) - shownLeft) + "%")
                .set("top", (rowIndex * ROW_REM + 0.2) + "rem");
        bar.getElement().setAttribute("data-id", String.valueOf(row.id()));
        bar.getElement().setAttribute("tabindex", "0");
        bar.getElement().setAttribute("role", "button");
        String summary = row.title() + ", " + row.status().label() + ", " + row.team().label() + ", owner " + row.ownerName()
                + ", " + RoadmapListView.DATE.format(row.startDate()) + " – " + RoadmapListView.DATE.format(row.endDate())
                + (row.milestonesOutside() > 0 ? ", a milestone outside its dates" : "");
        bar.getElement().setAttribute("title", summary);
        bar.getElement().setAttribute("aria-label", summary);
        if (draggableTeams.contains(row.team())) {
            bar.getElement().setAttribute("draggable", "true");
            bar.addClassName("draggable");
        }
        return bar;
    }

    private Span diamond(InitiativeRow row, Milestone milestone, int rowIndex) {
        Span diamond = new Span();
        diamond.addClassName("timeline-milestone");
        if (milestone.done()) {
            diamond.addClassName("done");
        }
        if (milestone.isOutside(row.startDate(), row.endDate())) {
            diamond.addClassName("outside");
        }
        double at = window.percent(milestone.dueDate()) + 50.0 / window.days();
        diamond.getStyle().set("left", at + "%").set("top", (rowIndex * ROW_REM + 1.8) + "rem");
        diamond.setTitle(milestone.name() + " — " + RoadmapListView.DATE.format(milestone.dueDate())
                + (milestone.done() ? " (done)" : "") + (milestone.isOutside(row.startDate(), row.endDate()) ? " — outside the initiative's dates" : ""));
        diamond.setVisible(at >= 0 && at <= 100);
        return diamond;
    }

    private Div todayLine(LocalDate today) {
        Div line = new Div(new Span("Today"));
        line.addClassName("timeline-today");
        double at = window.percent(today) + 50.0 / window.days();
        line.getStyle().set("left", "calc(var(--timeline-label-width) + (100% - var(--timeline-label-width)) * " + (at / 100) + ")");
        line.setVisible(at >= 0 && at <= 100);
        return line;
    }
}
