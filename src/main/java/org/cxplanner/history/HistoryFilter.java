package org.cxplanner.history;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.net.URLEncoder.encode;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * What the history list shows: an area, a person, one item (kind and id), words in the item or change, and a date
 * range (inclusive). Round-trips through URL parameters so a filtered history can be linked and exported.
 */
public record HistoryFilter(HistoryArea area, String person, String itemKind, Long itemId, String text,
                            LocalDate from, LocalDate to) {

    public static final HistoryFilter ALL = new HistoryFilter(null, null, null, null, null, null, null);

    public static HistoryFilter ofItem(String itemKind, long itemId) {
        return new HistoryFilter(null, null, itemKind, itemId, null, null, null);
    }

    public HistoryFilter withArea(HistoryArea newArea) {
        return new HistoryFilter(newArea, person, itemKind, itemId, text, from, to);
    }

    public HistoryFilter withPerson(String newPerson) {
        return new HistoryFilter(area, blankToNull(newPerson), itemKind, itemId, text, from, to);
    }

    public HistoryFilter withoutItem() {
        return new HistoryFilter(area, person, null, null, text, from, to);
    }

    public HistoryFilter withText(String newText) {
        return new HistoryFilter(area, person, itemKind, itemId, blankToNull(newText), from, to);
    }

    public HistoryFilter withDates(LocalDate newFrom, LocalDate newTo) {
        return new HistoryFilter(area, person, itemKind, itemId, text, newFrom, newTo);
    }

    public boolean hasItem() {
        return itemKind != null && itemId != null;
    }

    public Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (area != null) {
            parameters.put("area", area.name());
        }
        if (person != null) {
            parameters.put("person", person);
        }
        if (hasItem()) {
            parameters.put("kind", itemKind);
            parameters.put("item", itemId.toString());
        }
        if (text != null) {
            parameters.put("q", text);
        }
        if (from != null) {
            parameters.put("from", from.toString());
        }
        if (to != null) {
            parameters.put("to", to.toString());
        }
        return parameters;
    }

    /** The history screen showing this filter, for links from other features' screens. */
    public String route() {
        String query = toQueryString();
        return query.isEmpty() ? "history" : "history?" + query;
    }

    public String toQueryString() {
        return toParameters().entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Unknown or malformed values are ignored, so an old bookmark still opens. */
    public static HistoryFilter fromParameters(Function<String, String> parameter) {
        HistoryArea area = parse(parameter.apply("area"), HistoryArea::valueOf);
        String kind = blankToNull(parameter.apply("kind"));
        Long item = parse(parameter.apply("item"), Long::valueOf);
        return new HistoryFilter(area, blankToNull(parameter.apply("person")),
                kind != null && item != null ? kind : null, kind != null ? item : null,
                blankToNull(parameter.apply("q")),
                parse(parameter.apply("from"), LocalDate::parse), parse(parameter.apply("to"), LocalDate::parse));
    }

    private static <T> T parse(String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
