package org.cxplanner.roadmap.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomListenerRegistration;
import org.cxplanner.security.Team;
import org.cxplanner.base.ui.Markup;
import org.cxplanner.roadmap.DependencyLink;
import org.cxplanner.roadmap.InitiativeRow;
import org.cxplanner.roadmap.Milestone;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
    /** A bar's height, as the style sheet has it. */
    private static final double BAR_REM = 1.9;

    /** Drawn as markup: hundreds of bars, bands and diamonds that only show; the canvas listens for all of them. */
    private final Markup body = new Markup();
    private TimelineWindow window;
    private Set<Team> draggableTeams = Set.of();
    private Long dragged;
    private double grabbedAt;

    TimelineCanvas(LongConsumer open, BiConsumer<Long, Double> dropped, BiConsumer<Long, Integer> movedByWeeks) {
        addClassName("timeline");
        body.addClassName("timeline-body");
        add(body);
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Roadmap timeline");
        getElement().addEventListener("click", event -> {
            String id = text(event.getEventData(), "event.target.closest('.timeline-bar')?.dataset.id");
            if (!id.isEmpty()) {
                open.accept(Long.parseLong(id));
            }
        }).addEventData("event.target.closest('.timeline-bar')?.dataset.id")
                // A click on empty space in a lane has nothing to open: no round trip.
                .setFilter("event.target.closest('.timeline-bar') != null");
        getElement().addEventListener("keydown", event -> {
            String id = text(event.getEventData(), "event.target.dataset.id");
            if (!id.isEmpty()) {
                open.accept(Long.parseLong(id));
            }
        }).addEventData("event.target.dataset.id").setFilter("(event.key === 'Enter' || event.key === ' ') && !event.shiftKey"
                + " && event.target.classList.contains('timeline-bar')");
        // The keyboard's way to drag: Shift+Arrow moves a bar one week earlier or later.
        getElement().addEventListener("keydown", event -> {
            String id = text(event.getEventData(), "event.target.dataset.id");
            if (!id.isEmpty()) {
                movedByWeeks.accept(Long.parseLong(id), "ArrowLeft".equals(text(event.getEventData(), "event.key")) ? -1 : 1);
            }
        }).addEventData("event.target.dataset.id").addEventData("event.key")
                .setFilter("event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')"
                        + " && event.target.classList.contains('draggable')");
        DomListenerRegistration start = getElement().addEventListener("dragstart", event -> {
            String id = text(event.getEventData(), "event.target.dataset.id");
            dragged = id.isEmpty() ? null : Long.valueOf(id);
            grabbedAt = event.getEventData().path(GRAB).asDouble(0);
        });
        start.addEventData("event.target.dataset.id").addEventData(GRAB);
        getElement().addEventListener("drop", event -> {
            if (dragged != null) {
                dropped.accept(dragged, event.getEventData().path(DROP).asDouble(0) - grabbedAt);
                dragged = null;
            }
        }).addEventData(DROP).setFilter("event.target.closest('.timeline-track') != null");
        // A drop target must cancel dragover; the drag image needs data in Firefox. No user text in this script.
        getElement().executeJs("this.addEventListener('dragover', e => { if (e.target.closest('.timeline-track')) e.preventDefault(); });"
                + "this.addEventListener('keydown', e => { if (e.target.classList.contains('timeline-bar')"
                + " && (e.key === ' ' || (e.shiftKey && e.key.startsWith('Arrow')))) e.preventDefault(); });"
                + "this.addEventListener('dragstart', e => e.dataTransfer.setData('text/plain', e.target.dataset.id || ''));"
                // The links of the bar pointed at or focused stand out; no round trip.
                + "const mark = e => { const bar = e.target.closest && e.target.closest('.timeline-bar'); const id = bar ? bar.dataset.id : null;"
                + " this.querySelectorAll('.timeline-links line').forEach(l => l.classList.toggle('selected', id != null"
                + " && (l.dataset.from === id || l.dataset.to === id))); };"
                + "this.addEventListener('focusin', mark); this.addEventListener('mouseover', mark);");
    }

    /** Where in the bar the pointer took hold, as a fraction of the track's width. */
    private static final String GRAB = "(event.clientX - event.target.getBoundingClientRect().left)"
            + " / event.target.closest('.timeline-track').getBoundingClientRect().width";
    /** Where the pointer let go, as a fraction of the track's width. */
    private static final String DROP = "(event.clientX - event.target.closest('.timeline-track').getBoundingClientRect().left)"
            + " / event.target.closest('.timeline-track').getBoundingClientRect().width";

    /** An event value the browser left undefined is missing from the event data altogether. */
    static String text(tools.jackson.databind.JsonNode data, String key) {
        tools.jackson.databind.JsonNode value = data.get(key);
        return value == null || value.isNull() ? "" : value.asString("").strip();
    }

    TimelineWindow window() {
        return window;
    }

    void show(TimelineWindow newWindow, List<InitiativeRow> initiatives, Set<Team> editable, LocalDate today) {
        show(newWindow, initiatives, List.of(), editable, today);
    }

    void show(TimelineWindow newWindow, List<InitiativeRow> initiatives, List<DependencyLink> links, Set<Team> editable, LocalDate today) {
        boolean moved = !newWindow.equals(window);
        window = newWindow;
        draggableTeams = editable;
        Map<Long, double[]> placed = new HashMap<>();
        Element lanes = lanes(initiatives, placed);
        lanes.appendChild(TimelineArrows.svg(links, placed));
        body.show(axis(), lanes, todayLine(today));
        if (moved) {
            // On a screen narrower than the lanes, bring today into view (a colleague's change does not scroll).
            getElement().executeJs("const t = this.querySelector('.timeline-today:not([hidden])');"
                    + " if (t && this.scrollWidth > this.clientWidth) this.scrollLeft = Math.max(0, t.offsetLeft - this.clientWidth / 2);");
        }
    }

    /** Gives the keyboard focus back to a bar after the lanes were redrawn under it. */
    void focusBar(long id) {
        getElement().executeJs("this.querySelector('.timeline-bar[data-id=\"' + $0 + '\"]')?.focus()", String.valueOf(id));
    }

    private Element axis() {
        Element quarters = div("timeline-quarters");
        Element months = div("timeline-months");
        YearMonth month = YearMonth.from(window.from());
        YearMonth last = YearMonth.from(window.to());
        while (!month.isAfter(last)) {
            LocalDate first = month.atDay(1);
            LocalDate next = month.plusMonths(1).atDay(1);
            months.appendChild(band(month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    + (month.getMonthValue() == 1 || month.equals(YearMonth.from(window.from())) ? " " + month.getYear() : ""), first, next));
            if (month.getMonthValue() % 3 == 1 || month.equals(YearMonth.from(window.from()))) {
                YearMonth quarterEnd = month.withMonth(((month.getMonthValue() - 1) / 3) * 3 + 3);
                quarters.appendChild(band("Q" + ((month.getMonthValue() - 1) / 3 + 1) + " " + month.getYear(), first,
                        quarterEnd.plusMonths(1).atDay(1)).addClass("q" + ((month.getMonthValue() - 1) / 3 + 1)));
            }
            month = month.plusMonths(1);
        }
        return div("timeline-axis").appendChild(quarters).appendChild(months);
    }

    private Element band(String text, LocalDate from, LocalDate to) {
        double left = Math.max(0, window.percent(from));
        double right = Math.min(100, window.percent(to));
        return Markup.element("span", null, text).attr("style", "left: " + num(left) + "%; width: " + num(right - left) + "%");
    }

    private Element lanes(List<InitiativeRow> initiatives, Map<Long, double[]> placed) {
        Map<Team, List<InitiativeRow>> byTeam = new EnumMap<>(Team.class);
        for (Team team : Team.values()) {
            byTeam.put(team, new ArrayList<>());
        }
        initiatives.forEach(row -> byTeam.get(row.team()).add(row));
        Element lanes = div("timeline-lanes");
        double top = 0;
        for (Team team : Team.values()) {
            lanes.appendChild(lane(team, byTeam.get(team), top, placed));
            top += LaneRows.height(byTeam.get(team));
        }
        return lanes;
    }

    /** Records {x of start, x of end (percent), y of the middle (rem from the top of the lanes)} per bar drawn. */
    private Element lane(Team team, List<InitiativeRow> rows, double laneTop, Map<Long, double[]> placed) {
        Element track = div("timeline-track").attr("data-team", team.name());
        int[] rowOf = LaneRows.of(rows);
        for (int i = 0; i < rows.size(); i++) {
            InitiativeRow row = rows.get(i);
            track.appendChild(bar(row, rowOf[i]));
            placed.put(row.id(), new double[]{window.percent(row.startDate()), window.percent(row.endDate().plusDays(1)),
                    laneTop + rowOf[i] * ROW_REM + 0.2 + BAR_REM / 2});
            for (Milestone milestone : row.milestones()) {
                track.appendChild(diamond(row, milestone, rowOf[i]));
            }
        }
        track.attr("style", "height: " + num(LaneRows.height(rows)) + "rem");
        return div("timeline-lane").addClass("lane-" + team.name().toLowerCase(Locale.ROOT))
                .appendChild(Markup.element("span", "timeline-lane-label", team.label()))
                .appendChild(track);
    }

    private Element bar(InitiativeRow row, int rowIndex) {
        double left = window.percent(row.startDate());
        double right = window.percent(row.endDate().plusDays(1));
        Element bar = div("timeline-bar").addClass(row.status().cssName())
                .appendChild(Markup.element("span", "timeline-bar-title", row.title()))
                // A space between title and status, so the visible text reads as the accessible name begins.
                .appendText(" ")
                .appendChild(Markup.element("span", "timeline-bar-status", row.status().label()));
        if (row.conflict()) {
            bar.addClass("conflict");
        }
        if (left < 0) {
            bar.addClass("starts-before");
        }
        if (right > 100) {
            bar.addClass("ends-after");
        }
        double shownLeft = Math.max(0, left);
        bar.attr("style", "left: " + num(shownLeft) + "%; width: " + num(Math.max(0.8, Math.min(100, right) - shownLeft)) + "%; top: "
                + num(rowIndex * ROW_REM + 0.2) + "rem");
        String summary = row.title() + ", " + row.status().label() + ", " + row.team().label() + ", owner " + row.ownerName()
                + ", " + RoadmapListView.DATE.format(row.startDate()) + " – " + RoadmapListView.DATE.format(row.endDate())
                + (row.milestonesOutside() > 0 ? ", a milestone outside its dates" : "")
                + (row.dependsOn() == null ? "" : ", starts after " + row.dependsOn())
                + (row.conflict() ? ", dates conflict with a dependency" : "");
        bar.attr("data-id", String.valueOf(row.id())).attr("tabindex", "0").attr("role", "button")
                .attr("title", summary).attr("aria-label", summary);
        if (draggableTeams.contains(row.team())) {
            bar.attr("draggable", "true").addClass("draggable").attr("aria-keyshortcuts", "Shift+ArrowLeft Shift+ArrowRight");
        }
        return bar;
    }

    private Element diamond(InitiativeRow row, Milestone milestone, int rowIndex) {
        Element diamond = new Element("span").addClass("timeline-milestone");
        if (milestone.done()) {
            diamond.addClass("done");
        }
        if (milestone.isOutside(row.startDate(), row.endDate())) {
            diamond.addClass("outside");
        }
        double at = window.percent(milestone.dueDate()) + 50.0 / window.days();
        diamond.attr("style", "left: " + num(at) + "%; top: " + num(rowIndex * ROW_REM + 1.8) + "rem");
        diamond.attr("title", milestone.name() + " — " + RoadmapListView.DATE.format(milestone.dueDate())
                + (milestone.done() ? " (done)" : "") + (milestone.isOutside(row.startDate(), row.endDate()) ? " — outside the initiative's dates" : ""));
        return hiddenUnless(diamond, at >= 0 && at <= 100);
    }

    /**
     * A position or size with two decimals: a day of a six-month window is over half a percent, so more digits place
     * nothing differently; every open tab keeps the timeline's markup (the saving on the demo plan was within the
     * memory benchmark's noise, see docs/benchmarks.md).
     */
    static String num(double value) {
        return num(value, 2);
    }

    static String num(double value, int decimals) {
        return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private Element todayLine(LocalDate today) {
        double at = window.percent(today) + 50.0 / window.days();
        Element line = div("timeline-today").appendChild(Markup.element("span", null, "Today"))
                .attr("style", "left: calc(var(--timeline-label-width) + (100% - var(--timeline-label-width)) * " + num(at / 100, 4) + ")");
        return hiddenUnless(line, at >= 0 && at <= 100);
    }

    private static Element div(String className) {
        return new Element("div").addClass(className);
    }

    private static Element hiddenUnless(Element element, boolean shown) {
        return shown ? element : element.attr("hidden", "");
    }
}
