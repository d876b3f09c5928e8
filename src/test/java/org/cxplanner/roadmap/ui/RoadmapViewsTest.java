package org.cxplanner.roadmap.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.cxplanner.KaribuTest;
import org.cxplanner.roadmap.Initiative;
import org.cxplanner.roadmap.InitiativeForm;
import org.cxplanner.roadmap.InitiativeRepository;
import org.cxplanner.roadmap.InitiativeRow;
import org.cxplanner.roadmap.InitiativeStatus;
import org.cxplanner.roadmap.RoadmapService;
import org.cxplanner.security.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class RoadmapViewsTest extends KaribuTest {

    @Autowired
    private RoadmapService roadmap;
    @Autowired
    private InitiativeRepository initiatives;

    @Test
    void aMarketerCreatesAJointInitiativeAndBadInputIsMarkedNextToItsField() {
        RoadmapTimelineView view = openTimeline("marketer");
        _click(view.create);
        InitiativeDialog dialog = _get(InitiativeDialog.class);
        assertThat(dialog.team.getListDataView().getItems()).containsExactlyInAnyOrder(Team.MARKETING, Team.JOINT);
        int before = count();

        _click(dialog.save);
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Enter a title.");
        _setValue(dialog.title, "x".repeat(201));
        _click(dialog.save);
        assertThat(dialog.title.getErrorMessage()).isEqualTo("At most 200 characters.");
        _setValue(dialog.title, "Joint welcome journey");
        _setValue(dialog.team, Team.JOINT);
        _setValue(dialog.end, dialog.start.getValue().minusDays(1));
        _click(dialog.save);
        assertThat(dialog.end.isInvalid()).isTrue();
        assertThat(dialog.end.getErrorMessage()).isEqualTo("The end date cannot be before the start date.");
        _click(dialog.addMilestone);
        _click(dialog.save);
        assertThat(dialog.milestones.getFirst().name.getErrorMessage()).isEqualTo("Name the milestone.");
        assertThat(count()).isEqualTo(before);

        _setValue(dialog.end, dialog.start.getValue().plusWeeks(4));
        _setValue(dialog.milestones.getFirst().name, "Kick-off");
        _setValue(dialog.milestones.getFirst().date, dialog.start.getValue());
        _click(dialog.save);
        expectNotifications("Saved 'Joint welcome journey'.");
        assertThat(count()).isEqualTo(before + 1);
        assertThat(view.shown()).filteredOn(row -> row.title().equals("Joint welcome journey"))
                .singleElement().extracting(InitiativeRow::team).isEqualTo(Team.JOINT);
    }

    @Test
    void marketingSeesNoEditOnACxInitiativeAndCannotDragIt() {
        long cx = id("Help centre search");
        login("marketer");
        UI.getCurrent().navigate(InitiativeView.class, cx);
        InitiativeView page = _get(InitiativeView.class);
        assertThat(page.edit.isVisible()).isFalse();
        assertThat(page.delete.isVisible()).isFalse();

        RoadmapTimelineView view = openTimeline("marketer");
        InitiativeRow row = row(view, "Help centre search");
        view.dropped(row.id(), view.window().percent(row.startDate().plusWeeks(2)) / 100);
        expectNotifications("Your role cannot change customer experience initiatives.");
        assertThat(initiatives.findById(cx).orElseThrow().getStartDate()).isEqualTo(row.startDate());
    }

    @Test
    void aCxUserDragsAJointInitiativeTwoWeeksLater() {
        RoadmapTimelineView view = openTimeline("cx");
        InitiativeRow row = row(view, "Renewal notice rewrite");
        double twoWeeksLater = view.window().percent(row.startDate().plusWeeks(2)) / 100;
        view.dropped(row.id(), twoWeeksLater);
        Initiative moved = initiatives.findById(row.id()).orElseThrow();
        assertThat(moved.getStartDate()).isEqualTo(row.startDate().plusWeeks(2));
        assertThat(moved.getEndDate()).isEqualTo(row.endDate().plusWeeks(2));
        assertThat(row(view, "Renewal notice rewrite").startDate()).isEqualTo(row.startDate().plusWeeks(2));
    }

    @Test
    void aBarStandsWhereItsInitiativeStarts() {
        RoadmapTimelineView view = openTimeline("viewer");
        InitiativeRow row = row(view, "Renewal notice rewrite");
        org.jsoup.nodes.Element bar = org.jsoup.Jsoup.parseBodyFragment(com.github.mvysny.kaributesting.v10.LocatorJ
                        ._get(view, org.cxplanner.base.ui.Markup.class, spec -> spec.withClasses("timeline-body"))
                        .getElement().getProperty("innerHTML"))
                .selectFirst(".timeline-bar[data-id=" + row.id() + "]");
        java.util.regex.Matcher left = java.util.regex.Pattern.compile("left: ([0-9.]+)%").matcher(bar.attr("style"));
        assertThat(left.find()).isTrue();
        assertThat(Double.parseDouble(left.group(1))).isCloseTo(view.window().percent(row.startDate()),
                org.assertj.core.data.Offset.offset(0.005));
        assertThat(bar.attr("style")).as("positions to a hundredth of a percent, not seventeen digits")
                .doesNotContainPattern("[0-9]\\.[0-9]{3}");
    }

    @Test
    void aStaleEditShowsWhoChangedItAndKeepsWhatWasTyped() {
        long id = id("Pricing page clarity");
        login("marketer");
        UI.getCurrent().navigate(InitiativeView.class, id);
        InitiativeView page = _get(InitiativeView.class);
        _click(page.edit);
        InitiativeDialog dialog = _get(InitiativeDialog.class);
        CompletableFuture.runAsync(() -> {
            actAs("cco", "CCO");
            Initiative current = initiatives.findById(id).orElseThrow();
            InitiativeForm theirs = InitiativeForm.of(current);
            theirs.setStatus(InitiativeStatus.AT_RISK);
            roadmap.update(id, current.getVersion(), theirs);
        }).join();
        _setValue(dialog.title, "Pricing page, clearer");
        _click(dialog.save);
        assertThat(dialog.conflict.getText()).startsWith("Chris Customer-Lead changed this initiative at ");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.title.getValue()).isEqualTo("Pricing page, clearer");
        assertThat(initiatives.findById(id).orElseThrow().getTitle()).isEqualTo("Pricing page clarity");
        _click(dialog.reload);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(page.status.getText()).isEqualTo("At risk");
    }

    @Test
    void theInitiativePageNamesTheTouchpointNobodyIsAccountableFor() {
        login("viewer");
        UI.getCurrent().navigate(InitiativeView.class, id("Social listening and replies"));
        InitiativeView page = _get(InitiativeView.class);
        assertThat(page.warnings.shownText())
                .contains("Nobody is accountable for Social media, which this initiative changes");
        assertThat(page.touchpoints.getElement().getProperty("innerHTML")).containsOnlyOnce("<tbody><tr><td>Social media</td>")
                .contains("<td class=\"health-gap\">no A</td></tr></tbody>");
    }

    @Test
    void anInitiativeNamesTheIndicatorsItShouldMove() {
        login("viewer");
        UI.getCurrent().navigate(InitiativeView.class, id("Pricing page clarity"));
        InitiativeView page = _get(InitiativeView.class);
        assertThat(page.indicatorList.shownText())
                .contains("Lead conversion — on track", "Understands my needs — off track");
        assertThat(page.indicatorList.getElement().getProperty("innerHTML")).contains("<a href=\"indicators/"); // opens the indicator
    }

    @Test
    void filtersZoomAndTheWindowLiveInTheUrl() {
        login("viewer");
        UI.getCurrent().navigate("roadmap", QueryParameters.fromString("zoom=year&from=2026-07&status=AT_RISK"));
        RoadmapTimelineView view = _get(RoadmapTimelineView.class);
        assertThat(view.window().zoom()).isEqualTo(TimelineWindow.Zoom.YEAR);
        assertThat(org.jsoup.Jsoup.parseBodyFragment(view.zoom.getElement().getProperty("innerHTML", ""))
                .select("label:has(input[checked])").text()).as("the zoom from the URL is the one picked").isEqualTo("Year");
        assertThat(view.window().from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(view.shown()).extracting(InitiativeRow::status).containsOnly(InitiativeStatus.AT_RISK).isNotEmpty();

        _setValue(view.filters.statuses, Set.of());
        pickZoom(view, TimelineWindow.Zoom.QUARTER);
        assertThat(view.window().to()).isEqualTo(LocalDate.of(2026, 9, 30));
        _click(view.next);
        assertThat(view.window().from()).isEqualTo(LocalDate.of(2026, 8, 1));
        _setValue(view.filters.search, "renewal");
        assertThat(view.exports.href("csv")).isEqualTo("/export/roadmap.csv?q=renewal&from=2026-08-01");

        RoadmapListView list = openList("viewer");
        _setValue(list.filters.search, "live chat");
        assertThat(GridKt._findAll(list.grid)).extracting(InitiativeRow::title).containsExactly("Live chat in product");
        assertThat(list.create.isVisible()).isFalse();
    }

    @Test
    void aColleaguesChangeShowsOnTheOpenTimeline() {
        RoadmapTimelineView view = openTimeline("viewer");
        long id = id("Spring campaign");
        CompletableFuture.runAsync(() -> {
            actAs("cmo", "CMO");
            Initiative current = initiatives.findById(id).orElseThrow();
            roadmap.reschedule(id, current.getVersion(), current.getStartDate().plusWeeks(1));
        }).join();
        LocalDate expected = initiatives.findById(id).orElseThrow().getStartDate();
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            assertThat(row(view, "Spring campaign").startDate()).isEqualTo(expected);
        });
    }

    private RoadmapTimelineView openTimeline(String username) {
        loginAndOpen(username, "roadmap");
        RoadmapTimelineView view = _get(RoadmapTimelineView.class);
        pickZoom(view, TimelineWindow.Zoom.YEAR);
        return view;
    }

    /** Picks a zoom, as the browser reports a click on one of its radio buttons to the switch's one listener. */
    private static void pickZoom(RoadmapTimelineView view, TimelineWindow.Zoom zoom) {
        var data = com.vaadin.flow.internal.JacksonUtils.createObjectNode();
        data.put(ZoomSwitch.ON_ZOOM, true);
        data.put(ZoomSwitch.PICKED, zoom.name());
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(view.zoom.getElement(),
                new com.vaadin.flow.dom.DomEvent(view.zoom.getElement(), "change", data));
    }

    private RoadmapListView openList(String username) {
        loginAndOpen(username, "roadmap/list");
        return _get(RoadmapListView.class);
    }

    private static InitiativeRow row(RoadmapTimelineView view, String title) {
        return view.shown().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    private long id(String title) {
        return jdbc.queryForObject("SELECT id FROM initiative WHERE title = ?", Long.class, title);
    }

    private int count() {
        return jdbc.queryForObject("SELECT count(*) FROM initiative", Integer.class);
    }
}
