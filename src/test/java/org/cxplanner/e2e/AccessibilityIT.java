package org.cxplanner.e2e;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen, for every role, through Deque's axe-core engine with the WCAG 2.0, 2.1 and 2.2 A and AA rules:
 * no critical or serious violation. The per-screen result is written down in docs/accessibility.md.
 */
class AccessibilityIT extends org.cxplanner.ServerIT {

    private static final String RUN = """
            () => axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']},
                rules: {'label-content-name-mismatch': {enabled: true}},
                resultTypes: ['violations']
            }).then(r => r.violations.map(v => v.impact + ' ' + v.id + ' (' + v.nodes.length + ') '
                + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + n.failureSummary.replace(/\\n/g, ' ')).join(' | ')))
            """;

    private static String axeSource() {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> screens(boolean admin) {
        Map<String, String> screens = new LinkedHashMap<>();
        screens.put("Home", "/");
        screens.put("Roadmap timeline", "/roadmap");
        screens.put("Roadmap list", "/roadmap/list");
        screens.put("Initiative", "/roadmap/" + id("SELECT min(id) FROM initiative"));
        screens.put("RACI matrix", "/raci");
        screens.put("Function", "/raci/function/" + id("SELECT min(id) FROM business_function"));
        screens.put("Messages", "/messages");
        screens.put("Message", "/messages/" + id("SELECT min(id) FROM message"));
        screens.put("Message calendar", "/messages/calendar");
        screens.put("Templates", "/messages/templates");
        screens.put("Scorecard", "/indicators");
        screens.put("Indicator", "/indicators/" + id("SELECT min(id) FROM indicator"));
        screens.put("Weekly review", "/reviews");
        screens.put("Decision log", "/reviews/decisions");
        screens.put("History", "/history");
        screens.put("Catalogs", "/catalog");
        screens.put("Notifications", "/notifications");
        if (admin) {
            screens.put("Users", "/admin/users");
            screens.put("Outbox", "/admin/outbox");
            screens.put("Webhooks", "/admin/webhooks");
        }
        return screens;
    }

    /** Opens a screen as the navigation does (no page load: the axe engine stays in the page), and waits for it. */
    private void open(Page tab, String path) {
        if (tab.url().equals(url(path))) {
            tab.reload();
            tab.locator("#main-content > :last-child").waitFor();
        } else {
            tab.evaluate("p => { document.querySelector('#main-content > :last-child').setAttribute('data-left', '');"
                    + " history.pushState({}, '', p); dispatchEvent(new PopStateEvent('popstate')); }", path);
        }
        // Until the server has answered the navigation and the browser has drawn the screen.
        tab.waitForFunction("() => !document.querySelector('[data-left]')");
        tab.waitForFunction("() => window.Vaadin && Object.values(window.Vaadin.Flow.clients)"
                + ".every(c => !c.isActive || !c.isActive())");
        tab.waitForTimeout(50);
    }

    /** A second way of writing a day, a code instead of a label, a username instead of a name. */
    private static final java.util.regex.Pattern NOT_PLAIN = java.util.regex.Pattern.compile(
            "\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b"
            + "|\\b(SOCIAL|WEB|EMAIL|EVENT|IN_PRODUCT|MARKETING|JOINT|AT_RISK|IN_PROGRESS|PLANNED|DONE|DROPPED|DRAFT|IN_REVIEW"
            + "|ALIGNED|SENT|EDIT|IMPORT|SIGN_OFF|TOUCHPOINT|INITIATIVE)\\b"
            // A username as a cell of its own or after "by " / ": ", not the word inside a sentence ("demo calls").
            + "|(?:^|[\\t\\n]|by |: )(cmo|cco|marketer|viewer|demo|cx)(?=[,\\t\\n]|$)", java.util.regex.Pattern.MULTILINE);

    /** What the screen shows that a person would not write (the user list shows usernames: they are what one signs in with). */
    static List<String> plainWords(String screen, String text) {
        if (screen.equals("Users") || text == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        var matcher = NOT_PLAIN.matcher(text);
        while (matcher.find()) {
            int from = Math.max(0, matcher.start() - 30);
            found.add(matcher.group() + "' in '…" + text.substring(from, Math.min(text.length(), matcher.end() + 30)).replace('\n', ' ') + "…");
        }
        return found;
    }

    private long id(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    /**
     * The roles to check: one of each kind of access by default (a lead, a team member, read-only, the administrator;
     * cco and cx see what cmo and marketer see, for the other team), {@code -Daxe.roles=cco} checks another. Two
     * browsers check half the roles each, side by side (a Playwright instance belongs to one thread). Every finding, of any impact, goes to
     * target/accessibility.txt, the source of docs/accessibility.md.
     */
    @Test
    void everyScreenForEveryRoleHasNoSeriousViolation() throws Exception {
        List<String> roles = List.of(System.getProperty("axe.roles", "cmo,marketer,viewer,admin").split(","));
        Map<String, String> screens = screens(false);
        Map<String, String> adminScreens = screens(true);
        List<String> report = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ExecutorService browsers = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
            for (int half = 0; half < 2; half++) {
                List<String> mine = new ArrayList<>();
                for (int i = half; i < roles.size(); i += 2) {
                    mine.add(roles.get(i));
                }
                runs.add(browsers.submit(() -> {
                    check(mine, screens, adminScreens, report, problems);
                    return null;
                }));
            }
            for (var run : runs) {
                run.get();
            }
        } finally {
            browsers.shutdownNow();
        }
        report.sort(null);
        java.nio.file.Files.write(java.nio.file.Path.of("target/accessibility.txt"), report);
        assertThat(problems).isEmpty();
    }

    private void check(List<String> roles, Map<String, String> screens, Map<String, String> adminScreens,
                       List<String> report, List<String> problems) {
        try (com.microsoft.playwright.Playwright playwright = com.microsoft.playwright.Playwright.create();
             com.microsoft.playwright.Browser browser = Chromium.launch(playwright)) {
            for (String role : roles) {
                try (com.microsoft.playwright.BrowserContext context = browser.newContext(
                        new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 800))) {
                    context.setDefaultTimeout(20_000);
                    context.addInitScript(axeSource());
                    Page tab = context.newPage();
                    Chromium.signIn(tab, url(""), role);
                    (role.equals("admin") ? adminScreens : screens).forEach((name, path) -> {
                        open(tab, path);
                        @SuppressWarnings("unchecked")
                        List<String> violations = (List<String>) tab.evaluate(RUN);
                        report.add(role + "\t" + name + "\t" + (violations.isEmpty() ? "none" : String.join(" ;; ", violations)));
                        violations.stream().filter(v -> v.startsWith("critical") || v.startsWith("serious"))
                                .forEach(v -> problems.add(role + " on " + name + ": " + v));
                        plainWords(name, (String) tab.evaluate("() => document.getElementById('main-content').innerText"))
                                .forEach(word -> problems.add(role + " on " + name + " shows '" + word + "'"));
                    });
                }
            }
        }
    }
}
