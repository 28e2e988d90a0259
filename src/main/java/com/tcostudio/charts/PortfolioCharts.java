package com.tcostudio.charts;

import com.tcostudio.core.engine.BreakEven;
import com.tcostudio.core.engine.PlanBreakEven;
import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.portfolio.OperatingPoint;
import com.tcostudio.core.portfolio.Workload;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The portfolio charts the screens add to {@link PlanCharts}: the cumulative cost of every plan with
 * the break-even of the pair the user picked marked (PlanCharts marks each plan against the
 * baseline), the cost of each use case in one plan (stacked), and a deployment's throughput against
 * speed per user with the operating point chosen. Every value drawn comes from
 * the engine's {@link PortfolioEvaluation}; nothing here computes a cost. No JavaFX: the same
 * definitions serve the app and the reports.
 */
public final class PortfolioCharts {
    private PortfolioCharts() {
    }

    /**
     * Cumulative cost of every plan at each month end; the break-even of the pair shown (A against
     * B) is marked at its fractional month.
     */
    public static JFreeChart cumulative(PortfolioEvaluation e, String pairA, String pairB) {
        JFreeChart chart = perPlan(e, "Cumulative cost", "Cumulative cost", true);
        XYPlot plot = chart.getXYPlot();
        List<String> notes = new ArrayList<>();
        pair(e, pairA, pairB).ifPresent(pbe -> {
            BreakEven x = pbe.breakEven();
            String a = e.plan(pbe.a()).name();
            String b = e.plan(pbe.b()).name();
            if (x.found() && x.month() > 0) {
                ValueMarker m = new ValueMarker(x.month());
                m.setPaint(ChartStyle.MARKER);
                m.setStroke(ChartStyle.markerStroke(true));
                plot.addDomainMarker(m, Layer.FOREGROUND);
                String label = a + " pays off vs " + b + ": month " + ChartStyle.decimal("0.#").format(x.month());
                plot.addAnnotation(new MarkerLabels(List.of(new MarkerLabels.Label(x.month(), label, true)),
                        List.of(x.month())));
                plot.getRangeAxis().setUpperMargin(plot.getRangeAxis().getUpperMargin() + 0.06);
            } else {
                notes.add(breakEvenWords(a, b, x));
            }
        });
        ChartStyle.applyTo(chart, context(e), String.join(" ", notes));
        return chart;
    }

    /**
     * A break-even in words: "A pays off against B in month 14.3 (discounted: month 17.2)". Two plans
     * both at zero before month 1 count as "no dearer at the start" by the rule; when A is dearer
     * from the first month on, that is said as dearer throughout.
     */
    public static String breakEvenWords(String a, String b, BreakEven x) {
        if (!x.found()) {
            return a + " stays dearer than " + b + " throughout.";
        }
        if (x.month() > 0) {
            return a + " pays off against " + b + " in month " + ChartStyle.decimal("0.#").format(x.month())
                    + " (discounted: " + (Double.isNaN(x.discountedMonth()) ? "never"
                    : "month " + ChartStyle.decimal("0.#").format(x.discountedMonth())) + ").";
        }
        List<BreakEven.Crossing> c = x.crossings();
        if (c.isEmpty() || c.get(c.size() - 1).aCheaper()) {
            return a + " is no dearer than " + b + " from the start.";
        }
        double from = c.get(c.size() - 1).month();
        return from < 1 ? a + " is dearer than " + b + " throughout."
                : a + " is no dearer than " + b + " at first but dearer from month "
                + ChartStyle.decimal("0.#").format(from) + ".";
    }

    private static JFreeChart perPlan(PortfolioEvaluation e, String title, String axis, boolean cumulative) {
        String cur = e.portfolio().currency().code();
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, e.months() <= TcoCharts.SHAPES_UP_TO_MONTHS);
        r.setDrawSeriesLineAsPath(true);
        r.setLegendLine(ChartStyle.legendLine());
        for (int i = 0; i < e.plans().size(); i++) {
            PlanResult p = e.plans().get(i);
            data.addSeries(ChartParts.monthSeries(PlanCharts.legendName(p), cumulative ? p.cumulative() : p.total()));
            r.setSeriesPaint(i, PlanCharts.colour(i));
            r.setSeriesStroke(i, PlanCharts.stroke(i));
            r.setSeriesShape(i, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        r.setDefaultToolTipGenerator(ChartParts.tooltips("{0}, month {1}: " + cur + " {2}", "0", ChartStyle.moneyFormat()));
        XYPlot plot = new XYPlot(data, ChartParts.monthAxis(e.months(), false),
                ChartParts.moneyAxis(axis + " (" + cur + ")"), r);
        return new JFreeChart(title, ChartStyle.TITLE_FONT, plot, true);
    }

    /** What each use case costs in one plan, stacked by month (by year beyond 36 months). */
    public static JFreeChart byUseCase(PortfolioEvaluation e, String planId) {
        PlanResult r = e.plan(planId);
        String cur = e.portfolio().currency().code();
        boolean yearly = e.months() > TcoCharts.MONTHLY_BARS_UP_TO;
        DefaultTableXYDataset bars = new DefaultTableXYDataset();
        HatchedBarRenderer renderer = new HatchedBarRenderer(0.18);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setLegendBar(ChartStyle.legendBar());
        int i = 0;
        for (Map.Entry<String, double[]> w : r.byWorkload().entrySet()) {
            String name = e.portfolio().workload(w.getKey()).map(Workload::name).orElse(w.getKey());
            bars.addSeries(ChartParts.bucketSeries(name, w.getValue(), yearly));
            renderer.setSeriesPaint(i, PlanCharts.colour(i + 2));
            i++;
        }
        renderer.setDefaultToolTipGenerator(ChartParts.tooltips("{0}, " + (yearly ? "year" : "month") + " {1}: " + cur
                + " {2}", "0", ChartStyle.moneyFormat()));
        XYPlot plot = new XYPlot(bars, bucketAxis(e.months(), yearly),
                ChartParts.moneyAxis("Cost per " + (yearly ? "year" : "month") + " (" + cur + ")"), renderer);
        JFreeChart chart = new JFreeChart(r.name() + ": cost by use case" + (yearly ? ", by year" : ""),
                ChartStyle.TITLE_FONT, plot, true);
        ChartStyle.applyTo(chart, context(e), "Shared costs (platform fees, fleets, staff) split by each use case's "
                + "tokens or load.");
        return chart;
    }

    /**
     * One replica's decode throughput against the speed each user gets, at its measured points: the
     * faster each stream, the smaller the batches and the less a replica serves. The point the plan
     * is costed at is marked, with the use case whose need chose it.
     *
     * @param chosenSpeed NaN when the plan does not use the deployment
     */
    public static JFreeChart operatingPoints(String deploymentName, List<OperatingPoint> points, double chosenSpeed,
                                             double chosenDecode, String chosenBy) {
        XYSeries curve = new XYSeries("Measured points", false, true);
        for (OperatingPoint p : points) {
            curve.add(p.outputTokensPerSecondPerUser(), p.decodeTokensPerSecond());
        }
        XYSeriesCollection data = new XYSeriesCollection(curve);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, PlanCharts.colour(0));
        r.setSeriesStroke(0, new BasicStroke(2.5f));
        r.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        r.setLegendLine(ChartStyle.legendLine());
        r.setDefaultToolTipGenerator(ChartParts.tooltips("{1} tokens/s per user: {2} tokens/s", "0.#",
                ChartStyle.wholeFormat()));
        NumberAxis x = new NumberAxis("Speed per user (output tokens/s)");
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = new SpacedNumberAxis("Decode per replica (tokens/s)");
        y.setNumberFormatOverride(ChartStyle.compactFormat());
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, x, y, r);
        String note = "";
        if (!Double.isNaN(chosenSpeed)) {
            XYSeriesCollection chosen = new XYSeriesCollection();
            XYSeries s = new XYSeries("Chosen point", false, true);
            s.add(chosenSpeed, chosenDecode);
            chosen.addSeries(s);
            XYLineAndShapeRenderer mark = new XYLineAndShapeRenderer(false, true);
            Shape diamond = new java.awt.geom.Path2D.Double(new Rectangle2D.Double(-7, -7, 14, 14),
                    java.awt.geom.AffineTransform.getRotateInstance(Math.PI / 4));
            mark.setSeriesShape(0, diamond);
            mark.setSeriesPaint(0, PlanCharts.colour(1));
            plot.setRenderer(1, mark);
            plot.setDataset(1, chosen);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
            String label = ChartStyle.decimal("0.#").format(chosenSpeed) + " tokens/s per user"
                    + (chosenBy.isEmpty() ? "" : " (" + chosenBy + ")");
            XYPointerAnnotation a = new XYPointerAnnotation(label, chosenSpeed, chosenDecode, -Math.PI / 4);
            a.setFont(ChartStyle.MARKER_FONT);
            a.setPaint(ChartStyle.TEXT);
            a.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(a);
            y.setUpperMargin(0.2);
            note = "Chosen: the point at the fastest speed per user that a use case routed to it needs.";
        }
        JFreeChart chart = new JFreeChart(deploymentName + ": throughput against latency", ChartStyle.TITLE_FONT, plot,
                true);
        ChartStyle.applyTo(chart, note);
        return chart;
    }

    private static NumberAxis bucketAxis(int months, boolean yearly) {
        NumberAxis x = new NumberAxis(yearly ? "Year" : "Month");
        int buckets = yearly ? (months + 11) / 12 : months;
        x.setRange(0.4, buckets + 0.6);
        x.setTickUnit(new NumberTickUnit(yearly ? 1 : ChartParts.monthTick(months), ChartStyle.decimal("0")));
        return x;
    }

    private static Optional<PlanBreakEven> pair(PortfolioEvaluation e, String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return Optional.empty();
        }
        return e.breakEven(a, b).or(() -> e.breakEven(b, a));
    }

    private static String context(PortfolioEvaluation e) {
        return e.portfolio().name() + ", " + e.months() + " months, " + e.portfolio().currency().code()
                + "; " + e.portfolio().workloads().size() + " use cases";
    }
}
