package org.cxplanner.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.cxplanner.base.events.PlanEventListener;
import org.cxplanner.raci.RaciLetter;
import org.cxplanner.security.LoginThrottle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer: each hears the other's changes through
 * LISTEN/NOTIFY, people on different nodes see each other, and login failures count on both.
 */
class TwoNodesIT {

    private static NodePair nodes;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static Playwright playwright;
    private static Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void startTwoNodesAndABrowser() throws Exception {
        nodes = NodePair.start();
        nodeA = nodes.first;
        nodeB = nodes.second;
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (nodes != null) {
            nodes.close();
        }
    }

    @BeforeEach
    void startFromTheDemoPlan() {
        nodes.resetToDemoPlan();
    }

    @AfterEach
    void closeBrowsers() {
        contexts.forEach(BrowserContext::close);
    }

    @Test
    void anEditOnNodeAShowsOnNodeBWithinASecondAndPeopleOnBothNodesSeeEachOther() {
        Page cmoOnA = open(nodeA, "cmo", "/raci");
        Page ccoOnB = open(nodeB, "cco", "/raci");
        assertThat(cmoOnA.locator(".presence-bar")).hasAttribute("title", "Also looking at this: Chris Customer-Lead");
        assertThat(ccoOnB.locator(".presence-bar")).hasAttribute("title", "Also looking at this: Maria Marketing-Lead");
        assertThat(ccoOnB.locator(".raci-summary")).hasText("3 touchpoints need attention");

        editOnNodeA("Order confirmation", "Support", RaciLetter.R);
        assertThat(ccoOnB.locator(".raci-summary")).hasText("2 touchpoints need attention",
                new LocatorAssertions.HasTextOptions().setTimeout(1000));
        ccoOnB.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/two-nodes-b.png")));

        contexts.remove(1).close();
        assertThat(cmoOnA.locator(".presence-bar")).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(10_000));
    }

    @Test
    void aListenerWhoseConnectionIsKilledReconnectsAndTheNextChangeStillArrives() {
        Page viewerOnB = open(nodeB, "viewer", "/raci");
        assertThat(viewerOnB.locator(".raci-summary")).hasText("3 touchpoints need attention");
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        List<Integer> killed = jdbc.queryForList("SELECT pid FROM pg_stat_activity WHERE application_name = 'cxp-plan-events'",
                Integer.class);
        assertThat(killed).hasSize(2);
        killed.forEach(pid -> jdbc.queryForObject("SELECT pg_terminate_backend(?)", Boolean.class, pid));

        await().atMost(Duration.ofSeconds(15)).until(() -> {
            List<Integer> now = jdbc.queryForList(
                    "SELECT pid FROM pg_stat_activity WHERE application_name = 'cxp-plan-events'", Integer.class);
            return now.size() == 2 && now.stream().noneMatch(killed::contains)
                    && nodeB.getBean(PlanEventListener.class).isConnected();
        });
        editOnNodeA("Social media", "CCO", RaciLetter.A);
        assertThat(viewerOnB.locator(".raci-summary")).hasText("2 touchpoints need attention",
                new LocatorAssertions.HasTextOptions().setTimeout(1000));
    }

    @Test
    void theCcosBellOnNodeBCountsWhatTheCmoAsksOnNodeA() {
        long id = nodeA.getBean(JdbcTemplate.class).queryForObject(
                "SELECT id FROM message WHERE title = 'Year-end product tips'", Long.class);
        Page ccoOnB = open(nodeB, "cco", "/");
        assertThat(ccoOnB.locator(".bell-link")).hasAttribute("aria-label", "Notifications: none unread");
        Page cmoOnA = open(nodeA, "cmo", "/messages/" + id);
        cmoOnA.locator("vaadin-button", new Page.LocatorOptions().setHasText("Ask the CCO to sign")).click();
        assertThat(ccoOnB.locator(".bell-count")).hasText("1", new LocatorAssertions.HasTextOptions().setTimeout(2000));
    }

    @Test
    void theMailSenderAndTheDigestRunOnOneNodeAtATime() {
        var lockOnA = nodeA.getBean(org.cxplanner.base.jobs.ClusterLock.class);
        var lockOnB = nodeB.getBean(org.cxplanner.base.jobs.ClusterLock.class);
        boolean[] bRan = {true};
        boolean aRan = lockOnA.runAlone("mail-sender", () -> bRan[0] = lockOnB.runAlone("mail-sender", () -> { }));
        org.assertj.core.api.Assertions.assertThat(aRan).isTrue();
        org.assertj.core.api.Assertions.assertThat(bRan[0]).as("B while A sends").isFalse();
        org.assertj.core.api.Assertions.assertThat(lockOnB.runAlone("mail-sender", () -> { })).as("B once A is done").isTrue();
    }

    @Test
    void theMeetingClockALeadRunsOnNodeAIsTheOneSeenOnNodeB() {
        Page lead = open(nodeA, "cco", "/reviews");
        Page attendee = open(nodeB, "viewer", "/reviews");
        assertThat(attendee.locator(".meeting-clock .clock-section")).hasText("The meeting has not started");
        lead.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Start the meeting")).click();
        assertThat(attendee.locator(".meeting-clock .clock-section")).hasText("Now: Open action items",
                new LocatorAssertions.HasTextOptions().setTimeout(5000));
        // Both count down from the database's instants: the same time left on both nodes, seconds apart at most.
        assertThat(attendee.locator(".meeting-clock .clock-left")).hasText(java.util.regex.Pattern.compile("^9:5\\d left$"));
        int onA = seconds(lead.locator(".meeting-clock .clock-left").textContent());
        int onB = seconds(attendee.locator(".meeting-clock .clock-left").textContent());
        org.assertj.core.api.Assertions.assertThat(Math.abs(onA - onB)).as("seconds between the two clocks").isLessThanOrEqualTo(2);
        lead.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Next: Scorecard")).click();
        assertThat(attendee.locator(".meeting-clock .clock-section")).hasText("Now: Scorecard",
                new LocatorAssertions.HasTextOptions().setTimeout(5000));
        assertThat(attendee.locator(".review-section[data-section=SCORECARD]")).hasClass(
                java.util.regex.Pattern.compile("review-section-now"));
    }

    private static int seconds(String clock) {
        String[] parts = clock.replace(" left", "").split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

    @Test
    void loginFailuresOnOneNodeCountOnTheOther() {
        LoginThrottle onA = nodeA.getBean(LoginThrottle.class);
        for (int i = 0; i < 5; i++) {
            onA.recordFailure("marketer", "127.0.0.1");
        }
        assertThat(nodeB.getBean(LoginThrottle.class).isBlocked("Marketer", "10.1.1.1")).isTrue();
    }

    private Page open(ConfigurableApplicationContext node, String username, String path) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        context.setDefaultTimeout(20_000);
        contexts.add(context);
        Page page = context.newPage();
        Chromium.signIn(page, baseUrl(node), username);
        page.navigate(baseUrl(node) + path);
        return page;
    }

    private static void editOnNodeA(String touchpoint, String function, RaciLetter letter) {
        nodes.editOnFirst(touchpoint, function, letter);
    }

    private static String baseUrl(ConfigurableApplicationContext node) {
        return NodePair.baseUrl(node);
    }
}
