package org.cxplanner.review.ui;

import org.cxplanner.base.ui.Markup;
import org.cxplanner.review.WeekTrend;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;

/**
 * The last 13 weeks on the decision log: the meeting's average rating (0–10, left) and the share of action items
 * done by their due date (0–100 %, right), drawn as SVG markup like the scorecard's charts, with the figures also
 * as a sentence for those who do not see the chart.
 */
final class MeetingTrendChart {

    private static final int WIDTH = 560;
    private static final int HEIGHT = 150;
    private static final int LEFT = 34;
    private static final int RIGHT = 44;
    private static final int BOTTOM = 22;

    private MeetingTrendChart() {
    }

    static Markup of(List<WeekTrend> weeks) {
        Element svg = new Element("svg").attr("width", String.valueOf(WIDTH)).attr("height", String.valueOf(HEIGHT))
                .attr("role", "img").attr("aria-label", describe(weeks)).addClass("meeting-trend-chart");
        svg.appendChild(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "chart-axis"));
        svg.appendChild(text(LEFT - 4, y(1) + 4, "10", "chart-label end"));
        svg.appendChild(text(LEFT - 4, y(0) + 4, "0", "chart-label end"));
        svg.appendChild(text(WIDTH - RIGHT + 4, y(1) + 4, "100 %", "chart-label"));
        svg.appendChild(text(WIDTH - RIGHT + 4, y(0) + 4, "0 %", "chart-label"));
        StringBuilder ratings = new StringBuilder();
        StringBuilder onTime = new StringBuilder();
        for (int i = 0; i < weeks.size(); i++) {
            WeekTrend week = weeks.get(i);
            double x = x(i, weeks.size());
            if (week.rating() != null) {
                ratings.append(num(x)).append(',').append(num(y(week.rating() / 10))).append(' ');
                svg.appendChild(dot(x, y(week.rating() / 10), "chart-dot rating", week.week() + ": rated "
                        + String.format(Locale.ENGLISH, "%.1f", week.rating())));
            }
            if (week.onTimeShare() != null) {
                onTime.append(num(x)).append(',').append(num(y(week.onTimeShare()))).append(' ');
                svg.appendChild(dot(x, y(week.onTimeShare()), "chart-dot on-time", week.week() + ": " + week.onTime() + " of "
                        + week.due() + " action items done on time"));
            }
        }
        svg.appendChild(new Element("polyline").attr("points", ratings.toString().strip()).addClass("chart-line rating"));
        svg.appendChild(new Element("polyline").attr("points", onTime.toString().strip()).addClass("chart-line on-time"));
        svg.appendChild(text(LEFT, HEIGHT - 6, weeks.getFirst().week().toString(), "chart-label"));
        svg.appendChild(text(WIDTH - RIGHT, HEIGHT - 6, weeks.getLast().week().toString(), "chart-label end"));
        Markup chart = new Markup(Markup.element("h3", null, "The meeting, last 13 weeks"),
                new Element("p").addClass("meeting-trend-legend")
                        .appendChild(Markup.element("span", "legend-rating", "● average rating, 0–10 (left)"))
                        .appendText(" ")
                        .appendChild(Markup.element("span", "legend-on-time", "● action items done on time, % (right)")),
                new Element("div").addClass("meeting-trend-plot").appendChild(svg),
                Markup.element("p", "meeting-trend-words", describe(weeks) + "."));
        chart.addClassName("meeting-trend");
        return chart;
    }

    /** The chart in words: the latest rating and on-time share, and the 13-week averages. */
    static String describe(List<WeekTrend> weeks) {
        double rated = weeks.stream().filter(w -> w.rating() != null).mapToDouble(WeekTrend::rating).average().orElse(Double.NaN);
        int due = weeks.stream().mapToInt(WeekTrend::due).sum();
        int onTime = weeks.stream().mapToInt(WeekTrend::onTime).sum();
        return (Double.isNaN(rated) ? "No meeting rated in the last 13 weeks" : "Average rating over the last 13 weeks "
                + String.format(Locale.ENGLISH, "%.1f", rated)) + "; " + (due == 0 ? "no action items were due"
                : onTime + " of " + due + " action items due were done on time");
    }

    private static double x(int index, int count) {
        return LEFT + 8 + (WIDTH - LEFT - RIGHT - 16) * index / (double) Math.max(1, count - 1);
    }

    /** A share 0–1 from the bottom of the plot to its top. */
    private static double y(double share) {
        return 8 + (HEIGHT - BOTTOM - 16) * (1 - share);
    }

    private static Element dot(double x, double y, String css, String title) {
        return new Element("circle").attr("cx", num(x)).attr("cy", num(y)).attr("r", "3").addClass(css)
                .appendChild(new Element("title").text(title));
    }

    private static Element line(double x1, double y1, double x2, double y2, String css) {
        return new Element("line").attr("x1", num(x1)).attr("y1", num(y1)).attr("x2", num(x2)).attr("y2", num(y2)).addClass(css);
    }

    private static Element text(double x, double y, String text, String css) {
        return new Element("text").attr("x", num(x)).attr("y", num(y)).addClass(css).text(text);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
