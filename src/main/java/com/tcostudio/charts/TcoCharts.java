package com.tcostudio.charts;

import com.tcostudio.core.engine.BreakEven;
import com.tcostudio.core.engine.BreakEvenVolume;
import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Pair;
import com.tcostudio.core.engine.RunRates;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.engine.SetupResult;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The charts of the app and the report, drawn from the engine's breakdown only (nothing here
 * recomputes a cost). No JavaFX: the same chart objects are shown on screen and drawn as vectors
 * into PDF.
 */
public final class TcoCharts {
    /** Horizons longer than this are shown by year in the stacked breakdown, so bars stay readable. */
    static final int MONTHLY_BARS_UP_TO = 36;
    /** Volume chart: most step edges drawn exactly; beyond this the steps are too fine to see. */
    private static final int MAX_STEPS_DRAWN = 2000;
    private static final int VOLUME_SAMPLES = 400;
    /** Past this share of the axis, a marker's label goes on its left. */
    private static final double LABEL_FLIP = 0.6;

    private TcoCharts() {
    }

    private static String cur(Evaluation e) {
        return e.scenario().currency().code();
    }

    /** Monthly cost per setup. */
    public static JFreeChart monthlyCost(Evaluation e) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (SetupResult r : e.setups().values()) {
            XYSeries s = new XYSeries(r.setup().label(), false, true);
            for (int i = 0; i < e.months(); i++) {
                s.add(i + 1, r.total(i));
            }
            data.addSeries(s);
        }
        JFreeChart chart = lineChart("Monthly cost", data, e, cur(e) + " per month");
        ChartStyle.apply(chart, "What each setup costs month by month, all categories included");
        return chart;
    }

    /** Cumulative cost per setup with each break-even marked and labelled. */
    public static JFreeChart cumulativeCost(Evaluation e) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (SetupResult r : e.setups().values()) {
            XYSeries s = new XYSeries(r.setup().label(), false, true);
            s.add(0, 0);
            for (int i = 0; i < e.months(); i++) {
                s.add(i + 1, r.cumulative(i));
            }
            data.addSeries(s);
        }
        JFreeChart chart = lineChart("Cumulative cost", data, e, cur(e) + " (cumulative)");
        XYPlot plot = chart.getXYPlot();
        int line = 0;
        for (Pair pair : new Pair[]{Pair.OPEN_VS_CLOSED, Pair.HYBRID_VS_CLOSED}) {
            BreakEven be = e.breakEven(pair).orElse(null);
            if (be != null && be.found() && be.month() > 0) {
                plot.addDomainMarker(breakEvenMarker(be.month(), pair.a().label() + " pays off: month "
                        + oneDecimal(be.month()), ChartStyle.color(pair.a()), line++, be.month() / e.months() > LABEL_FLIP));
            }
        }
        ChartStyle.apply(chart, "Break-even: where a self-hosted curve falls below the closed API's"
                + (line == 0 ? " (none within " + e.months() + " months)" : ""));
        return chart;
    }

    /**
     * One setup's cost by category, stacked by month (by year beyond 36 months), with the idle part
     * of the GPU bill drawn as a line over the bars: it is a share of compute, not an extra cost.
     */
    public static JFreeChart breakdown(Evaluation e, Setup setup) {
        SetupResult r = e.setup(setup);
        boolean yearly = e.months() > MONTHLY_BARS_UP_TO;
        int periods = yearly ? (e.months() + 11) / 12 : e.months();
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset idle = new DefaultCategoryDataset();
        for (Category c : Category.values()) {
            if (r.categoryTotal(c) == 0 && !hasAny(r, c)) {
                continue;
            }
            for (int p = 0; p < periods; p++) {
                bars.addValue(periodSum(r.category(c), p, yearly), c.label(), period(p, yearly));
            }
        }
        if (setup.selfHosted()) {
            for (int p = 0; p < periods; p++) {
                idle.addValue(periodSum(r.idleCapacity(), p, yearly), "of which idle GPU capacity", period(p, yearly));
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(setup.label() + ": cost by category",
                yearly ? "Year" : "Month", cur(e) + (yearly ? " per year" : " per month"), bars,
                PlotOrientation.VERTICAL, true, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0);
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}, {1}: " + cur(e) + " {2}",
                ChartStyle.fullFormat()));
        for (int i = 0; i < bars.getRowCount(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(categoryOf((String) bars.getRowKey(i))));
        }
        if (setup.selfHosted()) {
            plot.setDataset(1, idle);
            LineAndShapeRenderer idleLine = new LineAndShapeRenderer(true, false);
            idleLine.setSeriesPaint(0, Color.BLACK);
            idleLine.setSeriesStroke(0, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    new float[]{6f, 4f}, 0f));
            idleLine.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}, {1}: " + cur(e) + " {2}",
                    ChartStyle.fullFormat()));
            plot.setRenderer(1, idleLine);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        CategoryAxis domain = plot.getDomainAxis();
        domain.setLabelFont(ChartStyle.AXIS_LABEL);
        domain.setTickLabelFont(ChartStyle.TICK);
        domain.setCategoryMargin(0.15);
        if (!yearly && periods > 24) {
            domain.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        ChartStyle.axis(range, range.getLabel());
        range.setNumberFormatOverride(ChartStyle.compactFormat());
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        ChartStyle.apply(chart, setup.selfHosted()
                ? "Warm colours: what self-hosting hides (operations staff, setup, upgrades). Dashed line: GPU spend that sits idle."
                : "API usage, platform fee and the staff who maintain the integration");
        return chart;
    }

    /**
     * Monthly run-rate against steady token volume (log scale) at month-1 prices: the API's line,
     * self-hosting's replica steps, and both break-even volumes.
     */
    public static JFreeChart costVersusVolume(Evaluation e) {
        RunRates rr = e.runRates();
        BreakEvenVolume v = e.breakEvenVolume();
        XYSeriesCollection data = new XYSeriesCollection();
        double month1 = e.inputTokens(0) + e.outputTokens(0);
        double lo = 1e6;
        double interesting = Math.max(month1, Math.max(finiteOr(v.first(), 0), finiteOr(v.sustained(), 0)));
        double hi = Math.min(RunRates.MAX_VOLUME, Math.max(1e9, interesting * 10));
        if (rr.mixDefined()) {
            XYSeries closed = new XYSeries(Setup.CLOSED.label(), false, true);
            XYSeries open = new XYSeries(Setup.OPEN.label() + " (replica steps)", false, true);
            for (int k = 0; k <= VOLUME_SAMPLES; k++) {
                double x = lo * Math.pow(hi / lo, (double) k / VOLUME_SAMPLES);
                closed.add(x, rr.closed(x));
            }
            long nLo = rr.servingReplicas(lo);
            long nHi = rr.servingReplicas(hi);
            if (nHi - nLo <= MAX_STEPS_DRAWN) {
                double start = lo;
                for (long n = nLo; n <= nHi; n++) {
                    double end = Math.min(hi, rr.stepEnd(n));
                    if (end <= start) {
                        continue;
                    }
                    double cost = rr.open((start + end) / 2);
                    open.add(start, cost);
                    open.add(end, cost);
                    start = end;
                }
            } else {
                for (int k = 0; k <= VOLUME_SAMPLES; k++) {
                    double x = lo * Math.pow(hi / lo, (double) k / VOLUME_SAMPLES);
                    open.add(x, rr.open(x));
                }
            }
            data.addSeries(closed);
            data.addSeries(open);
        }
        LogAxis x = new LogAxis("Tokens per month (input + output, log scale)");
        x.setBase(10);
        x.setTickUnit(new NumberTickUnit(1));
        x.setNumberFormatOverride(ChartStyle.compactFormat());
        x.setRange(lo, hi);
        ChartStyle.axis(x, x.getLabel());
        NumberAxis y = new NumberAxis(cur(e) + " per month");
        ChartStyle.axis(y, y.getLabel());
        y.setNumberFormatOverride(ChartStyle.compactFormat());
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ChartStyle.color(Setup.CLOSED));
        renderer.setSeriesStroke(0, ChartStyle.stroke(Setup.CLOSED));
        renderer.setSeriesPaint(1, ChartStyle.color(Setup.OPEN));
        renderer.setSeriesStroke(1, new BasicStroke(3f));
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0} at {1} tokens/month: " + cur(e) + " {2}",
                ChartStyle.compactFormat(), ChartStyle.fullFormat()));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        JFreeChart chart = new JFreeChart("Monthly cost against volume", ChartStyle.TITLE, plot, true);
        int line = 0;
        if (Double.isFinite(v.first()) && v.first() > 0) {
            plot.addDomainMarker(breakEvenMarker(v.first(), "break-even " + compact(v.first()) + " tokens/month",
                    ChartStyle.color(Setup.OPEN), line++, logShare(v.first(), lo, hi) > LABEL_FLIP));
        }
        if (Double.isFinite(v.sustained()) && v.sustained() > 0 && v.sustained() != v.first()) {
            plot.addDomainMarker(breakEvenMarker(v.sustained(), "cheaper for good from " + compact(v.sustained()),
                    ChartStyle.color(Setup.OPEN), line++, logShare(v.sustained(), lo, hi) > LABEL_FLIP));
        }
        if (month1 > 0) {
            ValueMarker now = new ValueMarker(month1, new Color(0x8C959F), new BasicStroke(1.5f));
            now.setLabel("month 1: " + compact(month1));
            now.setLabelFont(ChartStyle.TICK);
            now.setLabelPaint(new Color(0x57606A));
            now.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            now.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addDomainMarker(now);
        }
        ChartStyle.apply(chart, rr.mixDefined()
                ? "Steady volume at month-1 prices, no setup: each step is one more replica of " + "self-hosted GPUs"
                : "No tokens in month 1: no input/output mix to scale, so no run-rates to compare");
        return chart;
    }

    /** Cost per million tokens over time (gaps in months without tokens). */
    public static JFreeChart costPerMTok(Evaluation e) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (SetupResult r : e.setups().values()) {
            XYSeries s = new XYSeries(r.setup().label(), false, true);
            for (int i = 0; i < e.months(); i++) {
                double c = r.costPerMTok(i);
                s.add(i + 1, Double.isNaN(c) ? null : c);
            }
            data.addSeries(s);
        }
        JFreeChart chart = lineChart("Cost per million tokens", data, e, cur(e) + " per million tokens");
        ChartStyle.apply(chart, "All costs of the month divided by all its tokens");
        return chart;
    }

    private static JFreeChart lineChart(String title, XYSeriesCollection data, Evaluation e, String yLabel) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, "Month", yLabel, data, PlotOrientation.VERTICAL,
                true, true, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            Setup s = setupOf((String) data.getSeriesKey(i));
            renderer.setSeriesPaint(i, ChartStyle.color(s));
            renderer.setSeriesStroke(i, ChartStyle.stroke(s));
        }
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}, month {1}: " + cur(e) + " {2}",
                new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.US)), ChartStyle.fullFormat()));
        plot.setRenderer(renderer);
        ChartStyle.monthAxis((NumberAxis) plot.getDomainAxis(), e.months());
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        ChartStyle.axis(y, yLabel);
        y.setNumberFormatOverride(ChartStyle.compactFormat());
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return chart;
    }

    /**
     * A labelled vertical marker; successive markers put their labels lower so they do not overlap,
     * and a marker in the right part of the plot puts its label on its left so it is not cut off.
     */
    private static ValueMarker breakEvenMarker(double x, String label, Color color, int index, boolean labelLeft) {
        ValueMarker m = new ValueMarker(x, color, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[]{4f, 4f}, 0f));
        m.setLabel(label);
        m.setLabelFont(ChartStyle.MARKER);
        m.setLabelPaint(color.darker());
        m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        m.setLabelAnchor(labelLeft ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(labelLeft ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        m.setLabelOffset(new RectangleInsets(8 + 22 * index, 6, 0, 6));
        return m;
    }

    private static double logShare(double x, double lo, double hi) {
        return Math.log(x / lo) / Math.log(hi / lo);
    }

    private static Setup setupOf(String label) {
        for (Setup s : Setup.values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException(label);
    }

    private static Category categoryOf(String label) {
        for (Category c : Category.values()) {
            if (c.label().equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException(label);
    }

    private static boolean hasAny(SetupResult r, Category c) {
        for (double v : r.category(c)) {
            if (v != 0) {
                return true;
            }
        }
        return false;
    }

    private static double periodSum(double[] monthly, int period, boolean yearly) {
        if (!yearly) {
            return monthly[period];
        }
        double sum = 0;
        for (int i = period * 12; i < Math.min(monthly.length, period * 12 + 12); i++) {
            sum += monthly[i];
        }
        return sum;
    }

    private static String period(int p, boolean yearly) {
        return yearly ? "Year " + (p + 1) : String.valueOf(p + 1);
    }

    private static String compact(double v) {
        return ChartStyle.compactFormat().format(v);
    }

    private static String oneDecimal(double v) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.US)).format(v);
    }

    private static double finiteOr(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
    }
}
