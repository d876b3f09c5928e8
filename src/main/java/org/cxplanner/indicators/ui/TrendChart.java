package org.cxplanner.indicators.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.cxplanner.indicators.Direction;
import org.cxplanner.indicators.Indicator;
import org.cxplanner.indicators.Measurement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Every measurement of an indicator as a line chart drawn on the server with SVG elements (pixel coordinates:
 * Flow lower-cases attribute names, so {@code viewBox} would not survive), with the target line or band.
 */
class TrendChart extends Composite<Div> {

    static final int WIDTH = 720;
    static final int HEIGHT = 220;
    static final int LEFT = 48;
    static final int BOTTOM = 24;

    TrendChart(Indicator indicator, List<Measurement> measurements) {
        getContent().addClassName("trend-chart");
        Element svg = new Element("svg");
        svg.setAttribute("width", String.valueOf(WIDTH));
        svg.setAttribute("height", String.valueOf(HEIGHT));
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", "All " + measurements.size() + " measurements of " + indicator.getName());
        getContent().getElement().appendChild(svg);
        if (measurements.isEmpty()) {
            svg.appendChild(text(LEFT, HEIGHT / 2, "No measurements yet", "chart-empty"));
            return;
        }
        double min = measurements.stream().mapToDouble(m -> m.value().doubleValue()).min().orElse(0);
        double max = measurements.stream().mapToDouble(m -> m.value().doubleValue()).max().orElse(1);
        for (BigDecimal target : new BigDecimal[]{indicator.getTarget(), indicator.getTargetLow(), indicator.getTargetHigh()}) {
            if (target != null) {
                min = Math.min(min, target.doubleValue());
                max = Math.max(max, target.doubleValue());
            }
        }
        double pad = (max - min) * 0.1 + 0.001;
        double low = min - pad;
        double high = max + pad;
        if (indicator.getDirection() == Direction.RANGE) {
            double top = y(indicator.getTargetHigh().doubleValue(), low, high);
            double bottom = y(indicator.getTargetLow().doubleValue(), low, high);
            Element band = new Element("rect");
            band.setAttribute("x", String.valueOf(LEFT)).setAttribute("y", fmt(top))
                    .setAttribute("width", String.valueOf(WIDTH - LEFT)).setAttribute("height", fmt(bottom - top));
            band.setAttribute("class", "chart-band");
            svg.appendChild(band);
        } else {
            double target = y(indicator.getTarget().doubleValue(), low, high);
            svg.appendChild(line(LEFT, target, WIDTH, target, "chart-target"));
            svg.appendChild(text(WIDTH - 4, target - 4, "target " + indicator.targetText(), "chart-label end"));
        }
        svg.appendChild(line(LEFT, HEIGHT - BOTTOM, WIDTH, HEIGHT - BOTTOM, "chart-axis"));
        svg.appendChild(text(LEFT - 6, y(high - pad, low, high) + 4, plain(high - pad), "chart-label end"));
        svg.appendChild(text(LEFT - 6, y(low + pad, low, high) + 4, plain(low + pad), "chart-label end"));
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < measurements.size(); i++) {
            double x = x(i, measurements.size());
            double y = y(measurements.get(i).value().doubleValue(), low, high);
            points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
            Element dot = new Element("circle");
            dot.setAttribute("cx", fmt(x)).setAttribute("cy", fmt(y)).setAttribute("r", "3");
            dot.setAttribute("class", indicator.onTrack(measurements.get(i).value()) ? "chart-dot on" : "chart-dot off");
            Element title = new Element("title");
            title.setText(measurements.get(i).periodStart() + ": " + measurements.get(i).value().stripTrailingZeros().toPlainString()
                    + " " + indicator.getUnit());
            dot.appendChild(title);
            svg.appendChild(dot);
        }
        Element polyline = new Element("polyline");
        polyline.setAttribute("points", points.toString().strip());
        polyline.setAttribute("class", "chart-line");
        svg.insertChild(svg.getChildCount() - measurements.size(), polyline);
        svg.appendChild(text(LEFT, HEIGHT - 6, org.cxplanner.base.ReadableDates.of(measurements.getFirst().periodStart()), "chart-label"));
        svg.appendChild(text(WIDTH, HEIGHT - 6, org.cxplanner.base.ReadableDates.of(measurements.getLast().periodStart()), "chart-label end"));
    }

    private static double x(int index, int count) {
        return count == 1 ? LEFT + (WIDTH - LEFT) / 2.0 : LEFT + 8 + (WIDTH - LEFT - 16) * index / (double) (count - 1);
    }

    private static double y(double value, double low, double high) {
        return 8 + (HEIGHT - BOTTOM - 16) * (high - value) / (high - low);
    }

    private static Element line(double x1, double y1, double x2, double y2, String css) {
        Element line = new Element("line");
        line.setAttribute("x1", fmt(x1)).setAttribute("y1", fmt(y1)).setAttribute("x2", fmt(x2)).setAttribute("y2", fmt(y2));
        line.setAttribute("class", css);
        return line;
    }

    private static Element text(double x, double y, String value, String css) {
        Element text = new Element("text");
        text.setAttribute("x", fmt(x)).setAttribute("y", fmt(y));
        text.setAttribute("class", css);
        text.setText(value);
        return text;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
