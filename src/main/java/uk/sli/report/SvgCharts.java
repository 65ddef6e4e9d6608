package uk.sli.report;

import java.util.List;
import java.util.Locale;
import uk.sli.themes.ThemeSummary;

/**
 * The briefing's charts as inline SVG: drawn here, so that the HTML needs no script, no network and
 * prints as crisply as text. Every chart has a title and a text description for screen readers.
 */
public final class SvgCharts {

    static final String STRENGTH = "#1a7f4b";
    static final String IMPROVEMENT = "#c0392b";
    private static final int BAR_HEIGHT = 18;
    private static final int ROW_GAP = 6;
    private static final int LABEL_WIDTH = 300;
    private static final int PLOT_WIDTH = 420;

    private SvgCharts() {
    }

    /** One row per theme: strengths then improvements as one stacked horizontal bar, with the counts. */
    public static String themeBars(List<ThemeSummary> themes) {
        int max = Math.max(1, themes.stream().mapToInt(t -> t.strengths() + t.improvements()).max().orElse(1));
        int height = themes.size() * (BAR_HEIGHT + ROW_GAP) + 30;
        int width = LABEL_WIDTH + PLOT_WIDTH + 80;
        StringBuilder svg = open("theme-chart", width, height, "Strengths and areas for improvement per theme",
                "Horizontal bars: green for strengths, red for areas for improvement, one row per theme.");
        int y = 0;
        for (ThemeSummary t : themes) {
            int strengths = scale(t.strengths(), max);
            int improvements = scale(t.improvements(), max);
            int middle = y + BAR_HEIGHT / 2 + 5;
            svg.append(text(LABEL_WIDTH - 8, middle, "end", t.name()));
            svg.append(rect(LABEL_WIDTH, y, strengths, BAR_HEIGHT, STRENGTH, t.strengths() + " strengths"));
            svg.append(rect(LABEL_WIDTH + strengths, y, improvements, BAR_HEIGHT, IMPROVEMENT,
                    t.improvements() + " areas for improvement"));
            svg.append(text(LABEL_WIDTH + strengths + improvements + 6, middle, "start",
                    t.strengths() + " / " + t.improvements()));
            y += BAR_HEIGHT + ROW_GAP;
        }
        legend(svg, LABEL_WIDTH, y + 8);
        return svg.append("</svg>").toString();
    }

    /** One column per year: strengths at the bottom, improvements stacked on top. */
    public static String yearColumns(List<ThemeSummary.YearCount> years) {
        int max = Math.max(1, years.stream().mapToInt(y -> y.strengths() + y.improvements()).max().orElse(1));
        int column = 34;
        int plotHeight = 200;
        int width = Math.max(300, years.size() * (column + 10) + 60);
        int height = plotHeight + 70;
        StringBuilder svg = open("trend-chart", width, height, "Strengths and areas for improvement per year",
                "Columns per year: green for strengths at the bottom, red for areas for improvement on top.");
        int x = 40;
        svg.append(text(4, 14, "start", Integer.toString(max)));
        svg.append(String.format(Locale.ROOT, "<line x1=\"36\" y1=\"10\" x2=\"36\" y2=\"%d\" stroke=\"#999\"/>", plotHeight + 10));
        for (ThemeSummary.YearCount y : years) {
            int strengths = y.strengths() * plotHeight / max;
            int improvements = y.improvements() * plotHeight / max;
            int base = plotHeight + 10;
            svg.append(rect(x, base - strengths, column, strengths, STRENGTH, y.year() + ": " + y.strengths() + " strengths"));
            svg.append(rect(x, base - strengths - improvements, column, improvements, IMPROVEMENT,
                    y.year() + ": " + y.improvements() + " areas for improvement"));
            svg.append(text(x + column / 2, base + 16, "middle", Integer.toString(y.year())));
            x += column + 10;
        }
        legend(svg, 40, plotHeight + 40);
        return svg.append("</svg>").toString();
    }

    /** A small line of statements per year, for a table cell. */
    public static String sparkline(List<ThemeSummary.YearCount> trend) {
        if (trend.size() < 2) {
            return trend.isEmpty() ? "" : Integer.toString(trend.get(0).year());
        }
        int first = trend.get(0).year();
        int span = Math.max(1, trend.get(trend.size() - 1).year() - first);
        int max = Math.max(1, trend.stream().mapToInt(ThemeSummary.YearCount::statements).max().orElse(1));
        StringBuilder points = new StringBuilder();
        for (ThemeSummary.YearCount y : trend) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", 2 + 96.0 * (y.year() - first) / span,
                    18 - 16.0 * y.statements() / max));
        }
        return String.format(Locale.ROOT, "<svg class=\"spark\" width=\"100\" height=\"20\" viewBox=\"0 0 100 20\" role=\"img\">"
                + "<title>%d to %d</title><polyline fill=\"none\" stroke=\"#335\" stroke-width=\"1.5\" points=\"%s\"/></svg>",
                first, first + span, points.toString().strip());
    }

    private static StringBuilder open(String id, int width, int height, String title, String description) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg id=\"%s\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" "
                        + "height=\"%d\" role=\"img\" aria-labelledby=\"%s-title %s-desc\"><title id=\"%s-title\">%s</title>"
                        + "<desc id=\"%s-desc\">%s</desc>",
                id, width, height, width, height, id, id, id, Html.escape(title), id, Html.escape(description)));
    }

    private static void legend(StringBuilder svg, int x, int y) {
        svg.append(rect(x, y, 12, 12, STRENGTH, "strengths")).append(text(x + 16, y + 11, "start", "strengths"));
        svg.append(rect(x + 100, y, 12, 12, IMPROVEMENT, "areas for improvement"))
                .append(text(x + 116, y + 11, "start", "areas for improvement"));
    }

    private static int scale(int value, int max) {
        return (int) Math.round((double) value * PLOT_WIDTH / max);
    }

    private static String rect(int x, int y, int width, int height, String fill, String title) {
        return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>",
                x, y, width, height, fill, Html.escape(title));
    }

    private static String text(int x, int y, String anchor, String value) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"12\">%s</text>",
                x, y, anchor, Html.escape(value));
    }
}
