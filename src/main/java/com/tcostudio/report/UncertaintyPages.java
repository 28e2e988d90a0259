package com.tcostudio.report;

import com.tcostudio.charts.InputFormat;
import com.tcostudio.charts.TcoCharts;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.uncertainty.Sensitivity;
import com.tcostudio.core.uncertainty.SimulationResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The uncertainty part of the PDF report: the probability statement, the spread of TCO and of the
 * break-even month, the banded cumulative chart, the tornado with its numbers, the ranges, and the
 * what-if break-evens with the chart of the input that moves the difference most. Every figure is
 * read from the {@link UncertaintyAnalysis}.
 */
final class UncertaintyPages {
    /** The methodology paragraph, shown only in reports that have this part. */
    static final String METHODOLOGY = "Uncertainty: inputs given as a range (uniform, triangular, PERT, or normal and "
            + "lognormal by their 5th and 95th percentiles) are drawn independently in each simulated case and clipped to "
            + "their valid range; the scenario's own numbers are the base case. Percentiles interpolate between sorted "
            + "cases. The sensitivity sets one input at a time to its low and high, all others at base. The what-if "
            + "break-even is found by a bracketing root finder within the input's range.";

    private static final float TABLE_FONT = 8.5f;

    /** "none in range" in the what-if table. */
    static final String NONE_IN_RANGE = "none in range";
    /**
     * Chart heights in points: charts fill what is left of their page up to this, which keeps the
     * proportions of a projector slide (the chart is laid out 720 wide and scaled to the text width).
     */
    private static final float MAX_CHART_HEIGHT = 400;
    /** Below this a chart's plot gets too flat to read; it goes to the next page instead. */
    private static final float MIN_CHART_HEIGHT = 260;
    /** A line of introduction above a chart, with the gap under the chart. */
    private static final float CHART_INTRO = 30;
    /** Title, subtitles, axis and legend of the tornado, and the height of each row, in points. */
    private static final float TORNADO_FRAME = 180;
    private static final float TORNADO_ROW = 24;
    private static final float MAX_TORNADO_HEIGHT = 520;

    private final Evaluation e;
    private final UncertaintyAnalysis a;
    private final String cur;

    UncertaintyPages(Evaluation evaluation, UncertaintyAnalysis analysis) {
        this.e = evaluation;
        this.a = analysis;
        this.cur = evaluation.scenario().currency().code();
    }

    void write(PdfLayout p) throws IOException {
        spread(p);
        sensitivity(p);
        rangesAndWhatIf(p);
    }

    /** Probability, TCO percentiles, break-even spread and the banded chart on one page. */
    private void spread(PdfLayout p) throws IOException {
        SimulationResult r = a.simulation();
        p.newPage();
        p.heading("Uncertainty", 18);
        int k = r.uncertainInputs().size();
        p.paragraph(k + (k == 1 ? " input carries" : " inputs carry") + " a range instead of one number (see Ranges). "
                + "Each simulated case draws every range independently; the scenario's own numbers stay the base case "
                + "used in the rest of this report.", p.regular, 9.5f, PdfLayout.MUTED);
        p.paragraph(String.join(" ", a.probabilityStatements()), p.bold, 12, PdfLayout.INK);
        p.paragraph(a.breakEvenStatement(), p.regular, 10.5f, PdfLayout.INK);

        float w = p.width();
        List<Double> all = new ArrayList<>();
        for (Setup s : r.setups()) {
            SimulationResult.Summary t = r.tco(s);
            all.addAll(List.of(t.p10(), t.p50(), t.p90(), t.mean(), e.setup(s).tco()));
        }
        // the currency once in the header, and a larger unit where the amounts would not fit their columns
        PdfLayout.Fitted<AmountScale> tco = p.fit(AmountScale.of(all).andLarger(), new float[]{9.5f, 8.5f}, -1, scale -> {
            List<List<String>> t = new ArrayList<>();
            t.add(List.of("TCO, " + cur + scale.words, "P10", "P50", "P90", "Mean", "Base case"));
            for (Setup s : r.setups()) {
                SimulationResult.Summary q = r.tco(s);
                t.add(List.of(s.label(), scale.format(q.p10()), scale.format(q.p50()), scale.format(q.p90()),
                        scale.format(q.mean()), scale.format(e.setup(s).tco())));
            }
            return t;
        });
        p.table(tco.header(), tco.rows(), tco.widths(), tco.fontSize());

        SimulationResult.Summary be = r.breakEvenMonth();
        List<String> beRow = new ArrayList<>();
        beRow.add("Self-hosted vs Closed API");
        for (double m : be == null ? new double[]{Double.NaN, Double.NaN, Double.NaN} : new double[]{be.p10(), be.p50(), be.p90()}) {
            beRow.add(Double.isNaN(m) ? "n/a" : breakEvenMonth(m));
        }
        beRow.add(Formats.smallPercent(r.noBreakEvenShare()));
        p.table(List.of("Break-even month", "P10", "P50", "P90", "No break-even"), List.of(beRow),
                new float[]{w * 0.3f, w * 0.14f, w * 0.14f, w * 0.14f, w * 0.28f}, 9.5f);
        p.paragraph("P10: one case in ten costs less (or pays off sooner) than this; P90: nine in ten do. Break-even "
                + "percentiles are over the cases that break even; month 0 means no dearer from the start.",
                p.regular, 8.5f, PdfLayout.MUTED);
        p.chart(TcoCharts.cumulativeCostWithBands(e, r), chartHeight(p));
    }

    /** The tornado and its numbers. */
    private void sensitivity(PdfLayout p) throws IOException {
        Sensitivity.Result s = a.sensitivity();
        p.newPage();
        p.heading("Sensitivity", 18);
        p.paragraph("TCO(self-hosted) \u2212 TCO(closed API) over " + e.months() + " months is " + Formats.money(s.baseDelta(), cur)
                + " in the base case" + (s.baseDelta() > 0 ? " (self-hosting costs more)" : s.baseDelta() < 0
                ? " (self-hosting costs less)" : "") + ". Each input below is set to its low and then its high, all others at "
                + "base.", p.regular, 9.5f, PdfLayout.MUTED);
        p.chart(TcoCharts.tornado(s, e.scenario()), tornadoHeight(s.bars().size()));
        List<Double> all = new ArrayList<>();
        for (Sensitivity.Bar b : s.bars()) {
            all.addAll(List.of(b.deltaAtLow(), b.deltaAtHigh()));
        }
        PdfLayout.Fitted<AmountScale> table = p.fit(AmountScale.of(all).andLarger(), new float[]{TABLE_FONT, 7.5f}, 0,
                scale -> {
                    List<List<String>> t = new ArrayList<>();
                    t.add(List.of("Input", "Low", "Difference at low", "High", "Difference at high", "Break-even month"));
                    for (Sensitivity.Bar b : s.bars()) {
                        t.add(List.of(b.input().label(), InputFormat.number(b.input(), b.low()),
                                scale.format(b.deltaAtLow()), InputFormat.number(b.input(), b.high()),
                                scale.format(b.deltaAtHigh()),
                                breakEvenMonth(b.breakEvenAtLow()) + " / " + breakEvenMonth(b.breakEvenAtHigh())));
                    }
                    return t;
                });
        p.paragraph("Difference: TCO(self-hosted) \u2212 TCO(closed API) in " + cur + table.variant().words
                + "; break-even month of self-hosted vs closed API with the input at its low / at its high.",
                p.regular, 8.5f, PdfLayout.MUTED);
        p.table(table.header(), table.rows(), table.widths(), table.fontSize());
    }

    /** The ranges, the what-if table, and the chart of the input that moves the difference most. */
    private void rangesAndWhatIf(PdfLayout p) throws IOException {
        p.newPage();
        p.heading("Ranges", 18);
        SimulationResult r = a.simulation();
        float w = p.width();
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < r.uncertainInputs().size(); k++) {
            Input input = r.uncertainInputs().get(k);
            Distribution d = e.scenario().uncertainty().get(input);
            String unit = InputFormat.unit(input, cur);
            rows.add(List.of(input.label(), distribution(d), InputFormat.number(input, d.low()),
                    d.kind().hasMode() ? InputFormat.number(input, d.mode()) : "\u2013",
                    InputFormat.number(input, d.high()), unit, Formats.smallPercent(r.clippedShare(k))));
        }
        p.table(List.of("Input", "Distribution", "Low", "Mode", "High", "Unit", "Clipped"), rows,
                new float[]{w * 0.22f, w * 0.2f, w * 0.1f, w * 0.1f, w * 0.1f, w * 0.18f, w * 0.1f},
                new boolean[]{false, false, true, true, true, false, true}, TABLE_FONT);
        p.paragraph("Normal and lognormal ranges are given by their 5th and 95th percentiles. Clipped: the share of "
                + "cases in which the drawn value fell outside the input's valid range and was set to its edge.",
                p.regular, 8.5f, PdfLayout.MUTED);
        p.space(6);
        p.heading("What-if break-even", 18);
        p.paragraph("For each input with a range: the value within that range at which self-hosting and the closed API "
                + "cost the same over " + e.months() + " months, all other inputs at the base case.", p.regular, 9.5f,
                PdfLayout.MUTED);
        rows = new ArrayList<>();
        for (UncertaintyAnalysis.WhatIfRow row : a.whatIf()) {
            Input input = row.input();
            rows.add(List.of(input.label(), InputFormat.range(input, row.low(), row.high(), cur),
                    row.breakEven().isPresent() ? InputFormat.value(input, row.breakEven().getAsDouble(), cur) : NONE_IN_RANGE,
                    InputFormat.value(input, e.scenario().get(input), cur)));
        }
        p.table(List.of("Input", "Range searched", "Open = closed at", "Base case"), rows,
                new float[]{w * 0.2f, w * 0.3f, w * 0.25f, w * 0.25f},
                new boolean[]{false, false, true, true}, TABLE_FONT);
        Optional<UncertaintyAnalysis.WhatIfRow> top = topWhatIf();
        if (top.isPresent()) {
            UncertaintyAnalysis.WhatIfRow row = top.get();
            if (p.room() - CHART_INTRO < MIN_CHART_HEIGHT) {
                // the chart would not fit under its line of introduction: both on the next page
                p.newPage();
            }
            p.paragraph("The input that moves the difference most, across its range:", p.regular, 9.5f, PdfLayout.MUTED);
            p.chart(TcoCharts.whatIf(e.scenario(), row.input(), row.curve(), row.breakEven()),
                    chartHeight(p));
        }
    }

    /** What is left of the page, within bounds; a chart that needs more starts a new page. */
    private static float chartHeight(PdfLayout p) {
        float left = p.room() - 12;
        return left >= MIN_CHART_HEIGHT ? Math.min(left, MAX_CHART_HEIGHT) : MAX_CHART_HEIGHT;
    }

    /** The tornado grows with its rows, so that each keeps room for its two-line label. */
    private static float tornadoHeight(int rows) {
        return Math.max(MIN_CHART_HEIGHT, Math.min(MAX_TORNADO_HEIGHT, TORNADO_FRAME + TORNADO_ROW * rows));
    }

    /** The what-if row of the tornado's top input that has a curve to draw. */
    private Optional<UncertaintyAnalysis.WhatIfRow> topWhatIf() {
        for (Sensitivity.Bar b : a.sensitivity().bars()) {
            for (UncertaintyAnalysis.WhatIfRow row : a.whatIf()) {
                if (row.input() == b.input() && row.curve().length >= 2) {
                    return Optional.of(row);
                }
            }
        }
        return Optional.empty();
    }

    static String distribution(Distribution d) {
        switch (d.kind()) {
            case PERT:
                return "PERT";
            case NORMAL:
            case LOGNORMAL:
                return d.kind().label() + " (P5\u2013P95)";
            default:
                return d.kind().label();
        }
    }

    private static String breakEvenMonth(double m) {
        return Double.isNaN(m) ? "never" : String.format(Locale.US, "%.1f", m);
    }
}
