package com.tcostudio.charts;

import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.engine.SetupResult;
import com.tcostudio.core.uncertainty.SimulationResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.util.ArrayList;
import java.util.List;

import static com.tcostudio.charts.ChartParts.addMarks;
import static com.tcostudio.charts.ChartParts.allNaN;
import static com.tcostudio.charts.ChartParts.breakEvenMarks;
import static com.tcostudio.charts.ChartParts.context;
import static com.tcostudio.charts.ChartParts.currency;
import static com.tcostudio.charts.ChartParts.moneyAxis;
import static com.tcostudio.charts.ChartParts.monthAxis;
import static com.tcostudio.charts.ChartParts.monthSeries;
import static com.tcostudio.charts.ChartParts.noData;
import static com.tcostudio.charts.ChartParts.setupRenderer;
import static com.tcostudio.charts.ChartParts.tooltips;
import static com.tcostudio.charts.TcoCharts.BAND_SUFFIX;
import static com.tcostudio.charts.TcoCharts.MEDIAN_LEGEND;
import static com.tcostudio.charts.TcoCharts.MEDIAN_SUFFIX;
import static com.tcostudio.charts.TcoCharts.SHAPES_UP_TO_MONTHS;

/**
 * Cumulative cost (with or without the simulated bands), cost per month and cost per million
 * tokens of each setup, month by month.
 */
final class CumulativeCharts {
    private CumulativeCharts() {
    }

    /** Cost per month of each setup, month 1..H. */
    static JFreeChart monthlyCost(Evaluation evaluation) {
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
    static JFreeChart cumulativeCost(Evaluation evaluation) {
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
    static JFreeChart cumulativeCostWithBands(Evaluation evaluation, SimulationResult simulation) {
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

    /** Cost per million tokens of each setup by month; months without tokens are gaps. */
    static JFreeChart costPerMTok(Evaluation evaluation) {
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
}
