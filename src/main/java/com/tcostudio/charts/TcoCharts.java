package com.tcostudio.charts;

import com.tcostudio.core.engine.BreakEven;
import com.tcostudio.core.engine.BreakEvenVolume;
import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Pair;
import com.tcostudio.core.engine.RunRates;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.engine.SetupResult;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.uncertainty.Sensitivity;
import com.tcostudio.core.uncertainty.SimulationResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The charts of TCO Studio, one factory method each. Every value drawn comes from the engine's
 * {@link Evaluation} (the monthly breakdown per setup, the break-evens and the run-rates);
 * nothing here computes a cost. Monthly values are summed into years for long horizons, and
 * token counts of a month are added up, but no price or rate is applied.
 *
 * <p>Charts use java.awt only (no JavaFX), so the same definition is shown in the app's
 * {@code ChartViewer} and drawn as vector graphics into PDF reports. Fonts are sized for a chart
 * of about 900 x 560 units (a projector): to fill a narrower PDF column, draw at that size and
 * scale the graphics down rather than drawing at the column's size, where subtitles and legend
 * would take most of the height.
 */
public final class TcoCharts {
    /** Series keys and legend text of the extra series. */
    public static final String IDLE_SERIES = "of which idle capacity";
    /** Own GPUs in the cash view: idle capacity is valued at depreciation, not at the month's purchases. */
    public static final String IDLE_SERIES_CASH_VIEW = "idle capacity (at depreciation)";

    /** Months up to which line charts also show a point per month (one point alone draws no line). */
    static final int SHAPES_UP_TO_MONTHS = 24;
    /** Longest horizon shown month by month in the breakdown; longer ones are shown by year. */
    static final int MONTHLY_BARS_UP_TO = 36;
    /** A pay-off and a final crossing down closer than this (months) share one label. */
    static final double MERGE_MONTHS = 2;
    /** Lower end of the volume axis, tokens a month (lowered when a break-even lies below it). */
    static final double MIN_VOLUME = 1e6;
    /** The volume axis ends this many times above the largest volume of interest. */
    static final double VOLUME_HEADROOM = 3;
    /** Points of the closed run-rate line; it is straight, but curved on a log axis. */
    static final int CLOSED_SAMPLES = 241;
    /** Replica steps drawn from their exact edges; beyond that, steps are narrower than a pixel. */
    static final int MAX_EXACT_STEPS = 2000;
    static final int STEP_SAMPLES = 1500;

    /** Value axis of the tornado and the what-if chart, followed by the currency code. */
    public static final String DIFFERENCE_LABEL = "TCO(self-hosted) \u2212 TCO(closed API), ";
    public static final String WHAT_IF_AXIS_LABEL = "Difference, ";
    /** Series of the what-if chart. */
    public static final String DIFFERENCE_SERIES = "TCO(self-hosted) \u2212 TCO(closed API)";
    /** The two series of the tornado. */
    public static final String LOW_SERIES = "input at low";
    public static final String HIGH_SERIES = "input at high";
    /** Series keys of a setup's simulated median and band: the setup's label, then this. */
    public static final String MEDIAN_SUFFIX = " P50";
    public static final String BAND_SUFFIX = " P10\u2013P90";
    static final String MEDIAN_LEGEND = "P50";

    private TcoCharts() {
    }

    /** Cost per month of each setup, month 1..H. */
    public static JFreeChart monthlyCost(Evaluation evaluation) {
        String cur = currency(evaluation);
        XYSeriesCollection data = new XYSeriesCollection();
        List<Setup> setups = new ArrayList<>();
        for (SetupResult r : evaluation.setups().values()) {
            data.addSeries(monthSeries(r.setup().label(), r.total()));
            setups.add(r.setup());
        }
        int h = evaluation.months();
        XYLineAndShapeRenderer renderer = setupRenderer(setups, h <= SHAPES_UP_TO_MONTHS,
                tooltips("{0}, month {1}: " + cur + " {2}", "0", ChartStyle.moneyFormat()));
        XYPlot plot = new XYPlot(data, monthAxis(h, false), moneyAxis("Cost per month (" + cur + ")"), renderer);
        JFreeChart chart = new JFreeChart("Cost per month", ChartStyle.TITLE_FONT, plot, true);
        ChartStyle.applyTo(chart, context(evaluation));
        return chart;
    }

    /**
     * Cumulative cost of each setup at the end of each month, with each break-even marked at its
     * fractional month: "Self-hosted pays off vs Closed API: month 14.3". Where the pair stands at
     * the end of the horizon is marked too (a setup that pays off and later turns dearer again
     * must show it). Pairs that never break even are named in a subtitle, not marked.
     *
     * <p>The lines join month ends; the markers are the engine's exact break-evens, which place
     * one-time costs at the start of a month, so a marker can sit a fraction of a month away from
     * where two straight segments cross.
     */
    public static JFreeChart cumulativeCost(Evaluation evaluation) {
        return cumulative(evaluation, null);
    }

    /**
     * {@link #cumulativeCost} with the spread of a Monte Carlo run behind the base-case curves: for
     * each simulated setup a translucent band in its colour from the 10th to the 90th percentile of
     * the cumulative cost at each month end, and a thin dashed line at the median. The curves and
     * break-even markers stay those of the evaluation (the scenario's own numbers); the legend
     * names the bands with the number of samples.
     *
     * @throws IllegalArgumentException when the simulation covers another horizon, or a setup the
     *                                  evaluation does not have
     */
    public static JFreeChart cumulativeCostWithBands(Evaluation evaluation, SimulationResult simulation) {
        if (simulation.months() != evaluation.months()) {
            throw new IllegalArgumentException("the simulation covers " + simulation.months()
                    + " months, the evaluation " + evaluation.months());
        }
        for (Setup s : simulation.setups()) {
            if (!evaluation.has(s)) {
                throw new IllegalArgumentException("the simulation has a " + s.label() + " setup that the evaluation lacks");
            }
        }
        return cumulative(evaluation, simulation);
    }

    /** The cumulative chart, with the simulation's bands when one is given (null: none). */
    private static JFreeChart cumulative(Evaluation evaluation, SimulationResult simulation) {
        String cur = currency(evaluation);
        XYSeriesCollection data = new XYSeriesCollection();
        List<Setup> setups = new ArrayList<>();
        for (SetupResult r : evaluation.setups().values()) {
            data.addSeries(monthSeries(r.setup().label(), r.cumulative()));
            setups.add(r.setup());
        }
        int h = evaluation.months();
        XYLineAndShapeRenderer renderer = setupRenderer(setups, h <= SHAPES_UP_TO_MONTHS,
                tooltips("{0}, end of month {1}: " + cur + " {2} in total", "0", ChartStyle.moneyFormat()));
        // the axis starts at 0: a break-even can fall within month 1 (0 < month < 1)
        NumberAxis x = monthAxis(h, true);
        XYPlot plot = new XYPlot(data, x, moneyAxis("Cumulative cost (" + cur + ")"), renderer);
        List<String> notes = new ArrayList<>();
        addMarks(plot, breakEvenMarks(evaluation, notes));
        if (simulation != null) {
            addBands(plot, simulation, cur);
            notes.add(0, "Thick lines: the scenario's own numbers; bands and thin dashed medians: "
                    + ChartStyle.wholeFormat().format(simulation.samples()) + " simulated cases (seed "
                    + simulation.seed() + ").");
        }
        JFreeChart chart = new JFreeChart("Cumulative cost", ChartStyle.TITLE_FONT, plot, true);
        ChartStyle.applyTo(chart, context(evaluation), String.join(" ", notes));
        return chart;
    }

    /**
     * The simulation's P10-P90 bands (dataset 2, drawn first) and medians (dataset 1) behind the
     * base-case curves (dataset 0, drawn last). The legend keeps one entry per setup and adds one
     * for the bands and one for the medians, in grey: the setups' colours are already named.
     */
    private static void addBands(XYPlot plot, SimulationResult simulation, String cur) {
        XYSeriesCollection medians = new XYSeriesCollection();
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        XYLineAndShapeRenderer medianRenderer = new XYLineAndShapeRenderer(true, false);
        medianRenderer.setDrawSeriesLineAsPath(true);
        medianRenderer.setDefaultSeriesVisibleInLegend(false);
        medianRenderer.setDefaultToolTipGenerator(tooltips("{0}, end of month {1}: " + cur + " {2}", "0",
                ChartStyle.moneyFormat()));
        // no lines of its own: the band only; its medians are the dataset above
        DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
        bandRenderer.setAlpha(ChartStyle.BAND_ALPHA);
        bandRenderer.setDefaultSeriesVisibleInLegend(false);
        List<Setup> setups = simulation.setups();
        int months = simulation.months();
        for (int j = 0; j < setups.size(); j++) {
            Setup s = setups.get(j);
            XYSeries median = new XYSeries(s.label() + MEDIAN_SUFFIX, false, false);
            YIntervalSeries band = new YIntervalSeries(s.label() + BAND_SUFFIX, false, false);
            SimulationResult.Bands q = simulation.bands(s);
            double[] p10 = q.p10();
            double[] p50 = q.p50();
            double[] p90 = q.p90();
            for (int m = 0; m < months; m++) {
                median.add(m + 1, p50[m]);
                band.add(m + 1, p50[m], p10[m], p90[m]);
            }
            medians.addSeries(median);
            bands.addSeries(band);
            medianRenderer.setSeriesPaint(j, ChartStyle.colour(s));
            medianRenderer.setSeriesStroke(j, ChartStyle.medianStroke());
            bandRenderer.setSeriesFillPaint(j, ChartStyle.colour(s));
        }
        plot.setDataset(1, medians);
        plot.setRenderer(1, medianRenderer);
        plot.setDataset(2, bands);
        plot.setRenderer(2, bandRenderer);
        // the highest dataset index is drawn first: bands at the back, base-case curves on top
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);

        LegendItemCollection legend = new LegendItemCollection();
        legend.addAll(plot.getRenderer(0).getLegendItems());
        legend.add(new LegendItem(bandLegend(simulation), null, null, null, ChartStyle.legendBar(), ChartStyle.BAND_LEGEND));
        legend.add(new LegendItem(MEDIAN_LEGEND, null, null, null, false, ChartStyle.legendLine(), false, ChartStyle.MUTED_TEXT,
                false, ChartStyle.MUTED_TEXT, ChartStyle.medianStroke(), true, ChartStyle.legendLine(),
                ChartStyle.medianStroke(), ChartStyle.MUTED_TEXT));
        plot.setFixedLegendItems(legend);
    }

    /** "P10–P90 (10,000 samples)". */
    static String bandLegend(SimulationResult simulation) {
        return "P10\u2013P90 (" + ChartStyle.wholeFormat().format(simulation.samples())
                + (simulation.samples() == 1 ? " sample)" : " samples)");
    }

    /**
     * Tornado: what moves TCO(self-hosted) - TCO(closed API) most. One row per uncertain input,
     * largest swing on top, named by the input's label and its range with unit; from a vertical line
     * at the base-case difference, one bar to the difference with the input at its low and one with
     * it at its high (everything else at base). The two bars of a row sit one above the other
     * rather than overlapping, so that an input that moves the difference the same way at both ends
     * hides neither. Zero (open and closed cost the same) is the darker grid line.
     */
    public static JFreeChart tornado(Sensitivity.Result result, Scenario scenario) {
        String cur = scenario.currency().code();
        List<Sensitivity.Bar> bars = result.bars();
        double base = result.baseDelta();
        CategoryAxis rows = new CategoryAxis(null);
        // room for the label and its range on two lines, wrapped where a label is long
        rows.setMaximumCategoryLabelLines(3);
        rows.setMaximumCategoryLabelWidthRatio(0.34f);
        rows.setCategoryMargin(0.3);
        // head-room above the first row for the base-case label
        rows.setLowerMargin(bars.size() <= 2 ? 0.18 : 0.08);
        rows.setUpperMargin(0.02);
        NumberAxis value = moneyAxis(DIFFERENCE_LABEL + cur);
        value.setLowerMargin(0.05);
        value.setUpperMargin(0.05);

        CategoryPlot plot;
        IntervalBarRenderer renderer = new IntervalBarRenderer();
        if (bars.isEmpty()) {
            plot = new CategoryPlot(new DefaultCategoryDataset(), rows, value, renderer);
            plot.setNoDataMessage("No input carries a range");
            plot.setNoDataMessageFont(ChartStyle.AXIS_LABEL_FONT);
            plot.setNoDataMessagePaint(ChartStyle.MUTED_TEXT);
        } else {
            String[] labels = new String[bars.size()];
            Number[][] starts = new Number[2][bars.size()];
            Number[][] ends = new Number[2][bars.size()];
            for (int i = 0; i < bars.size(); i++) {
                Sensitivity.Bar b = bars.get(i);
                labels[i] = tornadoRow(b, cur);
                // each interval from its smaller to its larger end: JFreeChart finds the axis range
                // from the smallest start and the largest end, and would cut off bars that run left
                double[] at = {b.deltaAtLow(), b.deltaAtHigh()};
                for (int k = 0; k < 2; k++) {
                    starts[k][i] = Math.min(base, at[k]);
                    ends[k][i] = Math.max(base, at[k]);
                }
            }
            DefaultIntervalCategoryDataset data = new DefaultIntervalCategoryDataset(
                    new String[] {LOW_SERIES, HIGH_SERIES}, labels, starts, ends);
            plot = new CategoryPlot(data, rows, value, renderer);
        }
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // the money axis at the bottom, as on every other chart (JFreeChart puts it on top here)
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.0);
        // a change of a few currency units still shows as a sliver, not as nothing
        renderer.setMinimumBarLength(1.5);
        renderer.setSeriesPaint(0, ChartStyle.INPUT_LOW);
        renderer.setSeriesPaint(1, ChartStyle.INPUT_HIGH);
        renderer.setLegendShape(0, ChartStyle.legendBar());
        renderer.setLegendShape(1, ChartStyle.legendBar());
        NumberFormat full = ChartStyle.moneyFormat();
        renderer.setDefaultToolTipGenerator((dataset, row, column) -> {
            Sensitivity.Bar b = bars.get(column);
            double at = row == 0 ? b.low() : b.high();
            double delta = row == 0 ? b.deltaAtLow() : b.deltaAtHigh();
            return b.input().label() + " at " + InputFormat.value(b.input(), at, cur) + ": difference " + cur + " "
                    + full.format(delta) + " (base case " + cur + " " + full.format(base) + ")";
        });

        ValueMarker baseLine = new ValueMarker(base);
        baseLine.setPaint(ChartStyle.MARKER);
        baseLine.setStroke(ChartStyle.markerStroke(true));
        baseLine.setLabel("base case " + cur + " " + ChartStyle.compactFormat().format(base));
        baseLine.setLabelFont(ChartStyle.MARKER_FONT);
        baseLine.setLabelPaint(ChartStyle.TEXT);
        baseLine.setLabelBackgroundColor(ChartStyle.BACKGROUND);
        // beside the line at the top, on the side of the line with more of the axis (zero is always on it)
        double left = Math.min(0, base);
        double right = Math.max(0, base);
        for (Sensitivity.Bar b : bars) {
            left = Math.min(left, Math.min(b.deltaAtLow(), b.deltaAtHigh()));
            right = Math.max(right, Math.max(b.deltaAtLow(), b.deltaAtHigh()));
        }
        boolean labelLeft = base - left > right - base;
        baseLine.setLabelAnchor(labelLeft ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        baseLine.setLabelTextAnchor(labelLeft ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        baseLine.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
        plot.addRangeMarker(baseLine, Layer.FOREGROUND);

        JFreeChart chart = new JFreeChart("What moves the difference most", ChartStyle.TITLE_FONT, plot, true);
        int h = scenario.horizonMonths();
        ChartStyle.applyTo(chart, context(scenario), "Each input at its low and at its high, all others at the base case."
                + " Right of 0: self-hosting costs more than the closed API over " + h + " months; left of 0: less.");
        plot.setRangeZeroBaselinePaint(ChartStyle.MARKER);
        plot.setRangeZeroBaselineStroke(new BasicStroke(1.25f));
        return chart;
    }

    /** A tornado row: the input's label, and its range with the unit on the next line. */
    static String tornadoRow(Sensitivity.Bar bar, String currency) {
        return bar.input().label() + "\n" + InputFormat.range(bar.input(), bar.low(), bar.high(), currency);
    }

    /**
     * What-if break-even: TCO(self-hosted) - TCO(closed API) over the horizon as one input runs
     * across its range (the points of {@code WhatIf.curve}), everything else at base. Zero, where
     * the two cost the same, is a dark line; the break-even value is marked and labelled
     * ("open = closed at 2.41 USD per GPU-hour"), or a subtitle says there is none in the range and
     * which side the difference stays on. The scenario's own value of the input is marked lightly
     * when it lies in the range.
     *
     * @param curve      points {value, difference}, in increasing value, at least two
     * @param breakEven  the value at which the difference is zero, or empty when none in the range
     * @throws IllegalArgumentException when the curve has fewer than two points or a point is not a pair
     */
    public static JFreeChart whatIf(Scenario scenario, Input input, double[][] curve, OptionalDouble breakEven) {
        if (curve.length < 2) {
            throw new IllegalArgumentException("a what-if curve needs at least 2 points (had " + curve.length + ")");
        }
        String cur = scenario.currency().code();
        XYSeries line = new XYSeries(DIFFERENCE_SERIES, false, true);
        for (int i = 0; i < curve.length; i++) {
            if (curve[i].length != 2) {
                throw new IllegalArgumentException("point " + i + " of the what-if curve must be {value, difference} (had "
                        + curve[i].length + " numbers)");
            }
            line.add(curve[i][0], curve[i][1]);
        }
        double lo = line.getMinX();
        double hi = line.getMaxX();
        NumberAxis x = new SpacedNumberAxis(InputFormat.axisLabel(input, cur));
        x.setNumberFormatOverride(InputFormat.axisFormat(input));
        x.setAutoRangeIncludesZero(false);
        if (hi > lo) {
            x.setRange(lo, hi);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ChartStyle.DIFFERENCE);
        renderer.setSeriesStroke(0, new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> input.label() + " at "
                + InputFormat.value(input, dataset.getXValue(series, item), cur) + ": difference " + cur + " "
                + ChartStyle.moneyFormat().format(dataset.getYValue(series, item)));
        // the vertical axis is short on screen: its label names the quantity, the subtitle defines it
        XYPlot plot = new XYPlot(new XYSeriesCollection(line), x, moneyAxis(WHAT_IF_AXIS_LABEL + cur), renderer);

        ValueMarker zero = new ValueMarker(0);
        zero.setPaint(ChartStyle.MARKER);
        zero.setStroke(new BasicStroke(1.25f));
        plot.addRangeMarker(zero, Layer.BACKGROUND);

        List<Mark> marks = new ArrayList<>();
        if (breakEven.isPresent()) {
            marks.add(new Mark(breakEven.getAsDouble(), "open = closed at " + InputFormat.value(input, breakEven.getAsDouble(), cur), true));
        }
        double own = scenario.get(input);
        if (own >= lo && own <= hi) {
            marks.add(new Mark(own, "base case " + InputFormat.value(input, own, cur), false));
        }
        addMarks(plot, marks);

        int h = scenario.horizonMonths();
        String note = "Difference = " + DIFFERENCE_LABEL.substring(0, DIFFERENCE_LABEL.length() - 2) + " over " + h
                + " months, all other inputs at the base case; above 0 self-hosting costs more.";
        if (breakEven.isEmpty()) {
            boolean allAbove = true;
            boolean allBelow = true;
            for (double[] p : curve) {
                allAbove &= p[1] > 0;
                allBelow &= p[1] < 0;
            }
            note = "No break-even in this range" + (allAbove ? ": self-hosting costs more across it. "
                    : allBelow ? ": self-hosting costs less across it. " : ". ") + note;
        }
        JFreeChart chart = new JFreeChart("What-if: " + input.label(), ChartStyle.TITLE_FONT, plot, false);
        ChartStyle.applyTo(chart, context(scenario), note);
        return chart;
    }

    /**
     * One setup's cost by category, stacked: the API or GPU bill in muted tones, the hidden
     * operational costs (operations staff, setup, upgrades) hatched in strong colours. Idle
     * capacity is part of the GPU bill, not an extra cost, so it is a dotted line over the bars
     * ("of which idle capacity"), never a slice of the stack. A negative residual value (own GPUs,
     * cash view) is drawn below zero.
     *
     * <p>Bars, not areas: one-time costs (setup in month 1, upgrades every few months) fall in one
     * month, and an area chart would spread them as triangles over the neighbouring months. Up to
     * 36 months the bars are monthly; beyond that they are yearly sums, because 37 to 120 bars on a
     * projector are a few pixels wide each and the hatching that marks the hidden costs is lost.
     *
     * @throws IllegalArgumentException when the evaluation has no such setup (hybrid without a hybrid part)
     */
    public static JFreeChart breakdown(Evaluation evaluation, Setup setup) {
        SetupResult r = evaluation.setup(setup);
        int h = evaluation.months();
        String idleKey = null;
        String idleNote = null;
        List<String> after = new ArrayList<>();
        if (setup.selfHosted()) {
            boolean cashOwn = evaluation.scenario().hostingMode() == HostingMode.OWN && !evaluation.scenario().amortize();
            // in the cash view GPUs are paid when bought, while idle capacity is valued at
            // depreciation: "of which" would be wrong there, so the series says what it is instead
            idleKey = cashOwn ? IDLE_SERIES_CASH_VIEW : IDLE_SERIES;
            idleNote = cashOwn ? "Dotted: idle GPUs at depreciation, not added." : "Dotted: GPU cost that does no work, not added.";
            if (r.tco() > 0) {
                after.add("Hidden incl. idle: " + ChartStyle.decimal("0%").format(r.hiddenCostShare()) + " of TCO.");
            }
        }
        return categoryBars(setup.label(), r::category, setup.selfHosted() ? r.idleCapacity() : null, idleKey, idleNote,
                after, h, currency(evaluation), context(evaluation), "No costs in this setup");
    }

    /**
     * The stacked bars of a breakdown by category (monthly up to {@link #MONTHLY_BARS_UP_TO}
     * months, else yearly), with idle capacity as a dotted line beside them, not added.
     *
     * @param idle       idle GPU spend by month, or null for none
     * @param idleKey    the idle series' legend text
     * @param idleNote   the subtitle note saying what the dotted line is
     * @param notesAfter notes placed after the idle note (shares of TCO)
     */
    static JFreeChart categoryBars(String name, java.util.function.Function<Category, double[]> category, double[] idle,
                                   String idleKey, String idleNote, List<String> notesAfter, int h, String cur,
                                   String context, String empty) {
        boolean yearly = h > MONTHLY_BARS_UP_TO;
        String unit = yearly ? "year" : "month";

        DefaultTableXYDataset bars = new DefaultTableXYDataset();
        List<Category> shown = new ArrayList<>();
        boolean anyHidden = false;
        for (Category c : stackOrder()) {
            double[] v = category.apply(c);
            if (allZero(v)) {
                continue;
            }
            bars.addSeries(bucketSeries(c.label(), v, yearly));
            shown.add(c);
            anyHidden |= c.group() == Category.Group.HIDDEN;
        }
        HatchedBarRenderer barRenderer = new HatchedBarRenderer(0.18);
        barRenderer.setDrawBarOutline(true);
        barRenderer.setLegendBar(ChartStyle.legendBar());
        barRenderer.setDefaultOutlinePaint(Color.WHITE);
        barRenderer.setDefaultOutlineStroke(new BasicStroke(0.75f));
        for (int i = 0; i < shown.size(); i++) {
            barRenderer.setSeriesPaint(i, ChartStyle.colour(shown.get(i)));
            barRenderer.setSeriesHatch(i, ChartStyle.hatch(shown.get(i)));
            if (shown.get(i) == Category.RESIDUAL) {
                // the residual is pale; a grey outline keeps it visible below the zero line
                barRenderer.setSeriesOutlinePaint(i, ChartStyle.AXIS_LINE);
            }
        }
        barRenderer.setDefaultToolTipGenerator(tooltips("{0}, " + unit + " {1}: " + cur + " {2}", "0",
                ChartStyle.moneyFormat()));

        NumberAxis x = new NumberAxis(yearly ? "Year" : "Month");
        int buckets = yearly ? (h + 11) / 12 : h;
        x.setRange(0.4, buckets + 0.6);
        x.setTickUnit(new NumberTickUnit(yearly ? 1 : monthTick(h), ChartStyle.decimal("0")));
        NumberAxis y = moneyAxis("Cost per " + unit + " (" + cur + ")");
        XYPlot plot = new XYPlot(bars, x, y, barRenderer);
        if (shown.isEmpty()) {
            noData(plot, empty);
        }

        List<String> notes = new ArrayList<>();
        if (anyHidden) {
            notes.add("Hatched: hidden costs of running it yourself.");
        }
        if (idle != null && !allZero(idle)) {
            XYSeriesCollection idleData = new XYSeriesCollection(bucketSeries(idleKey, idle, yearly));
            XYLineAndShapeRenderer idleRenderer = new XYLineAndShapeRenderer(true, true);
            idleRenderer.setSeriesPaint(0, ChartStyle.IDLE_COLOUR);
            idleRenderer.setSeriesStroke(0, ChartStyle.idleStroke());
            idleRenderer.setSeriesShape(0, new Rectangle2D.Double(-3, -3, 6, 6));
            idleRenderer.setDrawSeriesLineAsPath(true);
            idleRenderer.setLegendLine(ChartStyle.legendLine());
            idleRenderer.setDefaultToolTipGenerator(tooltips("Idle capacity, " + unit + " {1}: " + cur
                    + " {2} (GPU cost that does no work; not added to the total)", "0", ChartStyle.moneyFormat()));
            // renderer first: the bar renderer cannot measure a dataset that is not a table
            plot.setRenderer(1, idleRenderer);
            plot.setDataset(1, idleData);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
            notes.add(idleNote);
        }
        notes.addAll(notesAfter);
        if (yearly && h % 12 != 0) {
            notes.add("Year " + buckets + " has months " + ((buckets - 1) * 12 + 1) + "-" + h + " only.");
        }
        String title = name + ": cost by category" + (yearly ? ", by year" : "");
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, true);
        ChartStyle.applyTo(chart, context, String.join(" ", notes));
        return chart;
    }

    /**
     * Monthly run-rate of the API and of self-hosting against a steady token volume, on a log
     * axis from 1M tokens a month to three times the largest volume of interest (the break-even
     * volumes and the scenario's own first- and last-month volumes, which are marked too). The API line is straight
     * (curved on the log axis); self-hosting is a step per replica, drawn from its exact edges
     * ({@link RunRates#stepEnd(long)}). Both break-even volumes are marked.
     */
    public static JFreeChart costVersusVolume(Evaluation evaluation) {
        String cur = currency(evaluation);
        RunRates rates = evaluation.runRates();
        BreakEvenVolume bev = evaluation.breakEvenVolume();
        NumberFormat words = ChartStyle.compactWordsFormat();

        LogAxis x = new LogAxis("Tokens per month (log scale)");
        x.setBase(10);
        x.setTickUnit(new NumberTickUnit(1));
        x.setNumberFormatOverride(ChartStyle.compactFormat());
        x.setMinorTickCount(9);
        NumberAxis y = moneyAxis("Cost per month (" + cur + ")");
        List<Setup> setups = List.of(Setup.CLOSED, Setup.OPEN);
        XYLineAndShapeRenderer renderer = setupRenderer(setups, false,
                tooltips("{0} at {1} tokens a month: " + cur + " {2} a month", "#,##0", ChartStyle.moneyFormat()));
        XYSeriesCollection data = new XYSeriesCollection();
        XYPlot plot = new XYPlot(data, x, y, renderer);
        List<String> notes = new ArrayList<>();

        if (!rates.mixDefined()) {
            x.setRange(MIN_VOLUME, 1e12);
            noData(plot, "No tokens in month 1: no input/output mix to scale");
            notes.add("Not available: month 1 has no tokens, so there is no input/output mix to scale to other volumes.");
        } else {
            double v1 = evaluation.inputTokens(0) + evaluation.outputTokens(0);
            int last = evaluation.months() - 1;
            double vLast = evaluation.inputTokens(last) + evaluation.outputTokens(last);
            // the largest volume of interest: the scenario's own volumes and the break-evens
            double ref = Math.max(v1, vLast);
            double low = MIN_VOLUME;
            for (double b : new double[] {bev.first(), bev.sustained()}) {
                if (b > 0) {
                    ref = Math.max(ref, b);
                    low = Math.min(low, Math.pow(10, Math.floor(Math.log10(b)) - 1));
                }
            }
            double high = Math.max(VOLUME_HEADROOM * ref, 100 * low);
            x.setRange(low, high);

            XYSeries closed = new XYSeries(Setup.CLOSED.label(), false, true);
            for (int i = 0; i < CLOSED_SAMPLES; i++) {
                double v = low * Math.pow(high / low, i / (double) (CLOSED_SAMPLES - 1));
                closed.add(v, rates.closed(v));
            }
            data.addSeries(closed);
            data.addSeries(openSteps(rates, low, high));
            /*
             * The cost axis ends a little above the dearer run-rate at the largest volume of
             * interest. On a log volume axis the API's straight line shoots up over the last
             * decade; scaling to it would squash the break-even, where the decision is, into the
             * bottom tenth of the chart. The lines leave the plot at the top instead (still from 0).
             */
            y.setAutoRange(false);
            y.setRange(0, 1.15 * Math.max(rates.closed(ref), rates.open(ref)));

            List<Mark> marks = new ArrayList<>();
            boolean same = bev.first() == bev.sustained();
            if (bev.first() > 0) {
                marks.add(new Mark(bev.first(), (same ? "break-even " : "first break-even ")
                        + words.format(bev.first()) + " tokens/month", true));
            }
            if (!same && bev.sustained() > 0) {
                marks.add(new Mark(bev.sustained(), "sustained break-even " + words.format(bev.sustained())
                        + " tokens/month", true));
            }
            marks.add(new Mark(v1, "month 1: " + words.format(v1), false));
            if (last > 0 && Math.abs(vLast - v1) > 1e-9 * v1) {
                marks.add(new Mark(vLast, "month " + (last + 1) + ": " + words.format(vLast), false));
            }
            addMarks(plot, marks);

            if (bev.first() == 0 && bev.sustained() == 0) {
                notes.add("Self-hosting is no dearer than the API at any volume.");
            } else if (Double.isNaN(bev.first())) {
                notes.add("Self-hosting stays dearer than the API at every volume up to "
                        + words.format(RunRates.MAX_VOLUME) + " tokens/month.");
            } else if (Double.isNaN(bev.sustained())) {
                notes.add("Self-hosting is no dearer at some volumes but never for good: each new replica tips it back.");
            }
            notes.add(0, "Run-rate at month-1 prices and this scenario's input/output mix;"
                    + " setup and residual value left out.");
        }
        JFreeChart chart = new JFreeChart("Monthly cost against token volume", ChartStyle.TITLE_FONT, plot, true);
        ChartStyle.applyTo(chart, context(evaluation), String.join(" ", notes));
        return chart;
    }

    /** Cost per million tokens of each setup by month; months without tokens are gaps. */
    public static JFreeChart costPerMTok(Evaluation evaluation) {
        String cur = currency(evaluation);
        XYSeriesCollection data = new XYSeriesCollection();
        List<Setup> setups = new ArrayList<>();
        boolean gaps = false;
        for (SetupResult r : evaluation.setups().values()) {
            double[] v = r.costPerMTok();
            data.addSeries(monthSeries(r.setup().label(), v));
            setups.add(r.setup());
            for (double d : v) {
                gaps |= Double.isNaN(d);
            }
        }
        int h = evaluation.months();
        XYLineAndShapeRenderer renderer = setupRenderer(setups, h <= SHAPES_UP_TO_MONTHS,
                tooltips("{0}, month {1}: " + cur + " {2} per million tokens", "0", ChartStyle.unitPriceFormat()));
        NumberAxis y = moneyAxis(cur + " per million tokens");
        XYPlot plot = new XYPlot(data, monthAxis(h, false), y, renderer);
        if (gaps && allNaN(data)) {
            noData(plot, "No tokens in any month");
        }
        JFreeChart chart = new JFreeChart("Cost per million tokens", ChartStyle.TITLE_FONT, plot, true);
        ChartStyle.applyTo(chart, context(evaluation),
                gaps ? "Gaps: months without tokens have no cost per million tokens." : null);
        return chart;
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
    private static List<Mark> breakEvenMarks(Evaluation evaluation, List<String> notes) {
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

    /**
     * Self-hosting's run-rate as steps. Each step's cost is the engine's {@code open(v)} taken
     * inside the step; its edges are {@code stepEnd(n)}, so the jumps sit at the exact volumes
     * where a replica is added. Past {@link #MAX_EXACT_STEPS} steps (narrower than a pixel on
     * the log axis) the rest is sampled.
     */
    private static XYSeries openSteps(RunRates rates, double low, double high) {
        XYSeries s = new XYSeries(Setup.OPEN.label(), false, true);
        double v = low;
        long n = rates.servingReplicas(v);
        double cost = rates.open(v);
        s.add(v, cost);
        for (int steps = 0; steps < MAX_EXACT_STEPS; steps++) {
            double end = rates.stepEnd(n);
            if (!(end < high)) {
                s.add(high, cost);
                return s;
            }
            s.add(end, cost);
            // the next step starts just above this one's end; its cost is read inside it
            double nextEnd = Math.min(rates.stepEnd(n + 1), high);
            n++;
            cost = rates.open((end + nextEnd) / 2);
            s.add(end, cost);
            v = end;
        }
        for (int i = 1; i <= STEP_SAMPLES; i++) {
            double w = v * Math.pow(high / v, i / (double) STEP_SAMPLES);
            s.add(w, rates.open(w));
        }
        return s;
    }

    private static XYLineAndShapeRenderer setupRenderer(List<Setup> setups, boolean shapes,
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
    private static int monthTick(int months) {
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
    private static void noData(XYPlot plot, String why) {
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
    private static XYSeries bucketSeries(String key, double[] monthly, boolean yearly) {
        XYSeries s = new XYSeries(key, false, false);
        if (!yearly) {
            for (int i = 0; i < monthly.length; i++) {
                s.add(i + 1, monthly[i]);
            }
            return s;
        }
        for (int y = 0; y * 12 < monthly.length; y++) {
            double sum = 0;
            for (int i = y * 12; i < Math.min(monthly.length, y * 12 + 12); i++) {
                sum += monthly[i];
            }
            s.add(y + 1, sum);
        }
        return s;
    }

    /** The API or GPU bill at the bottom, staff and running costs above, the hidden costs on top. */
    private static List<Category> stackOrder() {
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

    private static String currency(Evaluation evaluation) {
        return evaluation.scenario().currency().code();
    }

    private static String context(Evaluation evaluation) {
        return context(evaluation.scenario());
    }

    private static String context(Scenario scenario) {
        int h = scenario.horizonMonths();
        return scenario.name() + "  |  " + h + (h == 1 ? " month, " : " months, ") + scenario.currency().code();
    }
}
