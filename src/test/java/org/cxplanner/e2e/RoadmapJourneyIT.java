package org.cxplanner.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A marketer plans a joint initiative on the timeline and drags it two weeks later; the move survives a reload. */
class RoadmapJourneyIT extends BrowserIT {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    @Test
    void aNewJointInitiativeLandsInTheJointLaneAndMovesByDragging() {
        signIn("marketer");
        page.navigate(url("/roadmap"));
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("New initiative")).click();
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Joint welcome journey");
        Locator team = page.getByLabel("Owning team", new Page.GetByLabelOptions().setExact(true));
        team.fill("Joint");
        team.press("Enter");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save")).last().click();

        Locator bar = page.locator(".timeline-track[data-team=JOINT] .timeline-bar",
                new Page.LocatorOptions().setHasText("Joint welcome journey"));
        assertThat(bar).isVisible();
        assertThat(page.locator(".timeline-track[data-team=MARKETING] .timeline-bar",
                new Page.LocatorOptions().setHasText("Joint welcome journey"))).hasCount(0);
        LocalDate start = LocalDate.now().with(DayOfWeek.MONDAY).plusWeeks(1);
        assertThat(bar).hasAttribute("aria-label", java.util.regex.Pattern.compile(".*" + DATE.format(start) + " – .*"));
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG)).hasCount(0);
        screenshot("roadmap.png");

        // The default bar spans 40 days: two weeks are 14/40 of its width.
        BoundingBox box = bar.boundingBox();
        double twoWeeks = box.width * 14 / 40;
        Locator track = page.locator(".timeline-track[data-team=JOINT]");
        BoundingBox lane = track.boundingBox();
        bar.dragTo(track, new Locator.DragToOptions().setSourcePosition(box.width / 2, box.height / 2)
                .setTargetPosition(box.x - lane.x + box.width / 2 + twoWeeks, box.y - lane.y + box.height / 2));
        LocalDate moved = start.plusWeeks(2);
        assertThat(bar).hasAttribute("aria-label", java.util.regex.Pattern.compile(".*" + DATE.format(moved) + " – .*"));

        page.reload();
        assertThat(page.locator(".timeline-track[data-team=JOINT] .timeline-bar",
                new Page.LocatorOptions().setHasText("Joint welcome journey")))
                .hasAttribute("aria-label", java.util.regex.Pattern.compile(".*" + DATE.format(moved) + " – .*"));
        assertThat(jdbc.queryForObject("SELECT start_date FROM initiative WHERE title = 'Joint welcome journey'", java.sql.Date.class)
                .toLocalDate()).isEqualTo(moved);
    }

    @Test
    void enterOnAFocusedBarOpensTheInitiative() {
        signIn("viewer");
        page.navigate(url("/roadmap"));
        Locator bar = page.locator(".timeline-bar", new Page.LocatorOptions().setHasText("Social listening and replies"));
        bar.focus();
        page.keyboard().press("Enter");
        assertThat(page.locator(".initiative-warnings")).containsText("Nobody is accountable for Social media");
    }

    /**
     * The journey: dragging the onboarding redesign two weeks later shows, before the drop is made, the joint
     * initiative waiting for it and the message whose send date it would break; after the drop the message's sign-offs
     * and the weekly review flag the broken promise.
     */
    @Test
    void draggingAPredecessorShowsTheKnockOnBeforeTheDropAndTheBrokenPromiseAfter() {
        signIn("cco");
        page.navigate(url("/roadmap"));
        assertThat(page.locator(".timeline-links line")).hasCount(3);
        Locator bar = page.locator(".timeline-bar", new Page.LocatorOptions().setHasText("Onboarding call redesign"));
        bar.hover();
        assertThat(page.locator(".timeline-links line.selected")).hasCount(1);
        LocalDate start = jdbc.queryForObject("SELECT start_date FROM initiative WHERE title = 'Onboarding call redesign'",
                java.sql.Date.class).toLocalDate();
        LocalDate end = jdbc.queryForObject("SELECT end_date FROM initiative WHERE title = 'Onboarding call redesign'",
                java.sql.Date.class).toLocalDate();
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
        BoundingBox box = bar.boundingBox();
        Locator track = page.locator(".timeline-track[data-team=CX]");
        BoundingBox lane = track.boundingBox();
        bar.dragTo(track, new Locator.DragToOptions().setSourcePosition(box.width / 2, box.height / 2)
                .setTargetPosition(box.x - lane.x + box.width / 2 + box.width * 14 / days, box.y - lane.y + box.height / 2));

        Locator dialog = page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG);
        assertThat(dialog).containsText("Before you move 'Onboarding call redesign'");
        assertThat(dialog).containsText("Moves 1 joint initiative by 2 weeks and the send date of 'New onboarding call invitation'"
                + " falls before its promise is delivered.");
        assertThat(dialog).containsText("'Renewal notice rewrite' (Joint) moves 2 weeks later");
        page.waitForTimeout(400);
        screenshot("knock-on.png");
        assertThat(jdbc.queryForObject("SELECT start_date FROM initiative WHERE title = 'Onboarding call redesign'", java.sql.Date.class)
                .toLocalDate()).as("nothing moved before the choice").isEqualTo(start);
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Move the dependants too")).click();
        assertThat(bar).hasAttribute("aria-label", java.util.regex.Pattern.compile(".*" + DATE.format(start.plusWeeks(2)) + " – .*"));
        assertThat(jdbc.queryForObject("SELECT start_date FROM initiative WHERE title = 'Renewal notice rewrite'", java.sql.Date.class)
                .toLocalDate()).isEqualTo(start.plusWeeks(11));

        long renewal = jdbc.queryForObject("SELECT id FROM initiative WHERE title = 'Renewal notice rewrite'", Long.class);
        page.navigate(url("/roadmap/" + renewal));
        assertThat(page.locator(".dependency-panel")).containsText("Starts 2 days after 'Onboarding call redesign' ends");
        page.locator(".dependency-panel").scrollIntoViewIfNeeded();
        screenshot("initiative-dependencies.png");

        long message = jdbc.queryForObject("SELECT id FROM message WHERE title = 'New onboarding call invitation'", Long.class);
        page.navigate(url("/messages/" + message));
        assertThat(page.locator(".message-signoffs")).containsText("Signed, but this message now promises 'Onboarding call redesign'");
        screenshot("message-broken-promise.png");
        page.navigate(url("/reviews"));
        assertThat(page.locator("main")).containsText("Promises broken by a date change since the last review");
        assertThat(page.locator("main")).containsText("New onboarding call invitation");
    }
}
