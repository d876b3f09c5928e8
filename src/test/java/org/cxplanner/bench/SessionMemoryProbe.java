package org.cxplanner.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.cxplanner.raci.LargePlan;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server memory per open session, measured on a running production jar: loads the 500 × 30 plan into its
 * database, signs in through the login form in Chromium N times, opens the page the way a user does (side
 * navigation) and reads the server's heap after full GCs with jcmd. Started by {@code .ci/benchmark}.
 * Arguments: server pid, base URL, JDBC URL of its database, sessions.
 */
public final class SessionMemoryProbe {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    public static void main(String[] args) throws Exception {
        String pid = args[0];
        String base = args[1];
        int sessions = Integer.parseInt(args[3]);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(args[2], "postgres", "");
        LargePlan.create(new JdbcTemplate(dataSource), 500, 30);
        try (Playwright playwright = Playwright.create();
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                     .setExecutablePath(Path.of("/usr/bin/chromium")).setArgs(List.of("--no-sandbox", "--disable-gpu",
                             "--disable-background-networking", "--disable-component-update", "--no-first-run")))) {
            for (String route : List.of("", "raci")) {
                List<BrowserContext> open = new ArrayList<>();
                open.add(session(browser, base, route));
                long before = usedHeapKb(pid);
                for (int i = 0; i < sessions; i++) {
                    open.add(session(browser, base, route));
                }
                long after = usedHeapKb(pid);
                System.out.printf("production jar, memory per open session on /%s: %d KB (heap delta over %d real sessions, after GC)%n",
                        route, (after - before) / sessions, sessions);
                open.forEach(BrowserContext::close);
            }
        }
    }

    private static BrowserContext session(Browser browser, String base, String route) {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.navigate(base + "/login");
        page.locator("input[name=username]").fill("cx");
        page.locator("input[name=password]").fill("demo-password");
        page.locator("vaadin-button[slot=submit]").click();
        page.locator(".home-greeting").waitFor();
        if (!route.isEmpty()) {
            page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("RACI matrix")).click();
            page.locator(".raci-summary").waitFor();
            page.locator("vaadin-grid-cell-content").first().waitFor();
        }
        page.waitForTimeout(300);
        return context;
    }

    /**
     * Young plus old generation in use after full collections (serial GC). Objects waiting for finalization are not
     * live, but a collection only queues them: Vaadin's static file server opens and closes a zip file system per
     * resource request, and those (tens of KB each) would otherwise count at random. So: collect, finalize, collect.
     */
    static long usedHeapKb(String pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run_finalization");
        jcmd(pid, "GC.run");
        Matcher matcher = USED.matcher(jcmd(pid, "GC.heap_info"));
        long used = 0;
        for (int i = 0; i < 2 && matcher.find(); i++) {
            used += Long.parseLong(matcher.group(1));
        }
        return used;
    }

    static String jcmd(String pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), pid, command)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
