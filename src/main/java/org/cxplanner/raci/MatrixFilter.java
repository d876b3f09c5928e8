package org.cxplanner.raci;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What the matrix (and its exports) show: a stage, touchpoints where a function takes part, gaps only, a text. */
public record MatrixFilter(Long stageId, Long functionId, boolean gapsOnly, String text) {

    public static final MatrixFilter ALL = new MatrixFilter(null, null, false, null);

    public MatrixFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public MatrixFilter withStage(Long stage) {
        return new MatrixFilter(stage, functionId, gapsOnly, text);
    }

    public MatrixFilter withFunction(Long function) {
        return new MatrixFilter(stageId, function, gapsOnly, text);
    }

    public MatrixFilter withGapsOnly(boolean gaps) {
        return new MatrixFilter(stageId, functionId, gaps, text);
    }

    public MatrixFilter withText(String newText) {
        return new MatrixFilter(stageId, functionId, gapsOnly, newText);
    }

    /** The query string the export URLs understand, e.g. {@code stage=3&gaps=true}; empty for no filter. */
    public String toQueryString() {
        List<String> parts = new ArrayList<>();
        if (stageId != null) {
            parts.add("stage=" + stageId);
        }
        if (functionId != null) {
            parts.add("function=" + functionId);
        }
        if (gapsOnly) {
            parts.add("gaps=true");
        }
        if (text != null) {
            parts.add("q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }

    /** Reads the export URL's parameters; anything unreadable is ignored rather than failing the download. */
    public static MatrixFilter fromParameters(Function<String, String> parameter) {
        return new MatrixFilter(number(parameter.apply("stage")), number(parameter.apply("function")),
                "true".equalsIgnoreCase(parameter.apply("gaps")), parameter.apply("q"));
    }

    public static MatrixFilter fromParameters(Map<String, List<String>> parameters) {
        return fromParameters(name -> parameters.getOrDefault(name, List.of()).stream().findFirst().orElse(null));
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
