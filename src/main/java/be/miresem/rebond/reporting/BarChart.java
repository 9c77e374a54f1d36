package be.miresem.rebond.reporting;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart drawn on the server as SVG (WEB-INF/includes/bar-chart.xhtml): one group of bars per category,
 * one bar per series. This class only computes the geometry and the texts; the page shows the same data as a
 * table right below the chart, which is what screen readers use. Pure, unit-tested.
 */
public final class BarChart implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int WIDTH = 720;
    public static final int HEIGHT = 300;
    static final int LEFT = 48;
    static final int RIGHT = 12;
    static final int TOP = 20;
    static final int BOTTOM = 48;
    /** Category labels are thinned out beyond this many, so they stay readable. */
    static final int MAX_LABELS = 12;

    private final String id;
    private final String title;
    private final String description;
    private final boolean percent;
    private final List<String> categories = new ArrayList<>();
    private final List<String> series = new ArrayList<>();
    private final List<List<Double>> values = new ArrayList<>();

    /**
     * @param percent values are shares (0–1), drawn on a 0–100 % axis; otherwise counts
     */
    public BarChart(String id, String title, String description, boolean percent, String... series) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.percent = percent;
        this.series.addAll(List.of(series));
    }

    /** Adds a category with one value per series (null: no value, drawn as nothing and shown as "—"). */
    public BarChart add(String category, Double... categoryValues) {
        if (categoryValues.length != series.size()) {
            throw new IllegalArgumentException("one value per series");
        }
        categories.add(category);
        values.add(Collections.unmodifiableList(Arrays.asList(categoryValues.clone())));
        return this;
    }

    public BarChart add(String category, long... counts) {
        Double[] boxed = new Double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            boxed[i] = (double) counts[i];
        }
        return add(category, boxed);
    }

    public record Bar(double x, double y, double width, double height, int series, String text, double textX, double textY)
            implements Serializable {
    }

    public record Tick(double y, String text) implements Serializable {
    }

    public record Label(double x, String text) implements Serializable {
    }

    public record Row(String category, List<String> cells) implements Serializable {
    }

    /** The top of the value axis: 100 % for shares, else a round number at or above the largest value. */
    double axisMax() {
        if (percent) {
            return 1;
        }
        double max = values.stream().flatMap(List::stream).filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
        if (max <= 4) {
            return 4;
        }
        double step = Math.pow(10, Math.floor(Math.log10(max)));
        for (double nice : new double[] {1, 2, 2.5, 5, 10}) {
            if (nice * step >= max) {
                return nice * step;
            }
        }
        return 10 * step;
    }

    private double plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    private double groupWidth() {
        return categories.isEmpty() ? 0 : (double) (WIDTH - LEFT - RIGHT) / categories.size();
    }

    public List<Bar> getBars() {
        List<Bar> bars = new ArrayList<>();
        double group = groupWidth();
        double barWidth = group * 0.8 / series.size();
        double max = axisMax();
        for (int c = 0; c < categories.size(); c++) {
            for (int s = 0; s < series.size(); s++) {
                Double value = values.get(c).get(s);
                if (value == null) {
                    continue;
                }
                double height = round(plotHeight() * value / max);
                double x = round(LEFT + c * group + group * 0.1 + s * barWidth);
                double y = round(TOP + plotHeight() - height);
                bars.add(new Bar(x, y, round(barWidth), height, s, format(value), round(x + barWidth / 2), round(y - 4)));
            }
        }
        return bars;
    }

    public List<Tick> getTicks() {
        List<Tick> ticks = new ArrayList<>();
        double max = axisMax();
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            ticks.add(new Tick(round(TOP + plotHeight() - plotHeight() * i / 4), format(value)));
        }
        return ticks;
    }

    public List<Label> getLabels() {
        List<Label> labels = new ArrayList<>();
        int every = (int) Math.ceil((double) categories.size() / MAX_LABELS);
        for (int c = 0; c < categories.size(); c += every) {
            labels.add(new Label(round(LEFT + (c + 0.5) * groupWidth()), categories.get(c)));
        }
        return labels;
    }

    /** The chart's data, one row per category, one cell per series, formatted as on the chart. */
    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            rows.add(new Row(categories.get(c), values.get(c).stream().map(v -> v == null ? "—" : format(v)).toList()));
        }
        return rows;
    }

    String format(double value) {
        return percent ? String.format(Locale.FRANCE, "%.0f %%", value * 100).replace('\u202f', ' ')
                : String.format(Locale.FRANCE, "%,.0f", value).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public List<String> getSeries() {
        return series;
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    public int getBaseline() {
        return HEIGHT - BOTTOM;
    }

    public int getLeft() {
        return LEFT;
    }

    public int getRight() {
        return WIDTH - RIGHT;
    }
}
