package com.tcostudio.charts;

import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.engine.SetupResult;
import com.tcostudio.core.engine.Years;
import com.tcostudio.core.model.HostingMode;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import static com.tcostudio.charts.ChartParts.allZero;
import static com.tcostudio.charts.ChartParts.bucketSeries;
import static com.tcostudio.charts.ChartParts.context;
import static com.tcostudio.charts.ChartParts.currency;
import static com.tcostudio.charts.ChartParts.moneyAxis;
import static com.tcostudio.charts.ChartParts.monthTick;
import static com.tcostudio.charts.ChartParts.noData;
import static com.tcostudio.charts.ChartParts.stackOrder;
import static com.tcostudio.charts.ChartParts.tooltips;
import static com.tcostudio.charts.TcoCharts.IDLE_SERIES;
import static com.tcostudio.charts.TcoCharts.IDLE_SERIES_CASH_VIEW;
import static com.tcostudio.charts.TcoCharts.MONTHLY_BARS_UP_TO;

/** One setup's cost by category, by month up to three years and by year beyond. */
final class BreakdownCharts {
    private BreakdownCharts() {
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
    static JFreeChart breakdown(Evaluation evaluation, Setup setup) {
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
     * The stacked bars of a breakdown by category (monthly up to {@link TcoCharts#MONTHLY_BARS_UP_TO}
     * months, else yearly), with idle capacity as a dotted line beside them, not added: one body
     * for a v1 setup and a v2 plan.
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
        int buckets = yearly ? Years.count(h) : h;
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
}
