package org.cxplanner.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Click-to-screen times on a running (warm) production jar with the demo plan, in Chromium: for each user action, the
 * time from the action's event reaching the page (a capture listener on {@code window}) to the moment the updated
 * screen is in the DOM (a MutationObserver checking the expected result). Browser-side clocks only, so Playwright's
 * own round trips are not counted. Started by {@code .ci/click-benchmark}; arguments: base URL, repetitions.
 */
public final class ClickToScreenBenchmark {

    /** Installed before each action: records the first click or key event and the first DOM state passing {@code done}. */
    private static final String ARM = """
            done => {
              window.__bench = { start: null, end: null };
              performance.clearResourceTimings();
              const mark = () => { if (window.__bench.start === null) window.__bench.start = performance.now(); };
              window.addEventListener('click', mark, { capture: true, once: true });
              window.addEventListener('keydown', mark, { capture: true, once: true });
              const check = new Function('return (' + done + ')()');
              const observer = new MutationObserver(() => {
                if (window.__bench.start !== null && window.__bench.end === null && check()) {
                  window.__bench.end = performance.now();
                  observer.disconnect();
                }
              });
              observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
            }""";
    /**
     * For the action's first request to the server: the wait until it left, the server's answer, and the browser's work
     * after it; and how many requests to the server the action made before its result showed (round trips).
     */
    private static final String PHASES = """
            () => { const b = window.__bench;
              const all = performance.getEntriesByType('resource')
                  .filter(e => e.name.includes('v-r=uidl') && e.startTime >= b.start && e.startTime <= b.end);
              const r = all[0];
              return r ? [r.requestStart - b.start, r.responseStart - r.requestStart, b.end - r.responseStart, all.length] : null; }""";
    /** The text of the grid's first shown row (its cells joined by |), and of the cell that has keyboard focus. */
    private static final String HELPERS = """
            () => {
              window.__cell = td => { const slot = td && td.querySelector('slot'); const c = slot && slot.assignedElements()[0];
                                      return c ? c.textContent.trim() : null; };
              window.__firstRow = grid => { const rows = [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                                              .filter(r => !r.hidden && r.index === 0);
                                            return rows.length ? [...rows[0].querySelectorAll('td')].map(window.__cell).join('|') : null; };
              window.__focusedCell = grid => window.__cell(grid.shadowRoot.activeElement);
            }""";

    /** Builds a grid of the given shape and resolves with the milliseconds until its first row is in the DOM. */
    private static final String BARE_GRID = """
            ([columns, rows]) => new Promise(resolve => {
              const start = performance.now();
              const grid = document.createElement('vaadin-grid');
              grid.setAttribute('theme', 'column-borders compact');
              grid.style.cssText = 'position:fixed;left:260px;top:240px;width:1100px;height:640px;background:white;z-index:5';
              for (let c = 0; c < columns; c++) {
                const column = document.createElement('vaadin-grid-column');
                column.path = 'c' + c; column.header = 'Column ' + c; column.frozen = c < 2; column.frozenToEnd = c === columns - 1;
                grid.appendChild(column);
              }
              grid.items = Array.from({ length: rows }, (_, r) => Object.fromEntries(
                  Array.from({ length: columns }, (_, c) => ['c' + c, c < 2 ? 'Row ' + r : 'RACI'[(r + c) % 4]])));
              const observer = new MutationObserver(() => {
                if (window.__firstRow(grid) !== null) { observer.disconnect(); resolve(performance.now() - start); }
              });
              observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
              document.body.appendChild(grid);
            })""";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        try (Playwright playwright = Playwright.create();
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                     .setExecutablePath(Path.of("/usr/bin/chromium")).setArgs(List.of("--no-sandbox", "--disable-gpu")))) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
            page.setDefaultTimeout(15_000);
            signIn(page, base, "cco");
            List<Result> navigation = sideNavigation(page, repetitions);
            Result yardstick = navigation.getFirst();
            if ("true".equals(System.getenv("CLICK_TRACE"))) {
                // The first trace of a browser also pays for starting the tracing: one round is thrown away.
                for (int i = -1; i < SCREENS.size(); i++) {
                    List<String> screen = SCREENS.get(Math.max(0, i));
                    String line = NavigationTrace.trace(browser, page, screen.get(0), () -> {
                        page.locator("vaadin-side-nav-item[path='']").click();
                        page.locator(".home-greeting").waitFor();
                        page.waitForTimeout(300);
                        helpers(page);
                        page.evaluate(ARM, screen.get(2));
                        page.locator("vaadin-side-nav-item[path='" + screen.get(1) + "']").click();
                        page.waitForFunction("() => window.__bench.end !== null");
                        return ((Number) page.evaluate("() => window.__bench.end - window.__bench.start")).doubleValue();
                    });
                    if (i >= 0) {
                        System.out.println(line);
                    }
                }
            }
            if ("navigation".equals(System.getenv("CLICK_ONLY"))) {
                navigation.forEach(System.out::println);
                return;
            }
            Result floor = bareGrid(page, base, repetitions);
            List<Result> report = new ArrayList<>();

            page.navigate(base + "/raci");
            page.locator("vaadin-grid-cell-content .tp-name", new Page.LocatorOptions().setHasText("Website")).first().click();
            for (int i = 0; i < 9; i++) {
                page.keyboard().press("ArrowRight"); // Touchpoint → Initiatives → CMO … → Legal
            }
            helpers(page);
            String current = (String) page.evaluate("() => window.__focusedCell(document.querySelector('.raci-grid'))");
            String[] letters = "C".equals(current) ? new String[]{"c", "i"} : new String[]{"i", "c"};
            int[] turn = {0};
            report.add(measure("set a RACI cell with the keyboard", repetitions, page, () -> turn[0]++,
                    () -> page.keyboard().press(letters[turn[0] % 2]),
                    () -> "() => window.__focusedCell(document.querySelector('.raci-grid')) === '"
                            + letters[turn[0] % 2].toUpperCase(Locale.ROOT) + "'"));

            page.navigate(base + "/raci");
            page.locator(".raci-grid").waitFor();
            helpers(page);
            page.waitForFunction("() => window.__firstRow(document.querySelector('.raci-grid')) !== null");
            String allFirst = (String) page.evaluate("() => window.__firstRow(document.querySelector('.raci-grid'))");
            boolean[] on = {false};
            report.add(measure("apply or clear the \"gaps only\" filter", repetitions, page, () -> on[0] = !on[0],
                    () -> page.locator("vaadin-checkbox", new Page.LocatorOptions().setHasText("Gaps only")).locator("input").click(),
                    () -> on[0] ? "() => { const g = document.querySelector('.raci-grid'); const r = window.__firstRow(g); return g.size === 3 && r !== null && r.includes('Social media'); }"
                            : "() => { const g = document.querySelector('.raci-grid'); return g.size > 3 && window.__firstRow(g) === '" + allFirst + "'; }"));

            report.add(measure("open an initiative from the timeline", repetitions, page, () -> {
                page.navigate(base + "/roadmap");
                page.locator(".timeline-bar").first().waitFor();
            }, () -> page.locator(".timeline-bar", new Page.LocatorOptions().setHasText("Pricing page clarity")).first().click(),
                    "() => { const h = document.querySelector('.initiative-view h2'); return h && h.textContent.includes('Pricing page clarity'); }"));

            page.navigate(base + "/messages");
            page.locator(".messages-view vaadin-grid").waitFor();
            page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("December customer newsletter")).first().click();
            Locator row = page.locator(".check-row", new Page.LocatorOptions().setHasText("Support is ready for replies"));
            row.waitFor();
            boolean[] ticked = {false};
            report.add(measure("tick or untick a checklist item", repetitions, page, () -> ticked[0] = !ticked[0],
                    () -> row.locator("vaadin-checkbox input").click(),
                    () -> "() => { const r = [...document.querySelectorAll('.check-row')].find(r => r.textContent.includes('Support is ready for replies'));"
                            + " return r && " + (ticked[0] ? "" : "!") + "r.textContent.includes('ticked by'); }"));

            page.navigate(base + "/reviews");
            page.locator(".review-section").first().waitFor();
            int[] action = {0};
            report.add(measure("add an action item in the review", repetitions, page, () -> {
                action[0]++;
                page.locator("vaadin-button:visible", new Page.LocatorOptions().setHasText("Add action item")).first().click();
                page.getByLabel("Action", new Page.GetByLabelOptions().setExact(true)).fill("Benchmark action " + action[0]);
                Locator owner = page.getByLabel("Owner", new Page.GetByLabelOptions().setExact(true));
                owner.fill("Casey");
                page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Casey Experience")).click();
            }, () -> page.locator("vaadin-button:visible", new Page.LocatorOptions().setHasText("Add action item")).last().click(),
                    () -> "() => { const a = document.querySelector('.review-agreed'); return a && a.textContent.includes('Benchmark action "
                            + action[0] + "Casey'); }"));
            System.out.println("Side navigation from the home screen, against the yardstick (a plain list screen) and,"
                    + " for the matrix, the bare grid:");
            for (Result step : navigation) {
                System.out.println(step);
                if (step != yardstick) {
                    double ratio = step.median() / yardstick.median();
                    System.out.printf(Locale.ROOT, "%-46s %.2f × the yardstick (limit 1.30): %s%n", "", ratio,
                            ratio <= 1.3 ? "met" : "NOT MET");
                }
                if (step.what().contains("RACI")) {
                    double limit = floor.median() + 25;
                    System.out.printf(Locale.ROOT, "%-46s bare-grid floor %.1f ms + 25 = %.1f ms: %s%n", "", floor.median(),
                            limit, step.median() <= limit ? "met" : "NOT MET");
                }
                if (!Double.isNaN(step.serverAnswer())) {
                    System.out.printf(Locale.ROOT, "%-46s first answer %.1f ms (limit 5): %s%n", "", step.serverAnswer(),
                            step.serverAnswer() <= 5 ? "met" : "NOT MET");
                }
            }
            System.out.println(floor);
            System.out.println("Actions on a screen (limit 50 ms median each):");
            for (Result step : report) {
                System.out.println(step);
                System.out.printf(Locale.ROOT, "%-46s %s%n", "", step.median() <= 50 ? "met" : "NOT MET");
            }
        }
    }

    /** Each main screen, and the yardstick first, with the test for "its content shows". */
    private static final List<List<String>> SCREENS = List.of(
            List.of("the yardstick (grid 5 × 25)", "yardstick", "() => { const g = document.querySelector('.yardstick-grid'); return g && window.__firstRow(g) !== null; }"),
            List.of("RACI matrix", "raci", "() => { const g = document.querySelector('.raci-grid'); return g && window.__firstRow(g) !== null; }"),
            List.of("Catalog", "catalog", "() => { const g = document.querySelector('.catalog-view vaadin-grid'); return g && window.__firstRow(g) !== null; }"),
            List.of("Roadmap", "roadmap", "() => document.querySelector('.timeline-bar') !== null"),
            List.of("Indicators", "indicators", "() => { const g = document.querySelector('.scorecard-view vaadin-grid'); return g && window.__firstRow(g) !== null; }"),
            List.of("Messages", "messages", "() => { const g = document.querySelector('.messages-view vaadin-grid'); return g && window.__firstRow(g) !== null; }"),
            List.of("Weekly review", "reviews", "() => document.querySelector('.review-section') !== null"));

    /**
     * A click on a side navigation entry, from the home screen (reached by its own entry, no page load in between), to
     * the screen's content: the yardstick first, then each main screen, all in the same page.
     */
    private static List<Result> sideNavigation(Page page, int repetitions) {
        List<Result> results = new ArrayList<>();
        for (List<String> screen : SCREENS) {
            results.add(measure("side navigation to " + screen.get(0), repetitions, page, () -> {
                if (page.locator(".home-greeting").count() == 0) {
                    page.locator("vaadin-side-nav-item[path='']").click();
                    page.locator(".home-greeting").waitFor();
                }
            }, () -> page.locator("vaadin-side-nav-item[path='" + screen.get(1) + "']").click(), screen.get(2)));
        }
        return results;
    }

    /**
     * The floor under opening the matrix: a bare vaadin-grid of the matrix's shape (its columns, its first page of
     * rows, its theme), built in the page by script, with no server, no Flow client and no other component, timed from
     * its creation to its first row in the DOM. Each round loads a new page first, as the navigation rounds do.
     */
    private static Result bareGrid(Page page, String base, int repetitions) {
        page.navigate(base + "/raci");
        page.locator(".raci-grid").waitFor();
        helpers(page);
        page.waitForFunction("() => window.__firstRow(document.querySelector('.raci-grid')) !== null");
        @SuppressWarnings("unchecked")
        List<Number> shape = (List<Number>) page.evaluate("() => { const g = document.querySelector('.raci-grid');"
                + " return [g.querySelectorAll('vaadin-grid-column').length, Math.min(g.size, g.pageSize)]; }");
        int columns = shape.get(0).intValue();
        int rows = shape.get(1).intValue();
        System.err.println("measuring: a bare vaadin-grid of " + columns + " columns and " + rows + " rows");
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < repetitions + 5; i++) {
            page.navigate(base + "/");
            page.locator(".home-greeting").waitFor();
            page.waitForTimeout(150);
            helpers(page);
            double ms = ((Number) page.evaluate(BARE_GRID, List.of(columns, rows))).doubleValue();
            if (i >= 5) {
                times.add(ms);
            }
        }
        System.err.println("(" + columns + " columns × " + rows + " rows, built in the page by script)");
        return new Result("a bare vaadin-grid of the matrix's shape, no server", times, List.of());
    }

    private static void signIn(Page page, String base, String user) {
        page.navigate(base + "/login");
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill("demo-password");
        page.locator("vaadin-button[slot=submit]").click();
        page.locator(".home-greeting").waitFor();
    }

    private static void helpers(Page page) {
        page.evaluate(HELPERS);
    }

    private static Result measure(String what, int repetitions, Page page, Runnable prepare, Runnable action, String done) {
        return measure(what, repetitions, page, prepare, action, () -> done);
    }

    /** Five warm-up rounds, then {@code repetitions} measured ones. */
    private static Result measure(String what, int repetitions, Page page, Runnable prepare, Runnable action,
                                  java.util.function.Supplier<String> done) {
        System.err.println("measuring: " + what);
        List<Double> times = new ArrayList<>();
        List<double[]> phases = new ArrayList<>();
        for (int i = 0; i < repetitions + 5; i++) {
            prepare.run();
            helpers(page);
            page.evaluate(ARM, done.get());
            action.run();
            page.waitForFunction("() => window.__bench.end !== null");
            double ms = ((Number) page.evaluate("() => window.__bench.end - window.__bench.start")).doubleValue();
            if (i >= 5) {
                times.add(ms);
                @SuppressWarnings("unchecked")
                List<Number> phase = (List<Number>) page.evaluate(PHASES);
                if (phase != null) {
                    phases.add(phase.stream().mapToDouble(Number::doubleValue).toArray());
                }
            }
            page.waitForTimeout(150);
        }
        return new Result(what, times, phases);
    }

    /**
     * One action's times (median, 95th percentile, range) and where the time went, from the browser's timing of the
     * action's requests to the server: until the first request leaves, the server's answer to it (to its first byte,
     * the network here being the loopback), the browser's work from that answer to the finished screen, and the number
     * of requests (round trips) before the result showed.
     */
    record Result(String what, double median, double p95, double fastest, double slowest, int runs, double[] phases) {

        Result(String what, List<Double> times, List<double[]> phases) {
            this(what, sorted(times).get(times.size() / 2), sorted(times).get((int) Math.ceil(times.size() * 0.95) - 1),
                    sorted(times).getFirst(), sorted(times).getLast(), times.size(), phaseMedians(phases));
        }

        private static List<Double> sorted(List<Double> times) {
            return times.stream().sorted().toList();
        }

        private static double[] phaseMedians(List<double[]> phases) {
            if (phases.isEmpty()) {
                return null;
            }
            double[] medians = new double[phases.getFirst().length];
            for (int p = 0; p < medians.length; p++) {
                final int index = p;
                double[] values = phases.stream().mapToDouble(phase -> phase[index]).sorted().toArray();
                medians[p] = values[values.length / 2];
            }
            return medians;
        }

        double serverAnswer() {
            return phases == null ? Double.NaN : phases[1];
        }

        @Override
        public String toString() {
            String line = String.format(Locale.ROOT, "%-46s median %5.1f ms  p95 %5.1f ms  (%d runs, %.1f–%.1f ms)", what,
                    median, p95, runs, fastest, slowest);
            String detail = phases == null ? "(no request to the server)" : String.format(Locale.ROOT,
                    "medians: until the request leaves %.0f ms, server's answer %.1f ms, browser builds the screen %.0f ms,"
                            + " %.0f round trip%s", phases[0], phases[1], phases[2], phases[3], phases[3] == 1 ? "" : "s");
            return line + String.format(Locale.ROOT, "%n%-46s %s", "", detail);
        }
    }
}
