package com.tcostudio.charts;

import com.tcostudio.charts.ChartParts.Mark;
import com.tcostudio.core.engine.BreakEvenVolume;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.RunRates;
import com.tcostudio.core.engine.Setup;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

import static com.tcostudio.charts.ChartParts.addMarks;
import static com.tcostudio.charts.ChartParts.context;
import static com.tcostudio.charts.ChartParts.currency;
import static com.tcostudio.charts.ChartParts.moneyAxis;
import static com.tcostudio.charts.ChartParts.noData;
import static com.tcostudio.charts.ChartParts.setupRenderer;
import static com.tcostudio.charts.ChartParts.tooltips;
import static com.tcostudio.charts.TcoCharts.CLOSED_SAMPLES;
import static com.tcostudio.charts.TcoCharts.MAX_EXACT_STEPS;
import static com.tcostudio.charts.TcoCharts.MIN_VOLUME;
import static com.tcostudio.charts.TcoCharts.STEP_SAMPLES;
import static com.tcostudio.charts.TcoCharts.VOLUME_HEADROOM;

/**
 * Monthly cost against token volume at month-1 prices: the closed run-rate line and the open
 * replica steps.
 */
final class VolumeCharts {
    private VolumeCharts() {
    }

    /**
     * Monthly run-rate of the API and of self-hosting against a steady token volume, on a log
     * axis from 1M tokens a month to three times the largest volume of interest (the break-even
     * volumes and the scenario's own first- and last-month volumes, which are marked too). The API line is straight
     * (curved on the log axis); self-hosting is a step per replica, drawn from its exact edges
     * ({@link RunRates#stepEnd(long)}). Both break-even volumes are marked.
     */
    static JFreeChart costVersusVolume(Evaluation evaluation) {
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
}
