package org.cxplanner.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Cookie;
import org.cxplanner.raci.RaciLetter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes behind the reverse proxies of docs/deployment.md, configured from the very snippets there (only the
 * addresses, the ports and TLS replaced): every sign-in lands signed in, both nodes get people, and a change arrives
 * live over the push WebSocket through the proxy. Needs Debian's nginx and haproxy, which .ci/run installs.
 */
class ProxiedNodesIT {

    private static final Path DEPLOYMENT = Path.of("docs/deployment.md");
    private static final List<String> USERS = List.of("cmo", "cco", "marketer", "cx", "viewer", "admin");

    private static NodePair nodes;
    private static ConfigurableApplicationContext node1;
    private static ConfigurableApplicationContext node2;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void startTwoNodesAndABrowser() throws Exception {
        nodes = NodePair.start("node1", "node2");
        node1 = nodes.first;
        node2 = nodes.second;
        nodes.resetToDemoPlan();
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

    @ParameterizedTest
    @ValueSource(strings = {"nginx", "haproxy"})
    void everySignInLandsSignedInOnBothNodesAndChangesArriveLiveThroughTheProxy(String proxy) throws Exception {
        // Ten through nginx, where hashing the session cookie lost half of them (ten in a row survive that once in
        // 1024 runs); fewer through HAProxy, whose own node cookie never depended on the session id.
        int signIns = proxy.equals("nginx") ? 10 : 4;
        Path dir = Files.createTempDirectory("cxp-" + proxy);
        int port = NodePair.freePort();
        Process running = proxy.equals("nginx") ? nginx(dir, port) : haproxy(dir, port);
        try {
            waitForPort(port, running, dir);
            String base = "http://127.0.0.1:" + port;
            Set<String> nodes = new HashSet<>();
            // One browser context keeps the scripts cached; with its cookies cleared each sign-in starts as a new
            // visitor. A sign-in ends on the home screen, which the proxy must send to the node that signed it in.
            BrowserContext visitor = browser.newContext();
            visitor.setDefaultTimeout(20_000);
            try {
                Page page = visitor.newPage();
                for (int i = 0; i < signIns; i++) {
                    visitor.clearCookies();
                    try {
                        Chromium.signIn(page, base, USERS.get(i % USERS.size()));
                    } catch (AssertionError notSignedIn) {
                        throw new AssertionError("Sign-in " + (i + 1) + " ended on " + page.url() + " with cookies "
                                + visitor.cookies().stream().map(c -> c.name + "=" + c.value).toList() + "\n" + readAll(dir),
                                notSignedIn);
                    }
                    assertThat(page.url()).as("sign-in " + (i + 1) + " stays signed in").doesNotContain("/login");
                    nodes.add(node(visitor.cookies(), proxy));
                }
            } finally {
                visitor.close();
            }
            assertThat(nodes).as("sign-ins reached both nodes").containsExactlyInAnyOrder("node1", "node2");

            BrowserContext context = browser.newContext();
            context.setDefaultTimeout(20_000);
            try {
                Page viewer = context.newPage();
                List<String> sockets = new CopyOnWriteArrayList<>();
                viewer.onWebSocket(socket -> sockets.add(socket.url()));
                Chromium.signIn(viewer, base, "viewer");
                viewer.navigate(base + "/raci");
                assertThat(viewer.locator(".raci-summary")).hasText("3 touchpoints need attention");
                editOnNode1("Order confirmation", "Support", RaciLetter.R);
                assertThat(viewer.locator(".raci-summary")).hasText("2 touchpoints need attention",
                        new LocatorAssertions.HasTextOptions().setTimeout(5000));
                assertThat(sockets).anyMatch(url -> url.startsWith("ws://127.0.0.1:" + port + "/VAADIN/push"));
                editOnNode1("Order confirmation", "Support", null);
            } finally {
                context.close();
            }
        } finally {
            running.destroy();
            running.waitFor();
        }
    }

    /** Which node a browser's session belongs to: the route ending the session id, or HAProxy's own cookie. */
    private static String node(List<Cookie> cookies, String proxy) {
        String name = proxy.equals("nginx") ? "JSESSIONID" : "CXP_NODE";
        String value = cookies.stream().filter(c -> c.name.equals(name)).map(c -> c.value).findFirst().orElse("");
        return value.substring(value.lastIndexOf('.') + 1);
    }

    private static Process nginx(Path dir, int port) throws IOException {
        String snippet = snippet("nginx").replace("listen 443 ssl;", "listen 127.0.0.1:" + port + ";");
        String config = """
                daemon off;
                master_process off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                %2$s
                }
                """.formatted(dir, addresses(snippet));
        Files.writeString(dir.resolve("nginx.conf"), config);
        return new ProcessBuilder(executable("nginx"), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
    }

    private static Process haproxy(Path dir, int port) throws IOException {
        // Plain HTTP here, so the node cookie cannot be marked Secure.
        String snippet = snippet("haproxy").replace(" secure", "");
        String config = """
                global
                    maxconn 256
                defaults
                    mode http
                    timeout connect 5s
                    timeout client 1h
                    timeout server 1h
                frontend planner
                    bind 127.0.0.1:%d
                    default_backend cxplanner
                %s
                """.formatted(port, addresses(snippet));
        Files.writeString(dir.resolve("haproxy.cfg"), config);
        return new ProcessBuilder(executable("haproxy"), "-db", "-f", dir.resolve("haproxy.cfg").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("haproxy.out").toFile()).start();
    }

    /** The fenced block of the given language in docs/deployment.md. */
    private static String snippet(String language) throws IOException {
        Matcher block = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DEPLOYMENT));
        assertThat(block.find()).as("docs/deployment.md has a " + language + " snippet").isTrue();
        return block.group(1);
    }

    private static String addresses(String snippet) {
        return snippet.replace("10.0.0.11:8080", "127.0.0.1:" + port(node1))
                .replace("10.0.0.12:8080", "127.0.0.1:" + port(node2));
    }

    private static String executable(String name) {
        for (String folder : List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin")) {
            if (Files.isExecutable(Path.of(folder, name))) {
                return Path.of(folder, name).toString();
            }
        }
        throw new AssertionError(name + " is not installed: on Debian, apt-get install " + name + " (as .ci/run does)");
    }

    private static void waitForPort(int port, Process process, Path dir) throws Exception {
        try {
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() -> {
                if (!process.isAlive()) {
                    return true;
                }
                try (Socket ignored = new Socket("127.0.0.1", port)) {
                    return true;
                } catch (IOException notYet) {
                    return false;
                }
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("The proxy did not start: " + readAll(dir), e);
        }
        if (!process.isAlive()) {
            throw new AssertionError("The proxy stopped: " + readAll(dir));
        }
    }

    private static String readAll(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".out") || f.toString().endsWith(".log")).toList()) {
                out.add(file.getFileName() + ": " + Files.readString(file));
            }
        }
        return String.join("\n", out);
    }

    private static void editOnNode1(String touchpoint, String function, RaciLetter letter) {
        nodes.editOnFirst(touchpoint, function, letter);
    }

    private static int port(ConfigurableApplicationContext node) {
        return NodePair.port(node);
    }
}
