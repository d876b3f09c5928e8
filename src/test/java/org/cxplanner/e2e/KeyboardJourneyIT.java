package org.cxplanner.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The main journeys with the keyboard alone, counting the Tab presses from the screen's title (where focus lands after
 * every navigation). The counts are written down in docs/accessibility.md; the bounds keep them from creeping up.
 */
class KeyboardJourneyIT extends BrowserIT {

    /** The element that really has the focus, inside shadow roots. */
    private static final String FOCUSED = "(() => { let a = document.activeElement;"
            + " while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a; })()";

    /** Opens a screen as the navigation does (a link followed in the page), which puts the focus on its title. */
    private void open(String path) {
        page.evaluate("p => { document.activeElement?.blur(); history.pushState({}, '', p); dispatchEvent(new PopStateEvent('popstate')); }", path);
        page.waitForFunction("() => document.activeElement && document.activeElement.classList.contains('screen-heading')"
                + " && location.pathname === '" + path + "'");
        page.waitForTimeout(300);
    }

    private boolean focused(String test) {
        return (Boolean) page.evaluate("() => { const a = " + FOCUSED + "; return !!a && (" + test + "); }");
    }

    private int tabUntil(String test, int most) {
        for (int presses = 1; presses <= most; presses++) {
            page.keyboard().press("Tab");
            if (focused(test)) {
                return presses;
            }
        }
        return fail("not reached with " + most + " Tabs: " + test);
    }

    @Test
    void editARaciCellWithEnter() {
        signIn("cmo");
        open("/raci");
        int tabs = tabUntil("a.localName === 'td' && a.parentElement.parentElement.id === 'items'", 20);
        assertThat(tabs).as("filters, exports and the header row come first").isLessThanOrEqualTo(10);
        // From the stage column of the first touchpoint (Website) to its HR column: past the touchpoint, initiatives and 8 functions.
        for (int i = 0; i < 11; i++) {
            page.keyboard().press("ArrowRight");
        }
        page.keyboard().press("Enter");
        Locator responsible = page.locator("vaadin-context-menu-item", new Page.LocatorOptions().setHasText("R — Responsible"));
        assertThat(responsible).isVisible();
        responsible.focus();
        page.keyboard().press("Enter");
        assertThat(responsible).hasCount(0);
        page.waitForCondition(() -> jdbc.queryForObject("SELECT count(*) FROM raci_assignment a JOIN touchpoint t ON t.id = a.touchpoint_id"
                + " JOIN business_function f ON f.id = a.function_id WHERE t.name = 'Website' AND f.name = 'HR' AND a.letter = 'R'", Integer.class) == 1);
        assertThat(focused("a.localName === 'td'")).as("focus back on the cell").isTrue();
    }

    @Test
    void openAnInitiativeFromTheTimelineAndMoveABarByKeys() {
        signIn("cmo");
        open("/roadmap");
        int tabs = tabUntil("a.classList.contains('timeline-bar')", 40);
        assertThat(tabs).as("the filters are folded away below 1400 px").isLessThanOrEqualTo(12);
        Locator bar = page.locator(".timeline-bar:focus");
        String label = bar.getAttribute("aria-label");
        if (bar.getAttribute("draggable") != null) {
            page.keyboard().press("Shift+ArrowRight");
            assertThat(page.locator(".timeline-bar:focus")).not().hasAttribute("aria-label", label);
        }
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/roadmap/\\d+"));
        page.waitForFunction("() => document.activeElement && document.activeElement.classList.contains('screen-heading')");
    }

    @Test
    void tickAChecklistItemAndKeepTheFocus() {
        signIn("cmo");
        long id = jdbc.queryForObject("SELECT id FROM message WHERE title = 'December customer newsletter'", Long.class);
        open("/messages/" + id);
        int tabs = tabUntil("!!a.closest('vaadin-checkbox') && !a.closest('vaadin-checkbox').hasAttribute('disabled')"
                + " && !a.closest('vaadin-checkbox').checked", 40);
        assertThat(tabs).isLessThanOrEqualTo(9);
        String label = (String) page.evaluate("() => " + FOCUSED + ".closest('vaadin-checkbox').label");
        page.keyboard().press("Space");
        page.waitForFunction("() => { const a = " + FOCUSED + "; const box = a && a.closest('vaadin-checkbox');"
                + " return !!box && box.checked && box.label === '" + label.replace("'", "\\'") + "'; }");
    }

    @Test
    void enterThisWeeksNumbersAndComeBackToTheButton() {
        signIn("cx");
        open("/indicators");
        int tabs = tabUntil("a.localName === 'vaadin-button' && a.textContent.includes(\"Enter this week's numbers\")", 30);
        assertThat(tabs).isLessThanOrEqualTo(4);
        page.keyboard().press("Enter");
        assertThat(page.getByLabel("Churn", new Page.GetByLabelOptions().setExact(true))).isFocused();
        page.keyboard().type("1.8");
        page.keyboard().press("Tab");
        page.keyboard().type("8.4");
        page.keyboard().press("Enter");
        assertThat(page.getByLabel("Churn", new Page.GetByLabelOptions().setExact(true))).hasCount(0);
        page.waitForFunction("() => { const a = " + FOCUSED + "; return !!a && !!a.closest('vaadin-button')"
                + " && a.closest('vaadin-button').textContent.includes(\"Enter this week's numbers\"); }");
    }

    @Test
    void addAnActionItemAndComeBackToTheButton() {
        signIn("cco");
        open("/reviews");
        int tabs = tabUntil("a.localName === 'vaadin-button' && a.textContent.includes('Add action item')", 40);
        // For a lead, "Start the meeting" on the meeting's clock comes first: the one stop more than before the clock.
        assertThat(tabs).isLessThanOrEqualTo(9);
        page.keyboard().press("Enter");
        Locator action = page.getByLabel("Action", new Page.GetByLabelOptions().setExact(true));
        assertThat(action).isFocused();
        page.keyboard().type("Draft the call centre RACI proposal");
        page.keyboard().press("Tab");
        page.keyboard().type("Casey");
        assertThat(page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Casey Experience"))).isVisible();
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("vaadin-combo-box-item[focused]", new Page.LocatorOptions().setHasText("Casey Experience"))).isVisible();
        page.keyboard().press("Enter");
        assertThat(page.getByLabel("Owner", new Page.GetByLabelOptions().setExact(true))).hasValue("Casey Experience");
        int toSave = tabUntil("a.localName === 'vaadin-button' && a.textContent.includes('Add action item')", 10);
        assertThat(toSave).as("past the due date and what it is about").isLessThanOrEqualTo(4);
        page.keyboard().press("Enter");
        assertThat(page.locator(".review-agreed")).containsText("Draft the call centre RACI proposal");
        assertThat(page.locator(".review-agreed")).containsText("Casey Experience");
        page.waitForFunction("() => { const a = " + FOCUSED + "; return !!a && !!a.closest('vaadin-button')"
                + " && a.closest('vaadin-button').textContent.includes('Add action item'); }");
    }
}
