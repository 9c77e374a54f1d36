package be.miresem.rebond.reporting;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart (WEB-INF/includes/bar-chart.xhtml): one group of bars per category, one bar per series,
 * each category's label on its own line above its bars so labels wrap instead of overlapping, at any width. A share
 * carries its sample ("60 % · 3 sur 5"); a chart of a bad outcome (the boomerang) is drawn in its own colour. This
 * class only computes lengths and texts; the page shows the same data as a table right below the chart, which is
 * what screen readers use. Pure, unit-tested.
 */
public final class BarChart implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String title;
    private final String description;
    private final boolean percent;
    private final List<String> series;
    private final List<String> categories = new ArrayList<>();
    private final List<List<Value>> values = new ArrayList<>();
    private boolean badOutcome;

    /** A value: a count, or a share with its sample (part of whole); null value: nothing to show. */
    public record Value(Double value, Long part, Long whole) implements Serializable {
        public static Value count(long count) {
            return new Value((double) count, null, null);
        }

        public static Value share(long part, long whole) {
            return new Value(whole == 0 ? null : (double) part / whole, part, whole);
        }
    }

    /** One bar: its series (for the colour and the legend), its length in per cent of the track, its text. */
    public record Bar(int series, String seriesName, double length, String text) implements Serializable {
    }

    /** A category and its bars. */
    public record Group(String category, List<Bar> bars) implements Serializable {
    }

    /** The chart's data as the table below it shows it. */
    public record Row(String category, List<String> cells) implements Serializable {
    }

    /**
     * @param percent values are shares, drawn on a 0–100 % track; otherwise counts, drawn against the largest
     */
    public BarChart(String id, String title, String description, boolean percent, String... series) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.percent = percent;
        this.series = List.of(series);
    }

    /** Marks the chart as one of a bad outcome: its bars take the colour kept for it, apart from the others. */
    public BarChart badOutcome() {
        badOutcome = true;
        return this;
    }

    /** Adds a category with one value per series. */
    public BarChart add(String category, Value... categoryValues) {
        if (categoryValues.length != series.size()) {
            throw new IllegalArgumentException("one value per series");
        }
        categories.add(category);
        values.add(List.of(categoryValues));
        return this;
    }

    /** Adds a category of counts, one per series. */
    public BarChart add(String category, long... counts) {
        Value[] boxed = new Value[counts.length];
        for (int i = 0; i < counts.length; i++) {
            boxed[i] = Value.count(counts[i]);
        }
        return add(category, boxed);
    }

    /** The longest count, which fills the track (shares fill it at 100 %). */
    double scale() {
        if (percent) {
            return 1;
        }
        return Math.max(1, values.stream().flatMap(List::stream).filter(v -> v.value() != null)
                .mapToDouble(Value::value).max().orElse(1));
    }

    public List<Group> getGroups() {
        double scale = scale();
        List<Group> groups = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            List<Bar> bars = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                Value value = values.get(c).get(s);
                double length = value.value() == null ? 0 : Math.round(1000 * value.value() / scale) / 10.0;
                String text = text(value);
                bars.add(new Bar(s, series.get(s), length, series.size() > 1 ? series.get(s) + " : " + text : text));
            }
            groups.add(new Group(categories.get(c), bars));
        }
        return groups;
    }

    /** The chart's data, one row per category, one cell per series, written as on the chart. */
    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            rows.add(new Row(categories.get(c), values.get(c).stream().map(BarChart.this::text).toList()));
        }
        return rows;
    }

    /** "60 % · 3 sur 5", "aucun dossier" for a share of nothing, "12" for a count. */
    String text(Value value) {
        if (value.value() == null) {
            return value.whole() != null ? "aucun dossier" : "—";
        }
        if (!percent) {
            return String.format(Locale.FRANCE, "%,.0f", value.value()).replace('\u202f', ' ').replace('\u00a0', ' ');
        }
        String share = String.format(Locale.FRANCE, "%.0f %%", value.value() * 100).replace('\u202f', ' ');
        return value.whole() == null ? share : share + " · " + value.part() + " sur " + value.whole();
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

    public boolean isBadOutcome() {
        return badOutcome;
    }
}
