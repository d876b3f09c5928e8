package org.cxplanner.bench;

import org.cxplanner.raci.LargePlan;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load at the protocol level: many signed-in sessions, each a tab as Vaadin's browser client drives it, without a
 * browser. Each session signs in through the form (with the page's CSRF token), opens a screen ({@code v-r=init}),
 * keeps a push WebSocket open as a tab does, and then talks UIDL: JSON messages with the UI's security key, the
 * server's sync id and the client's message id, the same RPCs Chromium sends (recorded once from a real session:
 * {@code ui-navigate} on the UI's node, {@code grid-cell-focus} and {@code keydown} on the matrix's grid,
 * {@code checked} and {@code checked-changed} on the "Gaps only" box). The client keeps a map of the server's state
 * nodes (tag and properties) from the answers it reads, so it finds the grid, its columns and the box in any
 * session whatever their ids. After each navigation it sends a second request, as the browser does once the new
 * screen's components are drawn. Started by {@code .ci/load-benchmark}; arguments: server pid, base URL, JDBC URL.
 */
public final class ProtocolLoad {

    static final int OPEN = Integer.parseInt(System.getenv().getOrDefault("OPEN_SESSIONS", "200"));
    static final int ACTING = Integer.parseInt(System.getenv().getOrDefault("ACTING_SESSIONS", "40"));
    static final int ACT_EVERY_MS = Integer.parseInt(System.getenv().getOrDefault("ACT_EVERY_MS", "5000"));
    static final int SECONDS = Integer.parseInt(System.getenv().getOrDefault("ACTING_SECONDS", "60"));
    /** The matrix's edit-key filter, as the grid's {@code keydown} listener declares it (its event data carries it). */
    static final String EDIT_KEYS = "['r','a','c','i','R','A','C','I','Delete','Backspace'].includes(event.key)"
            + " && !event.ctrlKey && !event.metaKey && !event.altKey";
    static final List<String> SCREENS = List.of("raci", "roadmap", "messages", "indicators", "reviews");
    static final List<String> PEOPLE = List.of("cmo", "cco", "marketer", "cx");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    public static void main(String[] args) throws Exception {
        String pid = args[0];
        String base = args[1];
        if (args.length > 2 && args[2].equals("navigation")) {
            navigationAlone(base, List.of(args).subList(3, args.length));
            return;
        }
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(args[2], "postgres", ""));
        LargePlan.create(jdbc, 500, 30);
        LargePlan.roadmap(jdbc, 300, 3, 500);
        LargePlan.indicators(jdbc, 200, 52);
        LargePlan.messages(jdbc, 200, 500);
        for (int i = 0; i < 5; i++) {
            new Tab(base, PEOPLE.get(i % PEOPLE.size()), SCREENS.get(i % SCREENS.size())).close();
        }
        long baseline = ScreenMemoryProbe.liveKb(pid);
        List<Tab> tabs = Collections.synchronizedList(new ArrayList<>());
        long opening = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < OPEN; i++) {
                int n = i;
                pool.submit(() -> {
                    try {
                        tabs.add(new Tab(base, PEOPLE.get(n % PEOPLE.size()), SCREENS.get(n % SCREENS.size())));
                    } catch (Exception e) {
                        System.out.println("load: a session could not open: " + e);
                    }
                });
            }
        }
        System.out.printf(Locale.ROOT, "load: %d sessions signed in and opened in %.1f s%n", tabs.size(),
                (System.nanoTime() - opening) / 1e9);
        long open = ScreenMemoryProbe.liveKb(pid);
        long perSession = (open - baseline) / Math.max(1, tabs.size());
        System.out.printf(Locale.ROOT, "load: live objects %d MB with the plan and no sessions, %d MB with %d open sessions"
                        + " (push connected): %d KB per session; %d sessions would fill a 1 GB heap%n", baseline / 1024,
                open / 1024, tabs.size(), perSession, (1024 * 1024 - baseline) / Math.max(1, perSession));

        // STEP_UP: the same sessions act twice, four and eight times as often, to find where the answers stop coming in time.
        for (int every = ACT_EVERY_MS; every >= ACT_EVERY_MS / 8; every /= 2) {
            int before = Tab.errors.get();
            Map<String, List<Double>> times = act(tabs.subList(0, Math.min(ACTING, tabs.size())), every);
            int actions = times.entrySet().stream().filter(e -> !e.getKey().endsWith("second request"))
                    .mapToInt(e -> e.getValue().size()).sum();
            System.out.printf(Locale.ROOT, "load: %d of %d sessions acting, each every %d ms on average, for %d s: %.1f actions a second,"
                    + " %d errors%n", Math.min(ACTING, tabs.size()), tabs.size(), every, SECONDS, actions / (double) SECONDS,
                    Tab.errors.get() - before);
            times.forEach((action, list) -> System.out.println("load:   " + summary(action, list)));
            if (!"true".equals(System.getenv("STEP_UP"))) {
                break;
            }
        }
        System.out.println("load: errors " + Tab.errors.get() + ", resynchronisations " + Tab.resyncs.get());
        tabs.forEach(Tab::close);
    }

    /**
     * The server's own time for a navigation, with nothing else running: one session goes from the home screen ({@code FROM}) to
     * each screen and back, 20 warm-up and 100 ({@code ROUNDS}) measured rounds, and the first request's answer time is reported per screen.
     */
    static void navigationAlone(String base, List<String> screens) throws Exception {
        Tab tab = new Tab(base, "cco", "");
        for (String screen : screens) {
            List<Double> first = new ArrayList<>();
            List<Double> second = new ArrayList<>();
            int rounds = Integer.parseInt(System.getenv().getOrDefault("ROUNDS", "100"));
            for (int i = 0; i < rounds + 20; i++) {
                tab.navigate(System.getenv().getOrDefault("FROM", ""));
                double[] answers = tab.navigate(screen);
                if (i >= 20) {
                    first.add(answers[0]);
                    second.add(answers[1]);
                }
            }
            System.out.println("load: " + summary("navigate to /" + screen + ": first request", first));
            System.out.println("load: " + summary("navigate to /" + screen + ": second request", second));
        }
        tab.close();
    }

    /** Each acting session acts at random intervals (mean {@code ACT_EVERY_MS}): navigates, sets a cell or filters. */
    static Map<String, List<Double>> act(List<Tab> acting, int every) throws InterruptedException {
        Map<String, List<Double>> times = new ConcurrentHashMap<>();
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(acting.size());
        for (int i = 0; i < acting.size(); i++) {
            Tab tab = acting.get(i);
            Random random = new Random(i);
            Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(random.nextInt(every));
                    while (System.nanoTime() < end) {
                        tab.actOnce(random, times);
                        Thread.sleep((long) (-Math.log(1 - random.nextDouble()) * every));
                    }
                } catch (Exception e) {
                    Tab.errors.incrementAndGet();
                    System.out.println("load: a session stopped acting: " + e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        return new java.util.TreeMap<>(times);
    }

    static String summary(String action, List<Double> list) {
        List<Double> sorted = list.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return action + ": none";
        }
        return String.format(Locale.ROOT, "%-44s %5d requests  median %6.1f ms  p99 %7.1f ms  max %7.1f ms", action,
                sorted.size(), sorted.get(sorted.size() / 2), sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * 0.99) - 1)),
                sorted.getLast());
    }

    /** One signed-in browser tab, as the protocol sees it. */
    static final class Tab {
        static final AtomicInteger errors = new AtomicInteger();
        static final AtomicInteger resyncs = new AtomicInteger();
        private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");

        private final String base;
        private final String cookie;
        private final int uiId;
        private final String securityKey;
        private final AtomicInteger syncId = new AtomicInteger(-1);
        private int clientId;
        private final Map<Integer, Map<String, String>> nodes = new HashMap<>();
        private final WebSocket push;
        private Thread heartbeat;
        private static final long HEARTBEAT_MS = 60_000;
        private String screen;
        private boolean focused;

        Tab(String base, String user, String screen) throws Exception {
            this.base = base;
            HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String session = cookie(login);
            Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(login.body());
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the sign-in page");
            }
            String form = "_csrf=" + enc(csrf.group(1)) + "&username=" + enc(user) + "&password=demo-password";
            HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String location = signedIn.headers().firstValue("Location").orElse("");
            if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("expired")) {
                throw new IllegalStateException("sign-in refused: " + signedIn.statusCode() + " " + location);
            }
            this.cookie = signedIn.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(session);
            HttpResponse<String> init = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=" + screen
                    + "&query=&v-sh=900&v-sw=1400&v-wh=900&v-ww=1400&v-bh=900&v-bw=1400&v-tzo=0&v-dstd=0&v-rtzo=0"
                    + "&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-cs=light&v-pv=VISIBLE&v-tn=lumo"))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode config = JSON.readTree(init.body()).get("appConfig");
            JsonNode uidl = config.get("uidl");
            this.uiId = config.get("v-uiId").asInt();
            this.securityKey = uidl.get("Vaadin-Security-Key").asString();
            read(uidl);
            this.push = HTTP.newWebSocketBuilder().header("Cookie", cookie).buildAsync(URI.create(base.replace("http", "ws")
                    + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + uidl.get("Vaadin-Push-ID").asString()
                    + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                    + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                    + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=0"), new PushListener()).get();
            // The browser's first message: navigate to the screen the page was opened on; then what the drawn screen sends.
            navigate(screen);
            // As the browser does (vaadin.heartbeatInterval): a UI that misses three is closed.
            heartbeat = Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        Thread.sleep(HEARTBEAT_MS);
                        HTTP.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + uiId))
                                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.noBody()).build(),
                                HttpResponse.BodyHandlers.discarding());
                    }
                } catch (InterruptedException closed) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            });
        }

        private static String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }

        private static String cookie(HttpResponse<?> response) {
            return response.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElseThrow();
        }

        void actOnce(Random random, Map<String, List<Double>> times) throws Exception {
            int choice = random.nextInt(10);
            if ("raci".equals(screen) && choice < 4) {
                Integer grid = last("vaadin-grid");
                List<String> functionColumns = nodes.values().stream()
                        .filter(n -> "vaadin-grid-column".equals(n.get("tag")) && n.getOrDefault("id", "").startsWith("f"))
                        .map(n -> n.get("_flowId")).toList();
                if (!focused) {
                    time(times, "focus a RACI cell", rpc(event(grid, "grid-cell-focus", Map.of(
                            "event.detail.itemKey", String.valueOf(1 + random.nextInt(20)),
                            "event.detail.internalColumnId", functionColumns.get(random.nextInt(functionColumns.size())),
                            "event.detail.section", "body"))));
                    focused = true;
                }
                String letter = List.of("r", "a", "c", "i", "Delete").get(random.nextInt(5));
                time(times, "set a RACI cell (keyboard)", rpc(event(grid, "keydown", Map.of(EDIT_KEYS, true, "event.key", letter))));
            } else if ("raci".equals(screen) && choice < 6) {
                Integer box = nodes.entrySet().stream().filter(e -> "Gaps only".equals(e.getValue().get("label")))
                        .map(Map.Entry::getKey).max(Integer::compare).orElseThrow();
                boolean checked = !"true".equals(nodes.get(box).get("checked"));
                nodes.get(box).put("checked", String.valueOf(checked));
                ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", box).put("feature", 1)
                        .put("property", "checked").put("value", checked);
                time(times, "gaps only on/off", rpc(sync, event(box, "checked-changed", Map.of())));
            } else {
                String next = SCREENS.get(random.nextInt(SCREENS.size()));
                double[] answers = navigate(next);
                time(times, "navigate to /" + next + ": first request", answers[0]);
                time(times, "navigate to /" + next + ": second request", answers[1]);
            }
        }

        /** The milliseconds of the navigation's two requests. */
        private double[] navigate(String route) throws Exception {
            ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                    .put("trigger", "client");
            data.putObject("historyState").put("idx", 0);
            double first = rpc(JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate").set("data", data));
            double second = rpc();
            screen = route;
            focused = false;
            return new double[]{first, second};
        }

        private static void time(Map<String, List<Double>> times, String action, double ms) {
            times.computeIfAbsent(action, k -> Collections.synchronizedList(new ArrayList<>())).add(ms);
        }

        private Integer last(String tag) {
            return nodes.entrySet().stream().filter(e -> tag.equals(e.getValue().get("tag"))).map(Map.Entry::getKey)
                    .max(Integer::compare).orElseThrow();
        }

        private static ObjectNode event(int node, String name, Map<String, Object> data) {
            ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
            event.set("data", JSON.valueToTree(data));
            return event;
        }

        /** Sends one UIDL message and reads its answer; returns the milliseconds until the whole answer was read. */
        synchronized double rpc(JsonNode... calls) throws Exception {
            ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey);
            ArrayNode rpc = message.putArray("rpc");
            for (JsonNode call : calls) {
                rpc.add(call);
            }
            message.put("syncId", syncId.get()).put("clientId", clientId);
            long start = System.nanoTime();
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                    .header("Cookie", cookie).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build(), HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
                throw new IllegalStateException("UIDL answered " + response.statusCode());
            }
            String body = response.body();
            if (body.contains("\"sessionExpired\"") || body.contains("\"appError\"")) {
                errors.incrementAndGet();
                throw new IllegalStateException("the server ended the UI: " + body.substring(0, Math.min(200, body.length())));
            }
            if (body.startsWith("for(;;);")) {
                body = body.substring("for(;;);".length());
            }
            JsonNode answer = JSON.readTree(body);
            read(answer.isArray() ? answer.get(0) : answer);
            return ms;
        }

        private void read(JsonNode uidl) {
            if (uidl.has("clientId")) {
                clientId = uidl.get("clientId").asInt();
            }
            if (uidl.has("syncId")) {
                syncId.accumulateAndGet(uidl.get("syncId").asInt(), Math::max);
            }
            if (uidl.has("resynchronize")) {
                resyncs.incrementAndGet();
            }
            JsonNode changes = uidl.get("changes");
            if (changes == null) {
                return;
            }
            for (JsonNode change : changes) {
                if ("put".equals(change.path("type").asString()) && change.has("value")) {
                    String key = change.get("key").asString();
                    nodes.computeIfAbsent(change.get("node").asInt(), n -> new HashMap<>())
                            .put(key, change.get("value").isString() ? change.get("value").asString() : change.get("value").toString());
                }
            }
        }

        void close() {
            if (heartbeat != null) {
                heartbeat.interrupt();
            }
            try {
                push.sendClose(WebSocket.NORMAL_CLOSURE, "").get();
            } catch (Exception e) {
                // The server may have closed it already.
            }
        }

        /** Reads what the server pushes (other people's changes, presence), as a tab does, and notes its sync id. */
        private final class PushListener implements WebSocket.Listener {
            private final StringBuilder frame = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                frame.append(data);
                if (last) {
                    Matcher id = SYNC_ID.matcher(frame);
                    while (id.find()) {
                        syncId.accumulateAndGet(Integer.parseInt(id.group(1)), Math::max);
                    }
                    frame.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }
    }
}
