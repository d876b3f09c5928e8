package org.cxplanner.roadmap.ui;

import org.cxplanner.KaribuTest;
import org.cxplanner.base.ui.Markup;
import org.cxplanner.roadmap.InitiativeRow;
import org.cxplanner.roadmap.RoadmapFilter;
import org.cxplanner.roadmap.RoadmapService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** Links on the timeline and the initiative page, and a move's knock-on shown before it is made. */
class KnockOnViewsTest extends KaribuTest {

    @Autowired
    private RoadmapService roadmap;

    @Test
    void theTimelineDrawsAnArrowPerLinkAndMarksAConflictOnBothBars() {
        jdbc.update("UPDATE initiative SET start_date = start_date - 7, end_date = end_date - 7 WHERE title = 'Loyalty programme tiers'");
        RoadmapTimelineView view = openTimeline("viewer");
        Document body = body(view);
        long spring = id("Spring campaign");
        long loyalty = id("Loyalty programme tiers");
        assertThat(body.select(".timeline-links line")).hasSize(3);
        assertThat(body.selectFirst(".timeline-links line[data-from=" + spring + "][data-to=" + loyalty + "]").hasClass("conflict")).isTrue();
        assertThat(body.select(".timeline-links line.conflict")).hasSize(1);
        assertThat(body.selectFirst(".timeline-bar[data-id=" + loyalty + "]").hasClass("conflict")).isTrue();
        assertThat(body.selectFirst(".timeline-bar[data-id=" + spring + "]").hasClass("conflict")).isTrue();
        assertThat(body.selectFirst(".timeline-bar[data-id=" + loyalty + "]").attr("aria-label"))
                .contains("starts after Spring campaign, dates conflict with a dependency");
        assertThat(body.select(".timeline-bar.conflict")).hasSize(2);
    }

    @Test
    void draggingTheOnboardingRedesignShowsWhatWouldSlipAndMovesTheDependantsWhenAsked() {
        RoadmapTimelineView view = openTimeline("cco");
        InitiativeRow onboarding = row(view, "Onboarding call redesign");
        InitiativeRow renewal = row(view, "Renewal notice rewrite");
        view.dropped(onboarding.id(), view.window().percent(onboarding.startDate().plusWeeks(2)) / 100);

        KnockOnDialog dialog = _get(KnockOnDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Before you move 'Onboarding call redesign'");
        assertThat(dialog.effects.shownText())
                .contains("If the others keep their dates 'Renewal notice rewrite' would start before what it waits for ends and the send date"
                        + " of 'New onboarding call invitation' falls before its promise is delivered.")
                .contains("If those waiting for it move too Moves 1 joint initiative by 2 weeks and the send date of"
                        + " 'New onboarding call invitation' falls before its promise is delivered.");
        assertThat(start("Onboarding call redesign")).as("nothing moves before it is confirmed").isEqualTo(onboarding.startDate());

        _click(dialog.moveToo);
        expectNotifications("Moved 'Onboarding call redesign' to start " + RoadmapListView.DATE.format(onboarding.startDate().plusWeeks(2))
                + ". What waits for it moved too.");
        assertThat(start("Onboarding call redesign")).isEqualTo(onboarding.startDate().plusWeeks(2));
        assertThat(start("Renewal notice rewrite")).isEqualTo(renewal.startDate().plusWeeks(2));
        assertThat(body(view).select(".timeline-bar.conflict")).isEmpty();
    }

    @Test
    void theKeyboardMoveAsksTooAndKeepingTheOthersFlagsTheConflict() {
        RoadmapTimelineView view = openTimeline("cco");
        InitiativeRow onboarding = row(view, "Onboarding call redesign");
        InitiativeRow renewal = row(view, "Renewal notice rewrite");
        view.movedByWeeks(onboarding.id(), 1);
        KnockOnDialog dialog = _get(KnockOnDialog.class);
        _click(dialog.keep);
        assertThat(start("Onboarding call redesign")).isEqualTo(onboarding.startDate().plusWeeks(1));
        assertThat(start("Renewal notice rewrite")).isEqualTo(renewal.startDate());
        assertThat(body(view).select(".timeline-bar.conflict")).hasSize(2);
        assertThat(body(view).select(".timeline-links line.conflict")).hasSize(1);

        // Cancelling the next move changes nothing.
        view.movedByWeeks(onboarding.id(), 1);
        _click(_get(KnockOnDialog.class).cancel);
        assertThat(start("Onboarding call redesign")).isEqualTo(onboarding.startDate().plusWeeks(1));
    }

    @Test
    void aMoveThatTouchesNothingIsMadeAtOnce() {
        RoadmapTimelineView view = openTimeline("cco");
        InitiativeRow onboarding = row(view, "Onboarding call redesign");
        view.movedByWeeks(onboarding.id(), -1);
        expectNotifications("Moved 'Onboarding call redesign' to start " + RoadmapListView.DATE.format(onboarding.startDate().minusWeeks(1)) + ".");
        assertThat(start("Onboarding call redesign")).isEqualTo(onboarding.startDate().minusWeeks(1));
    }

    @Test
    void onTheInitiativePageAnEditorLinksByNameAndALoopIsRefusedNextToTheField() {
        InitiativeView page = openInitiative("cx", "Help centre search");
        DependencyPanel panel = page.dependencyPanel;
        assertThat(panel.waitsFor.shownText()).isEqualTo("It waits for no other initiative.");
        InitiativeRow onboarding = roadmap.span(RoadmapFilter.ALL, null, null).stream()
                .filter(r -> r.title().equals("Onboarding call redesign")).findFirst().orElseThrow();
        _setValue(panel.predecessor, onboarding);
        _setValue(panel.lag, 5);
        _click(panel.add);
        expectNotifications("Linked: it now starts after 'Onboarding call redesign' ends.");
        assertThat(page.dependencyPanel.waitsFor.shownText()).startsWith("Starts 5 days after 'Onboarding call redesign' ends")
                .contains(": a conflict, it starts ");

        InitiativeView onboardingPage = openInitiative("cco", "Onboarding call redesign");
        assertThat(onboardingPage.dependencyPanel.waitedForBy.shownText())
                .contains("'Help centre search' starts 5 days after this ends").contains("'Renewal notice rewrite' starts 2 days after this ends");
        InitiativeRow help = roadmap.span(RoadmapFilter.ALL, null, null).stream()
                .filter(r -> r.title().equals("Help centre search")).findFirst().orElseThrow();
        _setValue(onboardingPage.dependencyPanel.predecessor, help);
        _click(onboardingPage.dependencyPanel.add);
        assertThat(onboardingPage.dependencyPanel.predecessor.isInvalid()).isTrue();
        assertThat(onboardingPage.dependencyPanel.predecessor.getErrorMessage()).startsWith("That would make a loop: 'Onboarding call redesign'"
                + " would wait for 'Help centre search', which waits for 'Onboarding call redesign'.");

        InitiativeView again = openInitiative("cx", "Help centre search");
        _click(again.dependencyPanel.removeButtons.getChildren().map(c -> (com.vaadin.flow.component.button.Button) c).findFirst().orElseThrow());
        expectNotifications("Link removed.");
        assertThat(again.dependencyPanel.waitsFor.shownText()).isEqualTo("It waits for no other initiative.");
    }

    @Test
    void aViewerReadsTheLinksButHasNothingToChangeThem() {
        InitiativeView page = openInitiative("viewer", "Renewal notice rewrite");
        assertThat(page.dependencyPanel.waitsFor.shownText()).startsWith("Starts 2 days after 'Onboarding call redesign' ends");
        assertThat(page.dependencyPanel.waitedForBy.shownText()).contains("'Customer community relaunch' starts 2 days after this ends");
        assertThat(page.dependencyPanel.add.isAttached()).isFalse();
        assertThat(page.dependencyPanel.removeButtons.getChildren()).isEmpty();
    }

    @Test
    void theEditorShowsTheKnockOnOfNewDatesBeforeSaving() {
        InitiativeView page = openInitiative("cco", "Onboarding call redesign");
        LocalDate start = start("Onboarding call redesign");
        _click(page.edit);
        InitiativeDialog editor = _get(InitiativeDialog.class);
        assertThat(editor.dependencyPanel.waitsFor.shownText()).isEqualTo("It waits for no other initiative.");
        _setValue(editor.end, editor.end.getValue().plusWeeks(2));
        _setValue(editor.start, editor.start.getValue().plusWeeks(2));
        _click(editor.save);
        assertThat(editor.knockOn.effects.shownText()).contains("'Renewal notice rewrite' (Joint) moves 2 weeks later");
        assertThat(start("Onboarding call redesign")).isEqualTo(start);
        _click(editor.knockOn.keep);
        expectNotifications("Saved 'Onboarding call redesign'.");
        assertThat(start("Onboarding call redesign")).isEqualTo(start.plusWeeks(2));
        assertThat(page.dependencyPanel.waitedForBy.shownText()).contains("'Renewal notice rewrite'").contains(": a conflict");
    }

    @Test
    void aNewInitiativeCanStartAfterAnotherFromItsEditor() {
        RoadmapTimelineView view = openTimeline("marketer");
        _click(view.create);
        InitiativeDialog editor = _get(InitiativeDialog.class);
        _setValue(editor.title, "Spring follow-up mailing");
        _setValue(editor.team, org.cxplanner.security.Team.MARKETING);
        InitiativeRow spring = roadmap.span(RoadmapFilter.ALL, null, null).stream()
                .filter(r -> r.title().equals("Spring campaign")).findFirst().orElseThrow();
        _setValue(editor.startsAfter, spring);
        _click(editor.save);
        expectNotifications("Saved 'Spring follow-up mailing'.");
        assertThat(view.shown()).filteredOn(r -> r.title().equals("Spring follow-up mailing")).singleElement()
                .satisfies(row -> assertThat(row.dependsOn()).isEqualTo("Spring campaign"));
    }

    private InitiativeView openInitiative(String username, String title) {
        login(username);
        com.vaadin.flow.component.UI.getCurrent().navigate(InitiativeView.class, id(title));
        return _get(InitiativeView.class);
    }

    private RoadmapTimelineView openTimeline(String username) {
        loginAndOpen(username, "roadmap");
        RoadmapTimelineView view = _get(RoadmapTimelineView.class);
        var data = com.vaadin.flow.internal.JacksonUtils.createObjectNode();
        data.put(ZoomSwitch.ON_ZOOM, true);
        data.put(ZoomSwitch.PICKED, TimelineWindow.Zoom.YEAR.name());
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(view.zoom.getElement(),
                new com.vaadin.flow.dom.DomEvent(view.zoom.getElement(), "change", data));
        return view;
    }

    private static Document body(RoadmapTimelineView view) {
        return Jsoup.parseBodyFragment(com.github.mvysny.kaributesting.v10.LocatorJ
                ._get(view, Markup.class, spec -> spec.withClasses("timeline-body")).getElement().getProperty("innerHTML"));
    }

    private static InitiativeRow row(RoadmapTimelineView view, String title) {
        return view.shown().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    private LocalDate start(String title) {
        return jdbc.queryForObject("SELECT start_date FROM initiative WHERE title = ?", LocalDate.class, title);
    }

    private long id(String title) {
        return jdbc.queryForObject("SELECT id FROM initiative WHERE title = ?", Long.class, title);
    }
}
