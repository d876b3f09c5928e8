package org.cxplanner.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.cxplanner.raci.LargePlan;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue #11's scale figures, on a running production jar ({@code .ci/scale-benchmark} starts it with -Xmx1g and
 * Tomcat's access log): loads the benchmark plan (500 touchpoints × 30 functions, 300 initiatives, 200 indicators,
 * 200 messages), opens 100 signed-in Chromium sessions spread over the five main screens, and reports the live heap
 * per open session (hence how many fit in 1 GB). Then the 20 sessions on the RACI matrix act at once for a minute,
 * each about once a second: ten set a cell with the keyboard (which every open matrix receives live), ten apply and
 * clear the "gaps only" filter. The server's time per request comes from the access log, which this probe reads
 * for that minute only. Arguments: server pid, base URL, JDBC URL of its database, access log directory.
 */
public final class ScaleProbe {

    static final int SESSIONS = Integer.parseInt(System.getenv().getOrDefault("SESSIONS", "100"));
    static final int ACTING_SECONDS = 60;
    /** How often each acting tab acts, in ms ({@code ACT_EVERY_MS}, default about once a second). */
    static final int ACT_EVERY_MS = Integer.parseInt(System.getenv().getOrDefault("ACT_EVERY_MS", "1000"));

    private static final Map<String, String> SCREENS = ScreenMemoryProbe.SCREENS;

    public static void main(String[] args) throws Exception {
        String pid = args[0];
        String base = args[1];
        Path accessLogs = Path.of(args[3]);
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(args[2], "postgres", ""));
        LargePlan.create(jdbc, 500, 30);
        LargePlan.roadmap(jdbc, 300, 3, 500);
        LargePlan.indicators(jdbc, 200, 52);
        LargePlan.messages(jdbc, 200, 500);
        try (Playwright playwright = Playwright.create();
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                     .setExecutablePath(Path.of("/usr/bin/chromium")).setArgs(List.of("--no-sandbox", "--disable-gpu",
                             "--disable-background-networking", "--disable-component-update", "--no-first-run",
                             "--disable-renderer-backgrounding", "--disable-background-timer-throttling")))) {
            List<String> labels = List.copyOf(SCREENS.keySet());
            for (int i = 0; i < 5; i++) {
                session(browser, base, labels.get(i)).close();
            }
            long baseline = ScreenMemoryProbe.liveKb(pid);
            List<Page> raci = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                String label = labels.get(i % labels.size());
                Page page = session(browser, base, label);
                if (label.equals("RACI matrix")) {
                    raci.add(page);
                }
            }
            Map<String, long[]> openHistogram = ScreenMemoryProbe.histogram(pid);
            long open = ScreenMemoryProbe.liveBytes(openHistogram) / 1024;
            long perSession = (open - baseline) / SESSIONS;
            System.out.printf("scale: live objects %d MB with the plan and no sessions, %d MB with %d open sessions: %d KB per session;"
                            + " %d sessions would fill a 1 GB heap%n", baseline / 1024, open / 1024, SESSIONS, perSession,
                    (1024 * 1024 - baseline) / perSession);

            java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicLong answered = new java.util.concurrent.atomic.AtomicLong();
            List<TabLog> tabLogs = new ArrayList<>();
            for (int i = 0; i < raci.size(); i++) {
                Page page = raci.get(i);
                page.onRequest(request -> count(request.url(), sent));
                page.onRequestFinished(request -> count(request.url(), answered));
                tabLogs.add(new TabLog(page, i % 2 == 0 ? "cell editor" : "gaps-only filter"));
            }
            for (int i = 0; i < raci.size(); i++) {
                startActing(raci.get(i), i);
            }
            long from = System.currentTimeMillis();
            long cpuBefore = ServerCpu.ticks(Long.parseLong(pid));
            long browserCpuBefore = ServerCpu.ticks(ProcessHandle.current().pid());
            actFor(pid);
            long until = System.currentTimeMillis();
            long cpuTicks = ServerCpu.ticks(Long.parseLong(pid)) - cpuBefore;
            long browserTicks = ServerCpu.ticks(ProcessHandle.current().pid()) - browserCpuBefore;
            System.out.printf("scale: the browsers (and this probe) used %.1f s of processor time in the %d s (%.0f %% of one core)%n",
                    browserTicks / ServerCpu.TICKS_PER_SECOND, ACTING_SECONDS, 100.0 * browserTicks / ServerCpu.TICKS_PER_SECOND / ACTING_SECONDS);
            System.out.printf("scale: the server and its database used %.1f s of processor time in the %d s (%.0f %% of one core)%n",
                    cpuTicks / ServerCpu.TICKS_PER_SECOND, ACTING_SECONDS, 100.0 * cpuTicks / ServerCpu.TICKS_PER_SECOND / ACTING_SECONDS);
            // A tab that reloaded during the run (its page was replaced) no longer has the timer or its count.
            long actions = 0;
            int reloaded = 0;
            for (Page page : raci) {
                try {
                    actions += ((Number) page.evaluate("() => { clearInterval(window.__scaleProbe); return window.__scaleActions || 0; }")).longValue();
                } catch (com.microsoft.playwright.PlaywrightException e) {
                    reloaded++;
                }
            }
            System.out.printf("scale: %d of the acting tabs were reloaded during the run%n", reloaded);
            Thread.sleep(5000);
            raci.getFirst().title(); // lets Playwright hand over the request events it holds
            Map<Object, Long> states = raci.stream().collect(java.util.stream.Collectors.groupingBy(ScaleProbe::connectionState,
                    java.util.stream.Collectors.counting()));
            System.out.printf("scale: the acting tabs sent %d requests to the server and had %d answered; their connection states: %s%n",
                    sent.get(), answered.get(), states);
            report(accessLogs, from, until, actions);
            tabLogs.forEach(TabLog::print);
            Map<String, long[]> afterHistogram = ScreenMemoryProbe.histogram(pid);
            System.out.printf("scale: live objects after the load run %d MB%n", ScreenMemoryProbe.liveBytes(afterHistogram) / 1024 / 1024);
            ScreenMemoryProbe.printLargestGrowth("scale: during the load run", openHistogram, afterHistogram, 1);
            ScreenMemoryProbe.dump(pid, "scale", 100);
        }
    }

    private static Page session(Browser browser, String base, String label) {
        return ScreenMemoryProbe.session(browser, base, label, SCREENS.get(label)).pages().getFirst();
    }

    /**
     * Even-numbered pages focus a cell in their own row and then set it R, C, I, R, … once a second (the grid's
     * keydown listener sends the key; every open matrix is told of the change); odd ones click "Gaps only" once
     * a second. Timers run in the page, so all twenty act at once without a Playwright thread each.
     */
    private static void startActing(Page page, int index) {
        if (index % 2 == 0) {
            // Each editor takes its own row (no two edit the same cell); two steps right of the touchpoint is a function.
            page.locator(".raci-grid vaadin-grid-cell-content .tp-name").nth(index / 2).click();
            page.keyboard().press("ArrowRight");
            page.keyboard().press("ArrowRight");
            page.waitForTimeout(300);
            page.evaluate("() => { const grid = document.querySelector('.raci-grid'); const keys = ['r', 'c', 'i'];"
                    + " window.__scaleActions = 0;"
                    + " window.__scaleProbe = setInterval(() => { grid.dispatchEvent(new KeyboardEvent('keydown',"
                    + " {key: keys[window.__scaleActions % 3], bubbles: true, composed: true})); window.__scaleActions++; },"
                    + " " + pace() + "); }");
        } else {
            page.evaluate("() => { const box = document.querySelector('.raci-filters vaadin-checkbox'); window.__scaleActions = 0;"
                    + " window.__scaleProbe = setInterval(() => { box.click(); window.__scaleActions++; }, " + pace() + "); }");
        }
    }

    /** The interval of one tab's timer, in JavaScript: the pace ± 10 %, so the tabs do not act in lockstep. */
    private static String pace() {
        return (ACT_EVERY_MS * 9 / 10) + " + Math.random() * " + (ACT_EVERY_MS / 5);
    }

    /**
     * What one acting tab went through: its requests that got no answer (and how long they had waited), failed
     * requests, push socket closes, and the browser console's warnings and errors (Vaadin's client logs there why it
     * resynchronises or reconnects).
     */
    static final class TabLog {

        private final String kind;
        private final java.util.Map<com.microsoft.playwright.Request, Long> pending = new java.util.concurrent.ConcurrentHashMap<>();
        private final List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
        private final List<Double> queued = java.util.Collections.synchronizedList(new ArrayList<>());
        private final List<Double> answeredIn = java.util.Collections.synchronizedList(new ArrayList<>());
        private final long start = System.currentTimeMillis();
        private final Page page;

        TabLog(Page page, String kind) {
            this.page = page;
            this.kind = kind;
            page.onRequest(request -> {
                if (request.url().contains("v-r=")) {
                    pending.put(request, System.currentTimeMillis());
                }
            });
            page.onRequestFinished(request -> {
                Long sentAt = pending.remove(request);
                if (sentAt != null && request.url().contains("v-r=uidl")) {
                    var timing = request.timing();
                    // Queued in the browser (waiting for a connection) until requestStart; the server's share after it.
                    queued.add(timing.requestStart);
                    if (timing.requestStart > 1000) {
                        event(String.format("answered after waiting %.0f ms in the browser (connection %.0f to %.0f ms)",
                                timing.requestStart, timing.connectStart, timing.connectEnd));
                    }
                    answeredIn.add(timing.responseStart - timing.requestStart);
                } else if (sentAt != null) {
                    event("finished after " + (System.currentTimeMillis() - sentAt) + " ms: " + request.url().replaceAll(".*\\?", "?"));
                }
            });
            page.onRequestFailed(request -> {
                pending.remove(request);
                event("request failed: " + request.failure());
            });
            page.onConsoleMessage(message -> {
                if (!message.type().equals("log") && !message.type().equals("debug")) {
                    event("console " + message.type() + ": " + message.text());
                }
            });
            page.onWebSocket(socket -> {
                event("push socket opened");
                socket.onClose(closed -> event("push socket closed"));
                socket.onSocketError(error -> event("push socket error: " + error));
            });
        }

        private void event(String what) {
            events.add(String.format("%5.1f s %s", (System.currentTimeMillis() - start) / 1000.0,
                    what.length() > 200 ? what.substring(0, 200) : what));
        }

        private static String rounded(List<Double> millis) {
            synchronized (millis) {
                return millis.stream().map(m -> String.valueOf(Math.round(m))).collect(java.util.stream.Collectors.joining(",", "[", "]"));
            }
        }

        void print() {
            long now = System.currentTimeMillis();
            String waiting = pending.entrySet().stream().map(e -> String.format("%s %s (%.1f s)",
                            e.getKey().url().replaceAll(".*\\?", "?").replaceAll("&v-uiId.*", ""),
                            String.valueOf(e.getKey().postData()).replaceAll("\"csrfToken\":\"[^\"]*\",?", "")
                                    .replaceAll("^(.{0,160}).*$", "$1"), (now - e.getValue()) / 1000.0))
                    .reduce((a, b) -> a + "; " + b).orElse("none");
            System.out.printf("scale: tab (%s, %s): answered requests queued in the browser %s ms, answered in %s ms;"
                    + " waiting for %s%n", kind, connectionState(page), rounded(queued), rounded(answeredIn), waiting);
            synchronized (events) {
                events.stream().skip(Math.max(0, events.size() - 8)).forEach(e -> System.out.println("scale:     " + e));
            }
        }
    }

    private static String connectionState(Page page) {
        try {
            return String.valueOf(page.evaluate(
                    "() => window.Vaadin && window.Vaadin.connectionState ? window.Vaadin.connectionState.state : 'unknown'"));
        } catch (com.microsoft.playwright.PlaywrightException e) {
            return "page gone";
        }
    }

    private static void count(String url, java.util.concurrent.atomic.AtomicLong counter) {
        if (url.contains("v-r=uidl")) {
            counter.incrementAndGet();
        }
    }

    /**
     * Waits out the acting minute; with {@code THREAD_DUMPS=<dir>} it writes the server's threads at a third and two
     * thirds of it, which show what requests that do not come back are waiting for.
     */
    private static void actFor(String pid) throws Exception {
        String dir = System.getenv("THREAD_DUMPS");
        if (dir == null || dir.isBlank()) {
            Thread.sleep(ACTING_SECONDS * 1000L);
            return;
        }
        for (int third = 1; third <= 3; third++) {
            Thread.sleep(ACTING_SECONDS * 1000L / 3);
            if (third < 3) {
                Path file = Path.of(dir, "threads-" + third + ".txt");
                java.nio.file.Files.writeString(file, SessionMemoryProbe.jcmd(pid, "Thread.print -l"));
                System.out.println("scale: server threads written to " + file.toAbsolutePath());
            }
        }
    }

    /** Processor time of a process and all its descendants (the embedded PostgreSQL runs as child processes), from /proc. */
    static final class ServerCpu {

        static final double TICKS_PER_SECOND = 100.0;

        static long ticks(long root) throws java.io.IOException {
            Map<Long, long[]> stats = new java.util.HashMap<>();
            try (var entries = Files.list(Path.of("/proc"))) {
                for (Path entry : entries.toList()) {
                    String name = entry.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    try {
                        String stat = Files.readString(entry.resolve("stat"));
                        // Fields after the command name, which is in parentheses and may contain spaces.
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        stats.put(Long.parseLong(name), new long[]{Long.parseLong(fields[1]),
                                Long.parseLong(fields[11]) + Long.parseLong(fields[12])});
                    } catch (java.io.IOException | RuntimeException gone) {
                        // the process ended while we read
                    }
                }
            }
            long sum = 0;
            for (var stat : stats.entrySet()) {
                for (long pid = stat.getKey(); pid > 1; pid = stats.containsKey(pid) ? stats.get(pid)[0] : 0) {
                    if (pid == root) {
                        sum += stat.getValue()[1];
                        break;
                    }
                }
            }
            return sum;
        }
    }

    /** Server time of the requests the open screens sent during the load run, from the access log's last column. */
    private static void report(Path accessLogs, long from, long until, long actions) throws Exception {
        List<Long> micros = new ArrayList<>();
        try (var files = Files.list(accessLogs)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] parts = line.trim().split(" ");
                    long at = Long.parseLong(parts[0]);
                    if (at >= from && at <= until && line.contains("v-r=uidl")) {
                        micros.add(Long.parseLong(parts[parts.length - 1]));
                    }
                }
            }
        }
        micros.sort(null);
        if (micros.isEmpty()) {
            System.out.println("scale: no requests in the access log; actions sent: " + actions);
            return;
        }
        System.out.printf("scale: %d sessions open, %d acting for %d s: %d actions sent, %d requests served,"
                        + " server time per request median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                SESSIONS, SESSIONS / 5, ACTING_SECONDS, actions, micros.size(), micros.get(micros.size() / 2) / 1000.0,
                micros.get(micros.size() * 95 / 100) / 1000.0, micros.get(micros.size() * 99 / 100) / 1000.0,
                micros.get(micros.size() - 1) / 1000.0);
    }
}
