package com.tcostudio.charts;

import com.tcostudio.core.engine.BreakEven;
import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Pair;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.engine.Years;
import com.tcostudio.core.model.Scenario;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.tcostudio.charts.TcoCharts.MERGE_MONTHS;
import static com.tcostudio.charts.TcoCharts.SHAPES_UP_TO_MONTHS;

/**
 * What the chart families share: axes, renderers, tooltips, break-even marks, series and the
 * context line.
 */
final class ChartParts {
    private ChartParts() {
    }

    // ---------------------------------------------------------------------------------------
    /** A vertical marker and its label. */
    static final class Mark {
        final double x;
        final String label;
        final boolean strong;
        Mark(double x, String label, boolean strong) {
            this.x = x;
            this.label = label;
            this.strong = strong;
        }
    }

    /**
     * The break-evens of the pairs present, worded from the crossings (the methodology's month 0
     * alone says nothing about paying off). Per pair at most three marks: the first crossing down
     * ("pays off", when month > 0), for a pair that starts no dearer the first crossing up, and
     * the last crossing when it is another one (where the pair stands at the end of the horizon).
     * Crossings in between are counted in a note. Notes also name the pairs that never break even
     * and those where A is no dearer all through; nothing is marked for them.
     */
    static List<Mark> breakEvenMarks(Evaluation evaluation, List<String> notes) {
        NumberFormat mf = ChartStyle.monthFormat();
        List<Mark> marks = new ArrayList<>();
        List<String> never = new ArrayList<>();
        int unmarked = 0;
        for (Pair pair : Pair.values()) {
            Optional<BreakEven> found = evaluation.breakEven(pair);
            if (found.isEmpty() || !evaluation.has(pair.a()) || !evaluation.has(pair.b())) {
                continue;
            }
            BreakEven be = found.get();
            String a = pair.a().label();
            String b = pair.b().label();
            if (!be.found()) {
                never.add(a + " vs " + b);
                continue;
            }
            List<BreakEven.Crossing> crossings = new ArrayList<>();
            for (BreakEven.Crossing c : be.crossings()) {
                if (!Double.isNaN(c.month())) {
                    crossings.add(c);
                }
            }
            boolean paysOff = be.month() > 0;
            if (!paysOff && crossings.isEmpty()) {
                notes.add(a + " costs no more than " + b + " throughout.");
                continue;
            }
            Set<BreakEven.Crossing> marked = new HashSet<>();
            BreakEven.Crossing last = crossings.isEmpty() ? null : crossings.get(crossings.size() - 1);
            if (paysOff) {
                crossings.stream().filter(c -> c.aCheaper() && c.month() == be.month()).findFirst().ifPresent(marked::add);
                String label = a + " pays off vs " + b + ": month " + mf.format(be.month());
                if (last != null && !marked.contains(last) && last.aCheaper() && last.month() - be.month() < MERGE_MONTHS) {
                    // a brief wobble right after paying off: one label for both lines, or two labels
                    // would crowd each other for a detail the break-even table lists anyway
                    label += " (for good from " + mf.format(last.month()) + ")";
                    marks.add(new Mark(last.month(), "", true));
                    marked.addAll(crossings);
                }
                marks.add(new Mark(be.month(), label, true));
            } else {
                BreakEven.Crossing firstUp = crossings.get(0);
                marks.add(new Mark(firstUp.month(), a + " dearer than " + b + " from month " + mf.format(firstUp.month()), false));
                marked.add(firstUp);
            }
            if (last != null && !marked.contains(last)) {
                String when = mf.format(last.month());
                marks.add(last.aCheaper()
                        ? new Mark(last.month(), a + " cheaper than " + b + " from month " + when + " on", true)
                        : new Mark(last.month(), a + " dearer than " + b + " again from month " + when, false));
                marked.add(last);
            }
            unmarked += crossings.size() - marked.size();
        }
        if (!never.isEmpty()) {
            notes.add(0, "No break-even within " + evaluation.months() + " months: " + String.join(", ", never) + ".");
        }
        if (unmarked > 0) {
            notes.add(unmarked + (unmarked == 1 ? " crossing" : " crossings") + " in between not marked.");
        }
        return marks;
    }

    /**
     * Vertical lines at the marks, their labels laid out together at draw time ({@link MarkerLabels}),
     * and head-room above the data for the label rows.
     */
    static void addMarks(XYPlot plot, List<Mark> marks) {
        List<MarkerLabels.Label> labels = new ArrayList<>();
        List<Double> lines = new ArrayList<>();
        for (Mark m : marks) {
            lines.add(m.x);
            ValueMarker marker = new ValueMarker(m.x);
            marker.setPaint(m.strong ? ChartStyle.MARKER : ChartStyle.CONTEXT_MARKER);
            marker.setStroke(ChartStyle.markerStroke(m.strong));
            plot.addDomainMarker(marker, Layer.FOREGROUND);
            if (!m.label.isEmpty()) {
                labels.add(new MarkerLabels.Label(m.x, m.label, m.strong));
            }
        }
        if (!labels.isEmpty()) {
            plot.addAnnotation(new MarkerLabels(labels, lines));
            ValueAxis y = plot.getRangeAxis();
            y.setUpperMargin(y.getUpperMargin() + 0.06 * Math.min(4, labels.size()));
        }
    }

    static XYLineAndShapeRenderer setupRenderer(List<Setup> setups, boolean shapes,
                                                        StandardXYToolTipGenerator tooltips) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, shapes);
        // one path per series, so that dash patterns run on across months instead of restarting
        r.setDrawSeriesLineAsPath(true);
        r.setLegendLine(ChartStyle.legendLine());
        for (int i = 0; i < setups.size(); i++) {
            Setup s = setups.get(i);
            r.setSeriesPaint(i, ChartStyle.colour(s));
            r.setSeriesStroke(i, ChartStyle.stroke(s));
            r.setSeriesShape(i, ChartStyle.shape(s));
        }
        r.setDefaultToolTipGenerator(tooltips);
        return r;
    }

    static StandardXYToolTipGenerator tooltips(String format, String xPattern, NumberFormat y) {
        return new StandardXYToolTipGenerator(format, ChartStyle.decimal(xPattern), y);
    }

    static NumberAxis monthAxis(int months, boolean fromZero) {
        NumberAxis x = new NumberAxis("Month");
        if (fromZero) {
            // with points shown, room for the last one; otherwise the line ends on the axis end
            x.setRange(0, months + (months <= SHAPES_UP_TO_MONTHS ? 0.5 : 0));
        } else if (months == 1) {
            x.setRange(0.5, 1.5);
        } else {
            // half a month of room either side, so month 1 (often the setup spike) is not on the axis line
            x.setRange(0.5, months + 0.5);
        }
        x.setTickUnit(new NumberTickUnit(monthTick(months), ChartStyle.decimal("0")));
        return x;
    }

    /** Month ticks at calendar-like steps: every month up to a year, then quarters, half-years, years. */
    static int monthTick(int months) {
        if (months <= 12) {
            return 1;
        } else if (months <= 36) {
            return 3;
        } else if (months <= 72) {
            return 6;
        }
        return 12;
    }

    static NumberAxis moneyAxis(String label) {
        NumberAxis y = new SpacedNumberAxis(label);
        y.setNumberFormatOverride(ChartStyle.compactFormat());
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.08);
        return y;
    }

    /**
     * A plot with nothing to draw: a plain value axis (no made-up scale), no grid, and the reason
     * in the middle. Drawn as an annotation, because JFreeChart's own no-data message shows
     * only when there are no series at all, not when every value is a gap.
     */
    static void noData(XYPlot plot, String why) {
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setRange(0, 1);
        y.setTickLabelsVisible(false);
        y.setTickMarksVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setRangeZeroBaselineVisible(false);
        ValueAxis x = plot.getDomainAxis();
        double mid = x instanceof LogAxis
                ? Math.sqrt(x.getLowerBound() * x.getUpperBound())
                : (x.getLowerBound() + x.getUpperBound()) / 2;
        XYTextAnnotation text = new XYTextAnnotation(why, mid, 0.5);
        text.setFont(ChartStyle.AXIS_LABEL_FONT);
        text.setPaint(ChartStyle.MUTED_TEXT);
        plot.addAnnotation(text);
    }

    static XYSeries monthSeries(String key, double[] values) {
        XYSeries s = new XYSeries(key, false, false);
        for (int i = 0; i < values.length; i++) {
            s.add(i + 1, values[i]);
        }
        return s;
    }

    /** Monthly values, or their sums per year (months 1-12, 13-24, ...; the last year may be short). */
    static XYSeries bucketSeries(String key, double[] monthly, boolean yearly) {
        XYSeries s = new XYSeries(key, false, false);
        if (!yearly) {
            for (int i = 0; i < monthly.length; i++) {
                s.add(i + 1, monthly[i]);
            }
            return s;
        }
        double[] years = Years.sums(monthly);
        for (int y = 0; y < years.length; y++) {
            s.add(y + 1, years[y]);
        }
        return s;
    }

    /** The API or GPU bill at the bottom, staff and running costs above, the hidden costs on top. */
    static List<Category> stackOrder() {
        List<Category> order = new ArrayList<>();
        for (Category.Group g : new Category.Group[] {Category.Group.COMPUTE, Category.Group.STAFF,
                Category.Group.OTHER, Category.Group.HIDDEN}) {
            for (Category c : Category.values()) {
                if (c.group() == g) {
                    order.add(c);
                }
            }
        }
        return order;
    }

    static boolean allZero(double[] v) {
        for (double d : v) {
            if (d != 0) {
                return false;
            }
        }
        return true;
    }

    static boolean allNaN(XYSeriesCollection data) {
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                if (!Double.isNaN(data.getYValue(s, i))) {
                    return false;
                }
            }
        }
        return true;
    }

    static String currency(Evaluation evaluation) {
        return evaluation.scenario().currency().code();
    }

    static String context(Evaluation evaluation) {
        return context(evaluation.scenario());
    }

    static String context(Scenario scenario) {
        int h = scenario.horizonMonths();
        return scenario.name() + "  |  " + h + (h == 1 ? " month, " : " months, ") + scenario.currency().code();
    }
}
