package org.cxplanner.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the browser's time goes when a screen is opened: a Chromium performance trace of one side navigation per
 * screen (from home, after the click benchmark's rounds have warmed everything), summed as the DevTools summary does
 * it: each trace slice's own time on the page's main thread, by kind (scripting, style and layout, paint, other),
 * from the click to the screen's content being in the DOM. Run by {@code ClickToScreenBenchmark} with
 * {@code CLICK_TRACE=true}.
 */
final class NavigationTrace {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KINDS = List.of("scripting", "style and layout", "paint", "other");

    private NavigationTrace() {
    }

    /** Traces one navigation; {@code navigate} clicks and waits for the screen, returning its in-page milliseconds. */
    static String trace(Browser browser, Page page, String what, java.util.function.DoubleSupplier navigate) throws Exception {
        browser.startTracing(page, new Browser.StartTracingOptions().setScreenshots(false));
        double shown = navigate.getAsDouble();
        byte[] trace = browser.stopTracing();
        Map<String, Double> byKind = summarise(JSON.readTree(trace), shown);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-46s %5.0f ms in the page:", "trace of " + what, shown));
        for (String kind : KINDS) {
            line.append(String.format(Locale.ROOT, " %s %.0f,", kind, byKind.getOrDefault(kind, 0.0)));
        }
        line.append(String.format(Locale.ROOT, " idle %.0f ms", Math.max(0, shown - byKind.values().stream().mapToDouble(d -> d).sum())));
        byKind.keySet().stream().filter(k -> k.startsWith("other: ")).findFirst()
                .ifPresent(k -> line.append(String.format(Locale.ROOT, "%n%-46s (%s)", "", k)));
        return line.toString();
    }

    /** Own time of the main thread's slices from the click's dispatch for {@code window} ms, by kind, in ms. */
    static Map<String, Double> summarise(JsonNode trace, double window) {
        JsonNode events = trace.has("traceEvents") ? trace.get("traceEvents") : trace;
        Map<String, Integer> mainThreads = new HashMap<>();
        for (JsonNode event : events) {
            if ("M".equals(event.path("ph").asString()) && "thread_name".equals(event.path("name").asString())
                    && "CrRendererMain".equals(event.path("args").path("name").asString())) {
                mainThreads.put(event.path("pid").asInt() + "/" + event.path("tid").asInt(), 0);
            }
        }
        List<JsonNode> slices = new ArrayList<>();
        double start = Double.MAX_VALUE;
        for (JsonNode event : events) {
            String thread = event.path("pid").asInt() + "/" + event.path("tid").asInt();
            if (!mainThreads.containsKey(thread) || !"X".equals(event.path("ph").asString())) {
                continue;
            }
            mainThreads.merge(thread, 1, Integer::sum);
            slices.add(event);
            if ("EventDispatch".equals(event.path("name").asString())
                    && "click".equals(event.path("args").path("data").path("type").asString())) {
                start = Math.min(start, event.path("ts").asDouble());
            }
        }
        String main = mainThreads.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        double begin = start;
        double end = start + window * 1000;
        List<JsonNode> own = slices.stream()
                .filter(e -> (e.path("pid").asInt() + "/" + e.path("tid").asInt()).equals(main))
                .filter(e -> e.path("ts").asDouble() + e.path("dur").asDouble() > begin && e.path("ts").asDouble() < end)
                .sorted((a, b) -> a.path("ts").asDouble() != b.path("ts").asDouble()
                        ? Double.compare(a.path("ts").asDouble(), b.path("ts").asDouble())
                        : Double.compare(b.path("dur").asDouble(), a.path("dur").asDouble()))
                .toList();
        // Own time: a slice's duration less its children's (slices nest on one thread).
        Map<String, Double> byKind = new LinkedHashMap<>();
        Deque<double[]> open = new ArrayDeque<>();
        Map<Integer, Double> childTime = new HashMap<>();
        List<double[]> spans = new ArrayList<>();
        List<String> spanNames = new ArrayList<>();
        for (JsonNode slice : own) {
            double from = Math.max(slice.path("ts").asDouble(), begin);
            double to = Math.min(slice.path("ts").asDouble() + slice.path("dur").asDouble(), end);
            while (!open.isEmpty() && open.peek()[1] <= from) {
                open.pop();
            }
            int index = spans.size();
            spans.add(new double[]{from, to, index});
            spanNames.add(slice.path("name").asString());
            if (!open.isEmpty()) {
                int parent = (int) open.peek()[2];
                childTime.merge(parent, to - from, Double::sum);
            }
            open.push(new double[]{from, to, index});
        }
        Map<String, Double> others = new HashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            double self = Math.max(0, spans.get(i)[1] - spans.get(i)[0] - childTime.getOrDefault(i, 0.0)) / 1000;
            String kind = kind(spanNames.get(i));
            byKind.merge(kind, self, Double::sum);
            if (kind.equals("other")) {
                others.merge(spanNames.get(i), self, Double::sum);
            }
        }
        // What "other" is made of, for the reader: its three largest slice names.
        byKind.put("other: " + others.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(3)
                .map(e -> String.format(Locale.ROOT, "%s %.0f", e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.joining(", ")), 0.0);
        return byKind;
    }

    static String kind(String name) {
        return switch (name) {
            case "FunctionCall", "EvaluateScript", "TimerFire", "FireAnimationFrame", "EventDispatch", "RunMicrotasks",
                 "XHRReadyStateChange", "XHRLoad", "v8.compile", "v8.compileModule", "v8.evaluateModule", "V8.Execute",
                 "v8.run", "CompileScript", "CompileCode", "MajorGC", "MinorGC", "V8.GC_SCAVENGER", "FireIdleCallback",
                 "ResourceReceivedData", "HandlePostMessage" -> "scripting";
            case "UpdateLayoutTree", "Layout", "RecalculateStyles", "ParseAuthorStyleSheet", "HitTest", "UpdateLayerTree",
                 "PrePaint", "IntersectionObserverController::computeIntersections", "ScheduleStyleRecalculation",
                 "InvalidateLayout", "ComputeIntersections" -> "style and layout";
            case "Paint", "PaintImage", "CompositeLayers", "Commit", "Layerize", "RasterTask", "PaintSetup",
                 "UpdateLayer", "Decode Image" -> "paint";
            default -> name.startsWith("V8.") || name.startsWith("v8.") ? "scripting" : "other";
        };
    }
}
