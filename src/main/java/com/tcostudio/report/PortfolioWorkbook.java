package com.tcostudio.report;

import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.DeploymentResult;
import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.engine.UsedOperatingPoint;
import com.tcostudio.core.engine.Violation;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.portfolio.Api;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Reservation;
import com.tcostudio.core.portfolio.Workload;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A portfolio's evaluation as an Excel workbook, in the style of {@link ExcelWorkbook}: sheets
 * Plans (TCO, NPV, cost per MTok, feasibility, break-even against the baseline), By use case (what
 * each use case costs in each plan), Monthly per plan (every category by plan and month),
 * Feasibility (every violation and warning), Deployments (the operating point and fleet of each
 * deployment in each plan) and Contract terms. Every number is a number cell in full precision,
 * money formatted with the portfolio's currency.
 */
public final class PortfolioWorkbook implements ReportFile {
    static final String PLANS = "Plans";
    static final String BY_USE_CASE = "By use case";
    static final String MONTHLY = "Monthly per plan";
    static final String FEASIBILITY = "Feasibility";
    static final String DEPLOYMENTS = "Deployments";
    static final String TERMS = "Contract terms";
    private static final String MONTH = "0.00";
    private static final String WHOLE = "#,##0";
    private static final String SHARE = "0.0%";

    private final PortfolioEvaluation e;
    private final Portfolio portfolio;
    private final String money;

    public PortfolioWorkbook(PortfolioEvaluation evaluation) {
        this.e = evaluation;
        this.portfolio = evaluation.portfolio();
        // a number format, so cells stay numbers; [$CUR] needs no quotes (fastexcel writes quotes unescaped)
        this.money = "[$" + portfolio.currency().code() + "] #,##0.00";
    }

    @Override
    public void write(OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "TCO Studio", "1.0");
        plans(wb.newWorksheet(PLANS));
        byUseCase(wb.newWorksheet(BY_USE_CASE));
        monthly(wb.newWorksheet(MONTHLY));
        feasibility(wb.newWorksheet(FEASIBILITY));
        deployments(wb.newWorksheet(DEPLOYMENTS));
        terms(wb.newWorksheet(TERMS));
        wb.finish();
    }

    private void plans(Worksheet ws) {
        ws.value(0, 0, "Scenario");
        ws.value(0, 1, portfolio.name());
        ws.value(1, 0, "Currency");
        ws.value(1, 1, portfolio.currency().code());
        ws.value(2, 0, "Horizon (months)");
        ws.value(2, 1, e.months());
        ws.value(3, 0, "Recommendation");
        ws.value(3, 1, PortfolioSummary.recommendation(e));
        int row = 5;
        header(ws, row, "Plan", "Plan id", "TCO", "NPV", "Cost per MTok, month 1", "Cost per MTok, month " + e.months(),
                "Meets every rule", "Break-even month vs baseline", "Discounted break-even vs baseline",
                "Scale vs baseline, first", "Scale vs baseline, sustained", "Operations staff, setup, upgrades, migrations (share of TCO)",
                "GPU time paid for but idle (share of TCO)");
        PlanResult base = PortfolioSummary.baseline(e);
        for (PlanResult p : e.plans()) {
            row++;
            ws.value(row, 0, p.name());
            ws.value(row, 1, p.planId());
            number(ws, row, 2, p.tco(), money);
            number(ws, row, 3, p.npv(), money);
            number(ws, row, 4, p.costPerMTok()[0], money);
            number(ws, row, 5, p.costPerMTok()[e.months() - 1], money);
            ws.value(row, 6, p.feasible() ? "yes" : "no");
            if (p != base) {
                int r0 = row;
                e.breakEven(p.planId(), base.planId()).ifPresent(b -> {
                    number(ws, r0, 7, b.breakEven().month(), MONTH);
                    number(ws, r0, 8, b.breakEven().discountedMonth(), MONTH);
                    number(ws, r0, 9, b.scale().first(), MONTH);
                    number(ws, r0, 10, b.scale().sustained(), MONTH);
                });
            }
            number(ws, row, 11, PortfolioSummary.staffShare(p), SHARE);
            number(ws, row, 12, PortfolioSummary.idleShare(p), SHARE);
        }
        ws.width(0, 48);
        for (int c = 1; c < 13; c++) {
            ws.width(c, 18);
        }
    }

    /** Use cases down, plans across: what each use case costs over the horizon; a total row per plan. */
    private void byUseCase(Worksheet ws) {
        ws.value(0, 0, "Use case");
        ws.style(0, 0).bold().set();
        for (int j = 0; j < e.plans().size(); j++) {
            ws.value(0, j + 1, e.plans().get(j).name());
            ws.style(0, j + 1).bold().wrapText(true).set();
        }
        int row = 0;
        for (Workload w : portfolio.workloads()) {
            row++;
            ws.value(row, 0, w.name());
            for (int j = 0; j < e.plans().size(); j++) {
                number(ws, row, j + 1, sum(e.plans().get(j).byWorkload().get(w.id())), money);
            }
        }
        row++;
        ws.value(row, 0, "Total (the plan's TCO)");
        ws.style(row, 0).bold().set();
        for (int j = 0; j < e.plans().size(); j++) {
            number(ws, row, j + 1, e.plans().get(j).tco(), money);
        }
        ws.width(0, 48);
        for (int j = 0; j < e.plans().size(); j++) {
            ws.width(j + 1, 22);
        }
    }

    /** One row per plan and month: tokens, every category, totals, and each use case's cost. */
    private void monthly(Worksheet ws) {
        int col = 0;
        for (String h : new String[]{"Plan", "Month", "Input tokens", "Output tokens"}) {
            ws.value(0, col++, h);
        }
        for (Category c : Category.values()) {
            ws.value(0, col++, c.label());
        }
        for (String h : new String[]{"Total", "Cumulative", "Discounted", "Cost per MTok", "GPUs",
                "GPU time paid for but idle"}) {
            ws.value(0, col++, h);
        }
        for (Workload w : portfolio.workloads()) {
            ws.value(0, col++, w.name());
        }
        ws.range(0, 0, 0, col - 1).style().bold().wrapText(true).set();
        int row = 0;
        for (PlanResult p : e.plans()) {
            for (int m = 0; m < e.months(); m++) {
                row++;
                int c = 0;
                ws.value(row, c++, p.name());
                ws.value(row, c++, m + 1);
                number(ws, row, c++, e.inputTokens()[m], WHOLE);
                number(ws, row, c++, e.outputTokens()[m], WHOLE);
                for (Category cat : Category.values()) {
                    number(ws, row, c++, p.category(cat)[m], money);
                }
                number(ws, row, c++, p.total()[m], money);
                number(ws, row, c++, p.cumulative()[m], money);
                number(ws, row, c++, p.discounted()[m], money);
                number(ws, row, c++, p.costPerMTok()[m], money);
                number(ws, row, c++, p.gpus()[m], "General");
                number(ws, row, c++, p.idleCapacity()[m], money);
                for (Workload w : portfolio.workloads()) {
                    number(ws, row, c++, p.byWorkload().get(w.id())[m], money);
                }
            }
        }
        ws.freezePane(2, 1);
        ws.width(0, 40);
        for (int c = 1; c < col; c++) {
            ws.width(c, c == 1 ? 8 : 16);
        }
    }

    private void feasibility(Worksheet ws) {
        header(ws, 0, "Plan", "Meets every rule", "Kind", "Rule", "Use case", "Target", "Reason");
        int row = 0;
        for (PlanResult p : e.plans()) {
            if (p.violations().isEmpty() && p.warnings().isEmpty()) {
                row++;
                ws.value(row, 0, p.name());
                ws.value(row, 1, "yes");
                ws.value(row, 6, "meets every rule");
            }
            for (Violation v : p.violations()) {
                violation(ws, ++row, p, "violation", v);
            }
            for (Violation v : p.warnings()) {
                violation(ws, ++row, p, "not checked", v);
            }
        }
        ws.width(0, 40);
        ws.width(1, 10);
        ws.width(2, 12);
        ws.width(3, 18);
        ws.width(4, 16);
        ws.width(5, 16);
        ws.width(6, 100);
    }

    private static void violation(Worksheet ws, int row, PlanResult p, String kind, Violation v) {
        ws.value(row, 0, p.name());
        ws.value(row, 1, p.feasible() ? "yes" : "no");
        ws.value(row, 2, kind);
        ws.value(row, 3, v.rule());
        ws.value(row, 4, v.workload());
        ws.value(row, 5, v.target());
        ws.value(row, 6, v.message());
    }

    private void deployments(Worksheet ws) {
        header(ws, 0, "Plan", "Deployment", "Speed per user (tokens/s)", "Prefill (tokens/s)", "Decode (tokens/s)",
                "Chosen by", "GPUs, month 1", "GPUs, month " + e.months(), "Peak replicas", "Average utilization (weighted by GPUs)",
                "GPU time paid for but idle");
        int row = 0;
        for (PlanResult p : e.plans()) {
            for (DeploymentResult d : p.deployments().values()) {
                Deployment dep = portfolio.deployment(d.deploymentId()).orElseThrow();
                UsedOperatingPoint op = d.operatingPoint();
                row++;
                ws.value(row, 0, p.name());
                ws.value(row, 1, dep.name());
                number(ws, row, 2, op.outputTokensPerSecondPerUser(), "General");
                number(ws, row, 3, op.prefillTokensPerSecond(), WHOLE);
                number(ws, row, 4, op.decodeTokensPerSecond(), WHOLE);
                ws.value(row, 5, PortfolioSummary.chosenBy(portfolio, portfolio.plan(p.planId()).orElseThrow(), dep));
                number(ws, row, 6, d.gpus()[0], "General");
                number(ws, row, 7, d.gpus()[d.gpus().length - 1], "General");
                number(ws, row, 8, max(d.replicas()), "General");
                number(ws, row, 9, PortfolioSummary.averageUtilization(java.util.List.of(d)), SHARE);
                number(ws, row, 10, sum(d.idleCapacity()), money);
            }
        }
        ws.width(0, 40);
        ws.width(1, 40);
        for (int c = 2; c < 11; c++) {
            ws.width(c, c == 5 ? 50 : 16);
        }
    }

    private void terms(Worksheet ws) {
        header(ws, 0, "Option", "Kind", "Term", "Value", "Unit");
        int row = 0;
        String cur = portfolio.currency().code();
        for (Api a : portfolio.apis()) {
            row = term(ws, row, a.name(), "API", "Input price", a.get(Input.INPUT_PER_MTOK), cur + "/MTok");
            row = term(ws, row, a.name(), "API", "Output price", a.get(Input.OUTPUT_PER_MTOK), cur + "/MTok");
            row = term(ws, row, a.name(), "API", "Platform fee", a.get(Input.PLATFORM_FEE_PER_MONTH), cur + "/month");
            if (a.committed() != null) {
                row = term(ws, row, a.name(), "API", "Committed capacity", a.committed().tokensPerMinute(), "tokens/minute at peak");
                row = term(ws, row, a.name(), "API", "Committed capacity fee", a.committed().feePerMonth(), cur + "/month");
            } else {
                row = text(ws, row, a.name(), "API", "Committed capacity", "none");
            }
            if (a.migration() != null) {
                row = term(ws, row, a.name(), "API", "Migration every", a.migration().everyMonths(), "months");
                row = term(ws, row, a.name(), "API", "Migration staff time", a.migration().personMonths(), "person-months");
                row = term(ws, row, a.name(), "API", "Migration one-time cost", a.migration().oneTimeCost(), cur);
            } else {
                row = text(ws, row, a.name(), "API", "Migration", "none");
            }
            row = text(ws, row, a.name(), "API", "Data processed in", a.regions() == null ? "not stated" : String.join(", ", a.regions()));
        }
        for (Deployment d : portfolio.deployments()) {
            row = text(ws, row, d.name(), "deployment", "Hosting", d.mode().label());
            if (d.mode() == com.tcostudio.core.model.HostingMode.RENT) {
                row = term(ws, row, d.name(), "deployment", "GPU price", d.get(Input.GPU_HOURLY), cur + "/GPU-hour");
            } else {
                row = term(ws, row, d.name(), "deployment", "GPU purchase price", d.get(Input.CAPEX_PER_GPU), cur + "/GPU");
            }
            if (d.isFixed()) {
                row = term(ws, row, d.name(), "deployment", "Fixed serving replicas", d.fixedReplicas(), "replicas");
            } else {
                row = text(ws, row, d.name(), "deployment", "Fleet", "sized to the load");
            }
            row = text(ws, row, d.name(), "deployment", "Autoscale", d.autoscale() ? "yes" : "no");
            Reservation r = d.reservation();
            if (r != null) {
                row = term(ws, row, d.name(), "deployment", "Reserved GPUs", r.gpus(), "GPUs");
                row = term(ws, row, d.name(), "deployment", "Reservation term", r.termMonths(), "months");
                row = term(ws, row, d.name(), "deployment", "Reserved GPU price", r.gpuHourly(), cur + "/GPU-hour");
                row = term(ws, row, d.name(), "deployment", "Reservation paid up front", r.upfrontShare(), "share of each term");
            } else {
                row = text(ws, row, d.name(), "deployment", "Reservation", "none");
            }
            row = text(ws, row, d.name(), "deployment", "Runs in", d.regions() == null ? "not stated" : String.join(", ", d.regions()));
        }
        ws.width(0, 48);
        ws.width(1, 12);
        ws.width(2, 26);
        ws.width(3, 18);
        ws.width(4, 22);
    }

    private int term(Worksheet ws, int row, String option, String kind, String term, double value, String unit) {
        row++;
        ws.value(row, 0, option);
        ws.value(row, 1, kind);
        ws.value(row, 2, term);
        number(ws, row, 3, value, "General");
        ws.value(row, 4, unit);
        return row;
    }

    private static int text(Worksheet ws, int row, String option, String kind, String term, String value) {
        row++;
        ws.value(row, 0, option);
        ws.value(row, 1, kind);
        ws.value(row, 2, term);
        ws.value(row, 3, value);
        return row;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static void header(Worksheet ws, int row, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            ws.value(row, i, titles[i]);
            ws.style(row, i).bold().wrapText(true).set();
        }
    }

    /** A number cell with its format; an empty cell where the value does not exist (NaN). */
    private static void number(Worksheet ws, int row, int col, double v, String format) {
        if (Double.isNaN(v)) {
            return;
        }
        ws.value(row, col, v);
        ws.style(row, col).format(format).set();
    }
}
