package org.cxplanner.bench;

import org.cxplanner.security.Team;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Server memory per open session on each main screen, as issue #11 measures it: a running production jar with the
 * demo plan, sessions signed in as {@code cx} through the login form in Chromium, the screen opened from the side
 * navigation, tabs kept open (push connected). Per screen: 8 warm-up sessions, then the live heap after full GCs at
 * 20, 30, … 80 open sessions; the per-session figure is the increase from 20 to 50 divided by 30, and the
 * least-squares slope over all points is printed beside it, with how much the heap moved in 15 s with nothing
 * opened or closed (the noise any single reading carries). All tabs close between screens.
 * Started by {@code .ci/memory-benchmark}; arguments: server pid, base URL.
 */
public final class ScreenMemoryProbe {

    /** Team navigation label → what shows once the screen is ready. */
    static final Map<String, String> SCREENS = new java.util.LinkedHashMap<>();

    static {
        SCREENS.put("RACI matrix", ".raci-grid vaadin-grid-cell-content .tp-name");
        SCREENS.put("Roadmap", ".timeline-bar");
        SCREENS.put("Messages", ".messages-view vaadin-grid-cell-content");
        SCREENS.put("Indicators", ".scorecard-view vaadin-grid-cell-content");
        SCREENS.put("Weekly review", ".review-section");
    }

    /**
     * Opening a tab leaves megabytes of objects that are already garbage but wait for a cleaner (the static file
     * server's zip file systems): the first full collection only queues them, so a reading taken at once counts
     * about 4 MB that no tab holds, more or less from one reading to the next. The probe reads the heap twice,
     * {@code SETTLE} apart, and keeps the second reading, which then repeats to within 0.1 MB.
     */
    static final java.time.Duration SETTLE = java.time.Duration.ofSeconds(
            Long.parseLong(System.getenv().getOrDefault("SETTLE_SECONDS", "3")));

    /** Open sessions at which the live heap is read; the figure is 20 → 50, the slope over all is steadier. */
    static final List<Integer> POINTS = List.of(20, 30, 40, 50, 60, 70, 80);

    public static void main(String[] args) throws Exception {
        String pid = args[0];
        String base = args[1];
        try (Playwright playwright = Playwright.create();
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                     .setExecutablePath(Path.of("/usr/bin/chromium")).setArgs(List.of("--no-sandbox", "--disable-gpu",
                             "--disable-background-networking", "--disable-component-update", "--no-first-run")))) {
            String only = System.getenv("SCREENS");
            for (Map.Entry<String, String> screen : SCREENS.entrySet()) {
                if (only != null && !only.contains(screen.getKey())) {
                    continue;
                }
                List<BrowserContext> open = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    open.add(session(browser, base, screen.getKey(), screen.getValue()));
                }
                close(open);
                open.clear();
                List<long[]> points = new ArrayList<>();
                Map<String, long[]> histogram20 = null;
                Map<String, long[]> histogram50 = null;
                long at20 = 0;
                long at50 = 0;
                for (int sessions : POINTS) {
                    while (open.size() < sessions) {
                        open.add(session(browser, base, screen.getKey(), screen.getValue()));
                    }
                    Map<String, long[]> histogram = settledHistogram(pid);
                    points.add(new long[]{sessions, liveBytes(histogram)});
                    if (sessions == 20) {
                        histogram20 = histogram;
                        at20 = SessionMemoryProbe.usedHeapKb(pid);
                        dump(pid, screen.getKey(), 20);
                    } else if (sessions == 50) {
                        histogram50 = histogram;
                        at50 = SessionMemoryProbe.usedHeapKb(pid);
                        dump(pid, screen.getKey(), 50);
                    }
                }
                Thread.sleep(15_000);
                long idle = liveBytes(settledHistogram(pid)) - points.getLast()[1];
                System.out.printf("memory per open session, %s: %d KB of live objects from 20 to 50 sessions; slope over %s sessions %d KB"
                                + " (heap in use %d KB at 20 sessions, %d KB at 50); the same %d tabs 15 s later: %+d KB in all%n",
                        screen.getKey(), (liveBytes(histogram50) - liveBytes(histogram20)) / 30 / 1024, POINTS,
                        slope(points) / 1024, at20, at50, open.size(), idle / 1024);
                // The first reading can still carry something of the warm-up (docs/benchmarks.md, third round).
                System.out.printf("memory per open session, %s: slope over %s sessions %d KB (the figure to quote)%n",
                        screen.getKey(), POINTS.subList(1, POINTS.size()), slope(points.subList(1, points.size())) / 1024);
                System.out.printf("memory per open session, %s, live objects at each point (sessions: KB): %s%n", screen.getKey(),
                        points.stream().map(p -> p[0] + ": " + p[1] / 1024).toList());
                printLargestGrowth(screen.getKey(), histogram20, histogram50);
                close(open);
            }
        }
    }

    /**
     * Closes the tabs the way a user does, so the browser's unload beacon ends their UIs at once. Without it each
     * closed UI lives on until three heartbeats are missed (about three minutes) and is collected in the middle of
     * the next measurement, which then comes out tens of KB per session too low or too high.
     */
    private static void close(List<BrowserContext> open) throws InterruptedException {
        for (BrowserContext context : open) {
            context.pages().forEach(page -> page.close(new Page.CloseOptions().setRunBeforeUnload(true)));
        }
        Thread.sleep(2000);
        open.forEach(BrowserContext::close);
    }

    /** Least-squares slope of live bytes over open sessions: bytes per session. */
    static long slope(List<long[]> points) {
        double n = points.size();
        double sx = points.stream().mapToDouble(p -> p[0]).sum();
        double sy = points.stream().mapToDouble(p -> p[1]).sum();
        double sxy = points.stream().mapToDouble(p -> (double) p[0] * p[1]).sum();
        double sxx = points.stream().mapToDouble(p -> (double) p[0] * p[0]).sum();
        return Math.round((n * sxy - sx * sy) / (n * sxx - sx * sx));
    }

    /** With HEAP_DUMPS=<dir>, a heap dump of live objects at 20 and at 50 sessions, for {@link HeapDumpDiff}. */
    static void dump(String pid, String screen, int sessions) throws Exception {
        String dir = System.getenv("HEAP_DUMPS");
        if (dir != null) {
            SessionMemoryProbe.jcmd(pid, "GC.heap_dump " + Path.of(dir, screen.split(" ")[0] + "-" + sessions + ".hprof").toAbsolutePath());
        }
    }

    /** The live objects once what the last tabs left for a cleaner is gone (see {@link #SETTLE}). */
    static Map<String, long[]> settledHistogram(String pid) throws Exception {
        histogram(pid);
        Thread.sleep(SETTLE.toMillis());
        return histogram(pid);
    }

    /** Class name → {instances, bytes} from {@code jcmd GC.class_histogram} (which collects first: live objects only). */
    static Map<String, long[]> histogram(String pid) throws Exception {
        Map<String, long[]> classes = new java.util.HashMap<>();
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
        for (String row : SessionMemoryProbe.jcmd(pid, "GC.class_histogram").split("\n")) {
            java.util.regex.Matcher m = line.matcher(row);
            if (m.find()) {
                classes.put(m.group(3), new long[]{Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
            }
        }
        return classes;
    }

    /** Live objects in KB, after a full collection, without heap filler (see {@link #liveBytes}). */
    static long liveKb(String pid) throws Exception {
        return liveBytes(histogram(pid)) / 1024;
    }

    /**
     * Bytes of live objects in a histogram. Heap filler arrays ({@code jdk.internal.vm.FillerElement[]}) are dead
     * space the collector could not compact away; they come and go by megabytes between two full collections, which
     * is why the heap in use is no measure of what a session costs.
     */
    static long liveBytes(Map<String, long[]> histogram) {
        return histogram.entrySet().stream().filter(e -> !e.getKey().startsWith("[Ljdk.internal.vm.Filler")
                && !e.getKey().startsWith("jdk.internal.vm.Filler")).mapToLong(e -> e.getValue()[1]).sum();
    }

    /** The ten classes whose live bytes grew most from 20 to 50 sessions, per session. */
    private static void printLargestGrowth(String screen, Map<String, long[]> before, Map<String, long[]> after) {
        printLargestGrowth("memory per open session, " + screen, before, after, 30);
    }

    /** The ten classes whose live bytes grew most, divided by {@code per}. */
    static void printLargestGrowth(String prefix, Map<String, long[]> before, Map<String, long[]> after, int per) {
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[]{e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .filter(e -> !e.getKey().contains("jdk.internal.vm.Filler"))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(10)
                .forEach(e -> System.out.printf("%s, largest part: %-60s %8.1f KB in %8.1f objects%n",
                        prefix, e.getKey(), e.getValue()[1] / (double) per / 1024, e.getValue()[0] / (double) per));
    }

    static BrowserContext session(Browser browser, String base, String label, String ready) {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(base + "/login");
        page.locator("input[name=username]").fill("cx");
        page.locator("input[name=password]").fill("demo-password");
        page.locator("vaadin-button[slot=submit]").click();
        page.locator(".home-greeting").waitFor();
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(label)).first().click();
        page.locator(ready).first().waitFor();
        page.waitForTimeout(200);
        return context;
    }
}
