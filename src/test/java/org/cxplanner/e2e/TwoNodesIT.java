package org.cxplanner.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.cxplanner.Application;
import org.cxplanner.base.DemoDataLoader;
import org.cxplanner.base.events.PlanEventListener;
import org.cxplanner.raci.RaciLetter;
import org.cxplanner.raci.RaciService;
import org.cxplanner.security.LoginThrottle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

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

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static Playwright playwright;
    private static Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void startTwoNodesAndABrowser() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        nodeA = startNode();
        nodeB = startNode();
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
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[]{nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void startFromTheDemoPlan() {
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        List<String> tables = jdbc.queryForList("""
                SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
                AND tablename NOT IN ('flyway_schema_history', 'presence')""", String.class);
        jdbc.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
        nodeA.getBean(DemoDataLoader.class).loadDemoData();
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
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        long touchpointId = jdbc.queryForObject("SELECT id FROM touchpoint WHERE name = ?", Long.class, touchpoint);
        long functionId = jdbc.queryForObject("SELECT id FROM business_function WHERE name = ?", Long.class, function);
        String current = jdbc.queryForList("SELECT letter FROM raci_assignment WHERE touchpoint_id = ? AND function_id = ?",
                String.class, touchpointId, functionId).stream().findFirst().orElse(null);
        TestingAuthenticationToken cmo = new TestingAuthenticationToken("cmo", null, "ROLE_CMO");
        cmo.setAuthenticated(true);
        // Each node checks roles through its own strategy: the static holder belongs to whichever node started last.
        SecurityContextHolderStrategy security = nodeA.getBean(SecurityContextHolderStrategy.class);
        security.getContext().setAuthentication(cmo);
        try {
            nodeA.getBean(RaciService.class).setCell(touchpointId, functionId,
                    current == null ? null : RaciLetter.valueOf(current.trim()), letter);
        } finally {
            security.clearContext();
        }
    }

    private static String baseUrl(ConfigurableApplicationContext node) {
        return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static ConfigurableApplicationContext startNode() {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--logging.level.root=warn",
                "--vaadin.devmode.devTools.enabled=false");
    }
}
