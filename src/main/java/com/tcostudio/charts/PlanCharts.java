package com.tcostudio.charts;

import com.tcostudio.core.engine.BreakEven;
import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.PlanBreakEven;
import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.portfolio.Portfolio;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The charts of a portfolio (version 2): one curve per plan for the cumulative and the monthly
 * cost, and a plan's breakdown by category with staff and idle GPU spend kept apart. Every value
 * drawn comes from the engine's {@link PortfolioEvaluation}; nothing here computes a cost. Sized
 * like {@link TcoCharts} (about 900 x 560 units, scaled down into a PDF column).
 */
public final class PlanCharts {
    /** Suffix of an infeasible plan's legend entry: its cost is drawn, but it cannot be chosen. */
    public static final String INFEASIBLE_SUFFIX = " (breaks a rule)";
    /** Legend text of a plan's idle GPU spend in its breakdown. */
    public static final String IDLE_SERIES = "GPU time paid for but idle";

    /*
     * Plan colours after the Okabe-Ito palette (safe for the common colour-vision deficiencies),
     * dark to light so that neighbours differ in greyscale too; the baseline takes the dark blue
     * of v1's closed API. Past eight plans colours repeat with another dash pattern.
     */
    private static final Color[] COLOURS = {
        new Color(0x1B, 0x3A, 0x5C), new Color(0xE0, 0x8A, 0x00), new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7),
        new Color(0xD5, 0x5E, 0x00), new Color(0x56, 0xB4, 0xE9), new Color(0x00, 0x00, 0x00), new Color(0x99, 0x88, 0x33),
    };
    private static final float[][] DASHES = {null, {11f, 6f}, {14f, 5f, 3f, 5f}, {3f, 4f}, {20f, 6f}, {8f, 4f, 2f, 4f, 2f, 4f}};
    private static final float LINE_WIDTH = 3f;

    private PlanCharts() {
    }

    /** Line colour of the plan at this position in the file. */
    public static Color colour(int plan) {
        return COLOURS[plan % COLOURS.length];
    }

    /** Line stroke of the plan at this position: solid for the baseline, then dash patterns. */
    public static Stroke stroke(int plan) {
        float[] dash = DASHES[plan % DASHES.length];
        return dash == null ? new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    private static Shape shape(int plan) {
        switch (plan % 3) {
            case 0:
                return new Rectangle2D.Double(-4, -4, 8, 8);
            case 1:
                return new Ellipse2D.Double(-4.5, -4.5, 9, 9);
            default:
                Path2D.Double triangle = new Path2D.Double();
                triangle.moveTo(0, -5.5);
                triangle.lineTo(5, 4);
                triangle.lineTo(-5, 4);
                triangle.closePath();
                return triangle;
        }
    }

    /** The legend name of a plan: its name, marked when it breaks a rule. */
    public static String legendName(PlanResult p) {
        return p.name() + (p.feasible() ? "" : INFEASIBLE_SUFFIX);
    }

    /**
     * Cumulative cost of every plan at each month end, with each plan's break-even against the
     * baseline (the first plan) marked at its fractional month. Plans that never pay off against
     * the baseline are named in a subtitle.
     */
    public static JFreeChart cumulativeCost(PortfolioEvaluation e) {
        String cur = e.portfolio().currency().code();
        int h = e.months();
        XYSeriesCollection data = new XYSeriesCollection();
        for (PlanResult p : e.plans()) {
            data.addSeries(ChartParts.monthSeries(legendName(p), p.cumulative()));
        }
        XYPlot plot = new XYPlot(data, ChartParts.monthAxis(h, true), ChartParts.moneyAxis("Cumulative cost (" + cur + ")"),
                renderer(e.plans().size(), h, "{0}, end of month {1}: " + cur + " {2} in total"));
        List<String> notes = new ArrayList<>();
        ChartParts.addMarks(plot, baselineMarks(e, notes));
        JFreeChart chart = new JFreeChart("Cumulative cost per plan", ChartStyle.TITLE_FONT, plot, true);
        ChartStyle.applyTo(chart, context(e.portfolio()), String.join(" ", notes));
        return chart;
    }

    /** Cost per month of every plan, month 1..H. */
    public static JFreeChart monthlyCost(PortfolioEvaluation e) {
        String cur = e.portfolio().currency().code();
        int h = e.months();
        XYSeriesCollection data = new XYSeriesCollection();
        for (PlanResult p : e.plans()) {
            data.addSeries(ChartParts.monthSeries(legendName(p), p.total()));
        }
        XYPlot plot = new XYPlot(data, ChartParts.monthAxis(h, false), ChartParts.moneyAxis("Cost per month (" + cur + ")"),
                renderer(e.plans().size(), h, "{0}, month {1}: " + cur + " {2}"));
        JFreeChart chart = new JFreeChart("Cost per month per plan", ChartStyle.TITLE_FONT, plot, true);
        ChartStyle.applyTo(chart, context(e.portfolio()));
        return chart;
    }

    /**
     * One plan's cost by category (monthly up to 36 months, else by year), hidden costs hatched,
     * and the GPU time paid for but idle as a dotted line beside the bars (inside GPU compute, not
     * added). The subtitle gives staff and idle spend as two separate shares of the plan's TCO.
     */
    public static JFreeChart breakdown(PortfolioEvaluation e, PlanResult p) {
        List<String> notes = new ArrayList<>();
        if (p.tco() > 0) {
            double idle = idleShare(p);
            notes.add("Operations staff, setup, upgrades, migrations: " + ChartStyle.decimal("0%").format(staffShare(p))
                    + " of TCO." + (idle > 0 ? " Idle GPU time: " + ChartStyle.decimal("0%").format(idle) + "." : ""));
        }
        return BreakdownCharts.categoryBars(p.name(), p::category, p.idleCapacity(), IDLE_SERIES,
                "Dotted: GPU time paid for but idle, inside GPU compute, not added.", notes, e.months(),
                e.portfolio().currency().code(), context(e.portfolio()), "No costs in this plan");
    }

    /**
     * Operations staff, setup, upgrades and migrations (the hidden group) as a share of the plan's
     * TCO; 0 for a plan that costs nothing. Kept apart from {@link #idleShare}: staff are not idle GPUs.
     */
    public static double staffShare(PlanResult p) {
        double sum = 0;
        for (Category c : Category.values()) {
            if (c.group() == Category.Group.HIDDEN) {
                sum += p.categoryTotal(c);
            }
        }
        return p.tco() > 0 ? sum / p.tco() : 0;
    }

    /** GPU time paid for but idle over the horizon as a share of the plan's TCO (inside it, not added). */
    public static double idleShare(PlanResult p) {
        double sum = 0;
        for (double v : p.idleCapacity()) {
            sum += v;
        }
        return p.tco() > 0 ? sum / p.tco() : 0;
    }

    private static XYLineAndShapeRenderer renderer(int plans, int h, String tooltip) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, h <= TcoCharts.SHAPES_UP_TO_MONTHS);
        r.setDrawSeriesLineAsPath(true);
        r.setLegendLine(ChartStyle.legendLine());
        for (int i = 0; i < plans; i++) {
            r.setSeriesPaint(i, colour(i));
            r.setSeriesStroke(i, stroke(i));
            r.setSeriesShape(i, shape(i));
        }
        r.setDefaultToolTipGenerator(ChartParts.tooltips(tooltip, "0", ChartStyle.moneyFormat()));
        return r;
    }

    /** A mark where each plan pays off against the baseline; the plans that never do, in a note. */
    private static List<ChartParts.Mark> baselineMarks(PortfolioEvaluation e, List<String> notes) {
        List<ChartParts.Mark> marks = new ArrayList<>();
        List<String> never = new ArrayList<>();
        PlanResult base = e.plans().get(0);
        for (PlanResult p : e.plans().subList(1, e.plans().size())) {
            Optional<PlanBreakEven> pair = e.breakEven(p.planId(), base.planId());
            if (pair.isEmpty()) {
                continue;
            }
            BreakEven be = pair.get().breakEven();
            if (!be.found()) {
                never.add(p.name());
            } else if (be.month() > 0) {
                marks.add(new ChartParts.Mark(be.month(), p.name() + " pays off: month "
                        + ChartStyle.monthFormat().format(be.month()), true));
            }
        }
        if (!never.isEmpty()) {
            notes.add("Never cheaper than the baseline (" + base.name() + ") within " + e.months() + " months: "
                    + String.join("; ", never) + ".");
        }
        return marks;
    }

    private static String context(Portfolio p) {
        int h = p.horizonMonths();
        return p.name() + "  |  " + h + (h == 1 ? " month, " : " months, ") + p.currency().code();
    }
}
