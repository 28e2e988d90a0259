package com.tcostudio.charts;

import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.RunRates;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.uncertainty.Sensitivity;
import com.tcostudio.core.uncertainty.SimulationResult;
import org.jfree.chart.JFreeChart;

import java.util.OptionalDouble;

/**
 * The charts of TCO Studio, one factory method each, each drawn by its family's file
 * ({@link CumulativeCharts}, {@link BreakdownCharts}, {@link VolumeCharts}, {@link UncertaintyCharts}). Every value drawn comes from the engine's
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
        return CumulativeCharts.monthlyCost(evaluation);
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
        return CumulativeCharts.cumulativeCost(evaluation);
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
        return CumulativeCharts.cumulativeCostWithBands(evaluation, simulation);
    }

    /** "P10–P90 (10,000 samples)". */
    static String bandLegend(SimulationResult simulation) {
        return CumulativeCharts.bandLegend(simulation);
    }

    /** Cost per million tokens of each setup by month; months without tokens are gaps. */
    public static JFreeChart costPerMTok(Evaluation evaluation) {
        return CumulativeCharts.costPerMTok(evaluation);
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
        return UncertaintyCharts.tornado(result, scenario);
    }

    /** A tornado row: the input's label, and its range with the unit on the next line. */
    static String tornadoRow(Sensitivity.Bar bar, String currency) {
        return UncertaintyCharts.tornadoRow(bar, currency);
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
        return UncertaintyCharts.whatIf(scenario, input, curve, breakEven);
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
        return BreakdownCharts.breakdown(evaluation, setup);
    }

    /**
     * Monthly run-rate of the API and of self-hosting against a steady token volume, on a log
     * axis from 1M tokens a month to three times the largest volume of interest (the break-even
     * volumes and the scenario's own first- and last-month volumes, which are marked too). The API line is straight
     * (curved on the log axis); self-hosting is a step per replica, drawn from its exact edges
     * ({@link RunRates#stepEnd(long)}). Both break-even volumes are marked.
     */
    public static JFreeChart costVersusVolume(Evaluation evaluation) {
        return VolumeCharts.costVersusVolume(evaluation);
    }
}
