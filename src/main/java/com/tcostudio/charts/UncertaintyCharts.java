package com.tcostudio.charts;

import com.tcostudio.charts.ChartParts.Mark;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.uncertainty.Sensitivity;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import static com.tcostudio.charts.ChartParts.addMarks;
import static com.tcostudio.charts.ChartParts.context;
import static com.tcostudio.charts.ChartParts.moneyAxis;
import static com.tcostudio.charts.TcoCharts.DIFFERENCE_LABEL;
import static com.tcostudio.charts.TcoCharts.DIFFERENCE_SERIES;
import static com.tcostudio.charts.TcoCharts.HIGH_SERIES;
import static com.tcostudio.charts.TcoCharts.LOW_SERIES;
import static com.tcostudio.charts.TcoCharts.WHAT_IF_AXIS_LABEL;

/** The tornado of the sensitivity and the what-if curve of one input. */
final class UncertaintyCharts {
    private UncertaintyCharts() {
    }

    /**
     * Tornado: what moves TCO(self-hosted) - TCO(closed API) most. One row per uncertain input,
     * largest swing on top, named by the input's label and its range with unit; from a vertical line
     * at the base-case difference, one bar to the difference with the input at its low and one with
     * it at its high (everything else at base). The two bars of a row sit one above the other
     * rather than overlapping, so that an input that moves the difference the same way at both ends
     * hides neither. Zero (open and closed cost the same) is the darker grid line.
     */
    static JFreeChart tornado(Sensitivity.Result result, Scenario scenario) {
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
    static JFreeChart whatIf(Scenario scenario, Input input, double[][] curve, OptionalDouble breakEven) {
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
}
