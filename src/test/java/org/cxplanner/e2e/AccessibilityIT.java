package org.cxplanner.e2e;

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
class AccessibilityIT extends BrowserIT {

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
        }
        return screens;
    }

    /** Opens a screen as the navigation does (no page load: the axe engine stays in the page), and waits for it. */
    private void open(String path) {
        if (page.url().equals(url(path))) {
            page.reload();
            page.locator("#main-content > :last-child").waitFor();
        } else {
            page.evaluate("p => { document.querySelector('#main-content > :last-child').setAttribute('data-left', '');"
                    + " history.pushState({}, '', p); dispatchEvent(new PopStateEvent('popstate')); }", path);
        }
        settle();
    }

    /** Waits until the server has answered the navigation and the browser has drawn the screen. */
    private void settle() {
        page.waitForFunction("() => !document.querySelector('[data-left]')");
        page.waitForFunction("() => window.Vaadin && Object.values(window.Vaadin.Flow.clients)"
                + ".every(c => !c.isActive || !c.isActive())");
        page.waitForTimeout(100);
    }

    private long id(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    /**
     * The roles to check, all by default; {@code -Daxe.roles=cmo} checks one while fixing. Every finding, of any impact,
     * goes to target/accessibility.txt, the source of docs/accessibility.md.
     */
    @Test
    void everyScreenForEveryRoleHasNoSeriousViolation() throws IOException {
        page.context().addInitScript(axeSource());
        List<String> report = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String role : System.getProperty("axe.roles", "cmo,cco,marketer,cx,viewer,admin").split(",")) {
            signIn(role);
            screens(role.equals("admin")).forEach((name, path) -> {
                open(path);
                @SuppressWarnings("unchecked")
                List<String> violations = (List<String>) page.evaluate(RUN);
                report.add(role + "\t" + name + "\t" + (violations.isEmpty() ? "none" : String.join(" ;; ", violations)));
                violations.stream().filter(v -> v.startsWith("critical") || v.startsWith("serious"))
                        .forEach(v -> problems.add(role + " on " + name + ": " + v));
            });
            page.context().clearCookies();
        }
        java.nio.file.Files.write(java.nio.file.Path.of("target/accessibility.txt"), report);
        assertThat(problems).isEmpty();
    }
}
