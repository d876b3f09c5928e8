package org.cxplanner.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The weekly meeting: the CCO adds a decision, an action item and a note, the marketer at another browser sees them appear,
 * the CCO closes the review, and the action waits in next week's review.
 */
class ReviewJourneyIT extends BrowserIT {

    @Test
    void aDecisionAndAnActionAreSeenLiveThenCarriedIntoNextWeek() {
        signIn("cco");
        page.navigate(url("/reviews"));
        assertThat(page.locator(".review-section[data-section=ACTIONS]")).containsText("Share this quarter's NPS verbatims");
        Page marketer = anotherPersonSignedInAs("marketer");
        marketer.navigate(url("/reviews"));
        assertThat(page.locator(".review-in-meeting")).containsText("Mark Campaigns");

        button(page, "Add decision").first().click();
        page.getByLabel("Decision", new Page.GetByLabelOptions().setExact(true)).fill("Support owns the call centre script");
        button(page, "Add decision").last().click();
        assertThat(marketer.locator(".review-decisions")).containsText("Support owns the call centre script");

        button(page, "Add action item").first().click();
        page.getByLabel("Action", new Page.GetByLabelOptions().setExact(true)).fill("Draft the call centre RACI proposal");
        Locator owner = page.getByLabel("Owner", new Page.GetByLabelOptions().setExact(true));
        owner.fill("Casey");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Casey Experience")).click();
        button(page, "Add action item").last().click();
        assertThat(marketer.locator(".review-agreed")).containsText("Draft the call centre RACI proposal");
        assertThat(marketer.locator(".review-agreed")).containsText("Casey Experience");

        // The note field appears where the section invites a note, with the focus in it.
        Locator raci = page.locator(".review-section[data-section=RACI]");
        raci.locator(".review-note-open").click();
        assertThat(raci.locator("vaadin-text-field input")).isFocused();
        page.keyboard().type("Support proposes to take A for the call centre");
        page.keyboard().press("Enter");
        assertThat(marketer.locator(".review-section[data-section=RACI] .review-notes"))
                .containsText("Support proposes to take A for the call centre");
        assertThat(raci.locator("vaadin-text-field input")).hasValue("");

        page.locator(".review-nav").scrollIntoViewIfNeeded();
        page.waitForTimeout(3200); // let the "added" notifications fade before the README screenshot
        screenshot("review.png");

        // The marketer ticks an earlier action with the keyboard; the CCO sees it done.
        Locator share = marketer.getByLabel("Done: Share this quarter's NPS verbatims with the campaign team");
        share.focus();
        marketer.keyboard().press("Space");
        assertThat(page.locator(".review-section[data-section=ACTIONS] .tone-done"))
                .containsText("Share this quarter's NPS verbatims");
        assertThat(page.getByLabel("Done: Share this quarter's NPS verbatims with the campaign team")).isChecked();

        button(page, "Close review").first().click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.ALERTDIALOG).getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Close review")).click();
        assertThat(page.locator(".review-view .status-badge")).hasText("Closed");
        assertThat(marketer.locator(".review-view .status-badge")).hasText("Closed");
        assertThat(marketer.locator(".review-state")).containsText("Closed by Chris Customer-Lead");
        assertThat(button(marketer, "Add decision")).hasCount(0);

        // Whoever attended rates the meeting once it is closed.
        assertThat(marketer.locator(".review-rating-box")).containsText("was the meeting worth it?");
        marketer.getByLabel("Your rating of this meeting (1–10)").fill("9");
        button(marketer, "Rate the meeting").click();
        assertThat(marketer.locator(".review-rating")).containsText("Rated 9.0 by 1 of 2 attendees");
        assertThat(marketer.locator(".review-rating-box")).hasCount(0);

        LocalDate nextWeek = LocalDate.now().plusWeeks(1);
        String next = String.format("%d-W%02d", nextWeek.get(IsoFields.WEEK_BASED_YEAR), nextWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        page.locator(".review-nav a", new Page.LocatorOptions().setHasText(next + " →")).click();
        assertThat(page.locator(".review-view h2")).containsText("Week " + nextWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        assertThat(page.locator(".review-section[data-section=ACTIONS]")).containsText("Draft the call centre RACI proposal");

        page.navigate(url("/reviews/decisions"));
        assertThat(page.locator(".meeting-trend")).containsText("The meeting, last 13 weeks");
        screenshot("decision-log.png");
    }

    /**
     * The journey: the CCO starts the meeting and moves it on; the marketer's copy follows the one clock. A
     * decision pins an initiative's end date, the date is then moved on the roadmap, and the initiative and next week's
     * agenda say it went against the decision.
     */
    @Test
    void aLeadRunsTheMeetingOnOneClockAndADecisionPinsADateThatMovesLater() {
        signIn("cco");
        page.navigate(url("/reviews"));
        Page marketer = anotherPersonSignedInAs("marketer");
        marketer.navigate(url("/reviews"));
        assertThat(marketer.locator(".meeting-clock .clock-section")).hasText("The meeting has not started");
        assertThat(button(marketer, "Start the meeting")).hasCount(0);

        button(page, "Start the meeting").click();
        assertThat(marketer.locator(".meeting-clock .clock-section")).hasText("Now: Open action items");
        Locator left = marketer.locator(".meeting-clock .clock-left");
        assertThat(left).hasText(java.util.regex.Pattern.compile("^(10:00|9:[0-5]\\d) left$"));
        String first = left.textContent();
        marketer.waitForTimeout(2100);
        org.assertj.core.api.Assertions.assertThat(left.textContent()).as("the clock counts down").isNotEqualTo(first);
        assertThat(marketer.locator(".review-section[data-section=ACTIONS]")).hasAttribute("aria-current", "step");

        button(page, "Next: Scorecard").click();
        assertThat(marketer.locator(".meeting-clock .clock-section")).hasText("Now: Scorecard");
        assertThat(marketer.locator(".review-section[data-section=SCORECARD]")).hasAttribute("aria-current", "step");
        assertThat(marketer.locator(".meeting-clock .clock-total")).hasText(java.util.regex.Pattern.compile("^meeting \\d+ of 60 min$"));
        page.locator(".meeting-clock").scrollIntoViewIfNeeded();
        screenshot("meeting-clock.png");

        // A decision that binds the plan: live chat keeps its end date.
        button(page, "Add decision").first().click();
        page.getByLabel("Decision", new Page.GetByLabelOptions().setExact(true)).fill("Live chat launches on its planned date");
        Locator about = page.getByLabel("About (optional)");
        about.fill("Live chat");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Initiative: Live chat in product")).click();
        page.getByLabel("Pin a value of it (optional)").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("End date")).click();
        button(page, "Add decision").last().click();
        assertThat(marketer.locator(".review-decisions")).containsText("Pins End date");
        assertThat(marketer.locator(".review-decisions")).containsText("Holds");

        // Someone moves the date on the roadmap, with the keyboard, a week later.
        page.navigate(url("/roadmap"));
        Locator bar = page.locator(".timeline-bar", new Page.LocatorOptions().setHasText("Live chat in product"));
        String before = bar.getAttribute("aria-label");
        bar.focus();
        page.keyboard().press("Shift+ArrowRight");
        assertThat(bar).not().hasAttribute("aria-label", before);
        long liveChat = jdbc.queryForObject("SELECT id FROM initiative WHERE title = 'Live chat in product'", Long.class);
        page.navigate(url("/roadmap/" + liveChat));
        assertThat(page.locator(".initiative-warnings")).containsText("Changes what was decided in " + thisWeek()
                + ": 'Live chat launches on its planned date' (end date ");
        assertThat(marketer.locator(".review-section[data-section=ROADMAP]")).containsText("Changed against a decision");

        LocalDate nextWeek = LocalDate.now().plusWeeks(1);
        String next = String.format("%d-W%02d", nextWeek.get(IsoFields.WEEK_BASED_YEAR), nextWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        page.navigate(url("/reviews/" + next));
        Locator roadmap = page.locator(".review-section[data-section=ROADMAP]");
        assertThat(roadmap).containsText("Changed against a decision");
        assertThat(roadmap).containsText("Live chat in product");
        assertThat(roadmap).containsText("by Chris Customer-Lead");
        assertThat(roadmap).containsText("decided in " + thisWeek() + ": 'Live chat launches on its planned date'");
    }

    private static String thisWeek() {
        LocalDate today = LocalDate.now();
        return String.format("%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Locator button(Page person, String text) {
        return person.locator("vaadin-button:visible", new Page.LocatorOptions().setHasText(text));
    }
}
