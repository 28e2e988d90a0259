package com.tcostudio.report;

import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Pair;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.engine.SetupResult;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.uncertainty.Sensitivity;
import com.tcostudio.core.uncertainty.SimulationResult;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation as an Excel workbook: a summary sheet, one sheet per setup (months as rows,
 * categories as columns, then totals, cumulative, discounted, cost per MTok and, for self-hosted
 * setups, replicas, GPUs, utilization and idle capacity) and an assumptions sheet. With an
 * uncertainty analysis of a scenario that has ranges, also an "Uncertainty" sheet (probabilities,
 * percentiles of TCO, NPV and break-even, the ranges, and P10/P50/P90/mean of the cumulative cost
 * per month and setup) and a "Sensitivity" sheet (tornado and what-if rows). Every number is a
 * number cell in full precision, formatted with the scenario's currency; nothing is text.
 */
public final class ExcelWorkbook implements ReportFile {
    private final Evaluation e;
    private final String money;
    /** Null when the workbook says nothing about uncertainty. */
    private final UncertaintyAnalysis uncertainty;
    private final CatalogueLookup catalogue;
    /** Per sheet of the workbook being written, the width given to each column so far. */
    private final Map<Worksheet, int[]> widths = new IdentityHashMap<>();

    public ExcelWorkbook(Evaluation evaluation) {
        this(evaluation, null);
    }

    /**
     * With the uncertainty sheets when the scenario has ranges (the analysis is ignored otherwise).
     *
     * @param uncertainty the analysis of this evaluation's scenario, or null for none
     * @throws IllegalArgumentException when the analysis does not belong to the evaluation's scenario
     */
    public ExcelWorkbook(Evaluation evaluation, UncertaintyAnalysis uncertainty) {
        this(evaluation, uncertainty, CatalogueLookup.NONE);
    }

    /** With the catalogue the scenario was resolved against, to tell converted numbers from the file's own. */
    public ExcelWorkbook(Evaluation evaluation, UncertaintyAnalysis uncertainty, CatalogueLookup catalogue) {
        this.catalogue = catalogue;
        this.e = evaluation;
        // a number format, so cells stay numbers a finance lead can sum, shown as "USD 1,234.56". The
        // [$CUR] form needs no quotes: fastexcel writes a format's quotes unescaped, which breaks the file.
        this.money = "[$" + evaluation.scenario().currency().code() + "] #,##0.00";
        this.uncertainty = UncertaintyAnalysis.shownFor(evaluation, uncertainty) ? uncertainty : null;
    }


    @Override
    public void write(OutputStream out) throws IOException {
        widths.clear();
        Workbook wb = new Workbook(out, "TCO Studio", "1.0");
        summary(wb.newWorksheet("Summary"));
        for (SetupResult r : e.setups().values()) {
            setup(wb.newWorksheet(r.setup().label()), r);
        }
        if (uncertainty != null) {
            uncertainty(wb.newWorksheet(UNCERTAINTY_SHEET));
            sensitivity(wb.newWorksheet(SENSITIVITY_SHEET));
        }
        assumptions(wb.newWorksheet("Assumptions"));
        wb.finish();
    }

    static final String UNCERTAINTY_SHEET = "Uncertainty";
    static final String SENSITIVITY_SHEET = "Sensitivity";
    private static final String SHARE = "0.0%";
    private static final String MONTH = "0.00";

    /**
     * The simulation: its size and seed, the probabilities, the percentiles of TCO, NPV and the
     * break-even month, the ranges with their clipped shares, then one row per month with the
     * percentiles of each setup's cumulative cost, ready to chart.
     */
    private void uncertainty(Worksheet ws) {
        SimulationResult r = uncertainty.simulation();
        int h = r.months();
        int row = 0;
        ws.value(row, 0, "Simulated cases");
        ws.value(row, 1, r.samples());
        ws.value(++row, 0, "Seed");
        ws.value(row, 1, r.seed());
        for (Setup s : r.setups()) {
            if (s != Setup.CLOSED) {
                ws.value(++row, 0, "Probability " + s.label() + " costs less than Closed API over " + h + " months");
                number(ws, row, 1, r.probabilityCheaperThanClosed(s), SHARE);
            }
        }
        row += 2;
        for (String quantity : new String[]{"TCO", "NPV"}) {
            header(ws, row, quantity, "P10", "P50", "P90", "Mean", "Base case");
            for (Setup s : r.setups()) {
                boolean tco = quantity.equals("TCO");
                SimulationResult.Summary q = tco ? r.tco(s) : r.npv(s);
                ws.value(++row, 0, s.label());
                moneyCell(ws, row, 1, q.p10());
                moneyCell(ws, row, 2, q.p50());
                moneyCell(ws, row, 3, q.p90());
                moneyCell(ws, row, 4, q.mean());
                moneyCell(ws, row, 5, tco ? e.setup(s).tco() : e.setup(s).npv());
            }
            row += 2;
        }
        header(ws, row, "Break-even month, Self-hosted vs Closed API", "P10", "P50", "P90", "Share with none within " + h + " months");
        row++;
        ws.value(row, 0, "over the cases that break even");
        SimulationResult.Summary be = r.breakEvenMonth();
        if (be != null) {
            number(ws, row, 1, be.p10(), MONTH);
            number(ws, row, 2, be.p50(), MONTH);
            number(ws, row, 3, be.p90(), MONTH);
        }
        number(ws, row, 4, r.noBreakEvenShare(), SHARE);
        row += 2;

        String cur = e.scenario().currency().code();
        header(ws, row, "Input with a range", "Distribution", "Low", "Mode", "High", "Unit", "Clipped share", "Field in the scenario file");
        for (int k = 0; k < r.uncertainInputs().size(); k++) {
            Input input = r.uncertainInputs().get(k);
            Distribution d = e.scenario().uncertainty().get(input);
            ws.value(++row, 0, input.label());
            ws.value(row, 1, UncertaintyPages.distribution(d));
            number(ws, row, 2, d.low(), "General");
            number(ws, row, 3, d.mode(), "General");
            number(ws, row, 4, d.high(), "General");
            ws.value(row, 5, input.unit().label(cur));
            number(ws, row, 6, r.clippedShare(k), SHARE);
            ws.value(row, 7, input.path());
        }
        row += 2;

        int first = row;
        int col = 0;
        ws.value(row, col++, "Month");
        for (Setup s : r.setups()) {
            for (String p : new String[]{"P10", "P50", "P90", "mean"}) {
                ws.value(row, col++, s.label() + " cumulative " + p);
            }
        }
        ws.range(row, 0, row, col - 1).style().bold().wrapText(true).set();
        List<double[][]> bands = new ArrayList<>();
        for (Setup s : r.setups()) {
            SimulationResult.Bands q = r.bands(s);
            bands.add(new double[][]{q.p10(), q.p50(), q.p90(), q.mean()});
        }
        for (int m = 0; m < h; m++) {
            row++;
            int c = 0;
            ws.value(row, c++, m + 1);
            for (double[][] q : bands) {
                for (double[] quantity : q) {
                    moneyCell(ws, row, c++, quantity[m]);
                }
            }
        }
        ws.freezePane(1, first + 1);
        width(ws, 0, 44);
        for (int c = 1; c < col; c++) {
            width(ws, c, 18);
        }
    }

    /** The tornado rows (largest swing first) and the what-if break-evens. */
    private void sensitivity(Worksheet ws) {
        Sensitivity.Result s = uncertainty.sensitivity();
        String cur = e.scenario().currency().code();
        int row = 0;
        ws.value(row, 0, "TCO(self-hosted) - TCO(closed API), base case");
        moneyCell(ws, row, 1, s.baseDelta());
        row += 2;
        header(ws, row, "Input", "Low", "High", "Unit", "Difference at low", "Difference at high", "Swing",
                "Break-even month at low", "Break-even month at high", "Field in the scenario file");
        for (Sensitivity.Bar b : s.bars()) {
            ws.value(++row, 0, b.input().label());
            number(ws, row, 1, b.low(), "General");
            number(ws, row, 2, b.high(), "General");
            ws.value(row, 3, b.input().unit().label(cur));
            moneyCell(ws, row, 4, b.deltaAtLow());
            moneyCell(ws, row, 5, b.deltaAtHigh());
            moneyCell(ws, row, 6, b.swing(s.baseDelta()));
            number(ws, row, 7, b.breakEvenAtLow(), MONTH);
            number(ws, row, 8, b.breakEvenAtHigh(), MONTH);
            ws.value(row, 9, b.input().path());
        }
        row += 2;
        header(ws, row, "What-if input", "Range low", "Range high", "Unit", "Open = closed at", "Result", "Base case",
                "Field in the scenario file");
        for (UncertaintyAnalysis.WhatIfRow w : uncertainty.whatIf()) {
            ws.value(++row, 0, w.input().label());
            number(ws, row, 1, w.low(), "General");
            number(ws, row, 2, w.high(), "General");
            ws.value(row, 3, w.input().unit().label(cur));
            number(ws, row, 4, w.breakEven().orElse(Double.NaN), "General");
            ws.value(row, 5, w.breakEven().isPresent() ? "open = closed" : UncertaintyPages.NONE_IN_RANGE);
            number(ws, row, 6, e.scenario().get(w.input()), "General");
            ws.value(row, 7, w.input().path());
        }
        width(ws, 0, 44);
        for (int c = 1; c < 9; c++) {
            width(ws, c, 18);
        }
        width(ws, 9, 36);
    }

    private void summary(Worksheet ws) {
        Scenario s = e.scenario();
        ws.value(0, 0, "Scenario");
        ws.value(0, 1, s.name());
        ws.value(1, 0, "Currency");
        ws.value(1, 1, s.currency().code());
        ws.value(2, 0, "Horizon (months)");
        ws.value(2, 1, e.months());
        ws.value(3, 0, "Verdict");
        ws.value(3, 1, Summary.verdict(e));
        int row = 5;
        header(ws, row, "Setup", "TCO", "NPV", "Hidden-cost share");
        for (SetupResult r : e.setups().values()) {
            row++;
            ws.value(row, 0, r.setup().label());
            moneyCell(ws, row, 1, r.tco());
            moneyCell(ws, row, 2, r.npv());
            if (r.setup().selfHosted()) {
                ws.value(row, 3, r.hiddenCostShare());
                ws.style(row, 3).format("0.0%").set();
            }
        }
        row += 2;
        header(ws, row, "Break-even", "Month", "Discounted month", "Crossings");
        for (Pair p : Pair.values()) {
            int r0 = ++row;
            e.breakEven(p).ifPresent(b -> {
                ws.value(r0, 0, p.a().label() + " vs " + p.b().label());
                number(ws, r0, 1, b.month(), "0.00");
                number(ws, r0, 2, b.discountedMonth(), "0.00");
                ws.value(r0, 3, b.crossings().size());
            });
        }
        row += 2;
        ws.value(row, 0, "Break-even volume, first (tokens/month)");
        number(ws, row, 1, e.breakEvenVolume().first(), "#,##0");
        row++;
        ws.value(row, 0, "Break-even volume, sustained (tokens/month)");
        number(ws, row, 1, e.breakEvenVolume().sustained(), "#,##0");
        width(ws, 0, 44);
        width(ws, 1, 22);
        width(ws, 2, 22);
        width(ws, 3, 18);
    }

    private void setup(Worksheet ws, SetupResult r) {
        int col = 0;
        ws.value(0, col++, "Month");
        ws.value(0, col++, "Input tokens");
        ws.value(0, col++, "Output tokens");
        for (Category c : Category.values()) {
            ws.value(0, col++, c.label());
        }
        for (String h : new String[]{"Total", "Cumulative", "Discounted", "Cost per MTok"}) {
            ws.value(0, col++, h);
        }
        if (r.setup().selfHosted()) {
            for (String h : new String[]{"Replicas", "GPUs", "Utilization", "Idle capacity"}) {
                ws.value(0, col++, h);
            }
        }
        ws.range(0, 0, 0, col - 1).style().bold().wrapText(true).set();
        for (int i = 0; i < e.months(); i++) {
            int row = i + 1;
            int c = 0;
            ws.value(row, c++, i + 1);
            number(ws, row, c++, e.inputTokens(i), "#,##0");
            number(ws, row, c++, e.outputTokens(i), "#,##0");
            for (Category cat : Category.values()) {
                moneyCell(ws, row, c++, r.category(cat, i));
            }
            moneyCell(ws, row, c++, r.total(i));
            moneyCell(ws, row, c++, r.cumulative(i));
            moneyCell(ws, row, c++, r.discounted(i));
            number(ws, row, c++, r.costPerMTok(i), money);
            if (r.setup().selfHosted()) {
                ws.value(row, c++, r.replicas(i));
                ws.value(row, c++, r.gpus(i));
                number(ws, row, c++, r.utilization(i), "0.0%");
                moneyCell(ws, row, c++, r.idleCapacity(i));
            }
        }
        ws.freezePane(1, 1);
        for (int c = 0; c < col; c++) {
            width(ws, c, c == 0 ? 8 : 16);
        }
    }

    private void assumptions(Worksheet ws) {
        Scenario s = e.scenario();
        header(ws, 0, "Input", "Value", "Unit", "Source", "Field in the scenario file");
        int row = 0;
        for (Input input : Input.values()) {
            if (!input.appliesTo(s.hostingMode(), s.hybridPolicy())) {
                continue;
            }
            row++;
            ws.value(row, 0, input.label());
            number(ws, row, 1, s.get(input), "General");
            ws.value(row, 2, input.unit().label(s.currency().code()));
            ws.value(row, 3, source(input));
            ws.value(row, 4, input.path());
        }
        width(ws, 0, 26);
        width(ws, 1, 18);
        width(ws, 2, 20);
        width(ws, 3, 44);
        width(ws, 4, 36);
    }

    private String source(Input input) {
        return InputSource.words(InputSource.of(e.scenario(), input, catalogue), e.scenario().currency());
    }

    private static void header(Worksheet ws, int row, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            ws.value(row, i, titles[i]);
            ws.style(row, i).bold().set();
        }
    }

    private void moneyCell(Worksheet ws, int row, int col, double v) {
        number(ws, row, col, v, money);
        if (Double.isFinite(v)) {
            // "USD 1,234,567.89" and room either side: a column narrower than its amounts shows ####
            int chars = e.scenario().currency().code().length() + 1 + String.format(Locale.US, "%,.2f", v).length()
                    + MONEY_PADDING_CHARS;
            int[] w = widths.computeIfAbsent(ws, x -> new int[MAX_COLUMNS]);
            if (col < MAX_COLUMNS && chars > w[col]) {
                w[col] = chars;
                ws.width(col, chars);
            }
        }
    }

    /** A column's width in characters, never less than its widest amount so far. */
    private void width(Worksheet ws, int col, int chars) {
        int[] w = widths.computeIfAbsent(ws, x -> new int[MAX_COLUMNS]);
        if (col < MAX_COLUMNS) {
            w[col] = Math.max(w[col], chars);
            ws.width(col, w[col]);
        } else {
            ws.width(col, chars);
        }
    }

    private static final int MONEY_PADDING_CHARS = 2;
    private static final int MAX_COLUMNS = 64;

    /** A number cell with its format; an empty cell where the value does not exist (NaN). */
    private static void number(Worksheet ws, int row, int col, double v, String format) {
        if (Double.isNaN(v)) {
            return;
        }
        ws.value(row, col, v);
        ws.style(row, col).format(format).set();
    }
}
