package com.tcostudio.report;

import com.tcostudio.charts.PlanCharts;
import com.tcostudio.core.AppVersion;
import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.DeploymentResult;
import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.engine.UsedOperatingPoint;
import com.tcostudio.core.engine.Violation;
import com.tcostudio.core.model.CatalogueRef;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.portfolio.Api;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Reservation;
import com.tcostudio.core.portfolio.Workload;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jfree.chart.text.TextUtils;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The report of a portfolio (version 2) as a PDF. It opens with an executive page (the
 * recommendation in one sentence, the figures behind it, what would change the answer, what the
 * model leaves out), then the plans side by side, what each use case costs in each plan, the
 * feasibility of each plan with the reasons, the operating point of each deployment, every
 * contract term, the cumulative and monthly cost of every plan, and per plan its breakdown by
 * category with staff and idle GPU spend kept apart. Every number comes from the engine's
 * {@link PortfolioEvaluation}; money columns switch to thousands or millions (said in the header)
 * where whole units would not fit, so no total is ever cut off.
 */
public final class PortfolioReport implements ReportFile {
    /** A table as drawn: kept so that tests can measure every cell against its column. */
    record DrawnTable(String title, List<String> header, List<List<String>> rows, float[] widths, boolean[] right,
                      float fontSize) {
    }

    static {
        // rotated axis labels become real text in the PDF instead of outlines
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    /** Plans side by side in the per-use-case table; more go into a second table below. */
    static final int PLANS_PER_TABLE = 4;
    private static final float BODY = 10;
    private static final float TABLE = 9;
    private static final String BULLET = "\u2022 ";

    private final PortfolioEvaluation e;
    private final Portfolio portfolio;
    private final String sourceName;
    private final LocalDate date;
    private final PdfReport.Paper paper;
    private final List<DrawnTable> drawn = new ArrayList<>();

    /** @param sourceName the scenario file's name for the footer */
    public PortfolioReport(PortfolioEvaluation evaluation, String sourceName, LocalDate date, PdfReport.Paper paper) {
        this.e = evaluation;
        this.portfolio = evaluation.portfolio();
        this.sourceName = sourceName;
        this.date = date;
        this.paper = paper;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        drawn.clear();
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("TCO report: " + portfolio.name());
            info.setCreator("TCO Studio " + AppVersion.get());
            info.setCreationDate(Calendar.getInstance());
            try (PdfLayout page = new PdfLayout(doc, paper.size())) {
                executive(page);
                plans(page);
                feasibility(page);
                operatingPoints(page);
                contractTerms(page);
                charts(page);
                for (PlanResult p : e.plans()) {
                    plan(page, p);
                }
                methodology(page);
                page.finish("TCO Studio " + AppVersion.get() + "  |  " + sourceName + "  |  " + date);
            }
            doc.save(out);
        }
    }

    /** The tables of the last {@link #write}, in order. */
    List<DrawnTable> drawnTables() {
        return List.copyOf(drawn);
    }

    private String cur() {
        return portfolio.currency().code();
    }

    private void executive(PdfLayout p) throws IOException {
        p.newPage();
        p.paragraph("Total cost of ownership: " + portfolio.name(), p.bold, 17, PdfLayout.INK);
        int h = e.months();
        p.paragraph(h + " months in " + cur() + currencyNote() + "; " + count(portfolio.workloads().size(), "use case", "use cases")
                + ", " + count(e.plans().size(), "plan", "plans") + "; the baseline is the first plan, "
                + PortfolioSummary.baseline(e).name() + ". Prices as of: " + pricesAsOf() + ".",
                p.regular, 9, PdfLayout.MUTED);
        p.space(4);
        p.heading("Recommendation", 14);
        p.paragraph(PortfolioSummary.recommendation(e), p.bold, 12, PdfLayout.INK);

        p.heading("The figures behind it", 12);
        float w = p.width();
        float[] widths = {w * 0.38f, w * 0.15f, w * 0.15f, w * 0.20f, w * 0.12f};
        MoneyUnit unit = unit(p, widths[1], TABLE, tcoAndNpv());
        List<List<String>> rows = new ArrayList<>();
        for (PlanResult r : e.plans()) {
            rows.add(List.of(r.name(), unit.format(r.tco()), unit.format(r.npv()),
                    PortfolioSummary.breakEvenAgainstBaseline(e, r), r.feasible() ? "yes" : "no"));
        }
        table(p, "The figures behind it", List.of("Plan", "TCO (" + unit.label(cur()) + ")", "NPV (" + unit.label(cur()) + ")",
                "Break-even vs baseline", "Meets every rule"), rows, widths, new boolean[]{false, true, true, true, true});
        p.paragraph("TCO: every cost over the " + h + " months; NPV: the same discounted at "
                + Formats.percent(portfolio.finance().get(Input.ANNUAL_DISCOUNT_RATE)) + " a year. Break-even: the month "
                + "from which the plan's cumulative cost is no more than the baseline's (month 14.3 is a third of the way "
                + "into month 15).", p.regular, 8.5f, PdfLayout.MUTED);

        p.heading("What would change the answer", 12);
        for (String s : PortfolioSummary.scaleSentences(e)) {
            p.paragraph(BULLET + s, p.regular, BODY, PdfLayout.INK);
        }
        p.paragraph("Multiples compare monthly run-rates at month-1 prices, with every use case's volume scaled by the same "
                + "factor. " + PortfolioSummary.sensitivityNote(portfolio), p.regular, 8.5f, PdfLayout.MUTED);

        p.heading("What the model leaves out", 12);
        for (String s : PortfolioSummary.LEAVES_OUT) {
            p.paragraph(BULLET + s, p.regular, 9.5f, PdfLayout.INK);
        }
    }

    private String currencyNote() {
        return portfolio.currency().perUsd() == 1 ? ""
                : " (catalogue USD prices converted at " + Scenario.format(portfolio.currency().perUsd()) + " per USD)";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The catalogue entries the file's prices come from, with their dates. */
    String pricesAsOf() {
        Set<String> parts = new LinkedHashSet<>();
        for (Api a : portfolio.apis()) {
            if (a.apiModel() != null) {
                parts.add(ref(a.apiModel()));
            }
        }
        for (Deployment d : portfolio.deployments()) {
            for (CatalogueRef r : d.refs().values()) {
                parts.add(ref(r));
            }
        }
        return parts.isEmpty() ? "no catalogue prices used (all figures from the scenario file)" : String.join(", ", parts);
    }

    private static String ref(CatalogueRef r) {
        return r.id() + (r.asOf() == null ? "" : " (" + r.asOf() + ")");
    }

    private double[] tcoAndNpv() {
        double[] v = new double[e.plans().size() * 2];
        for (int i = 0; i < e.plans().size(); i++) {
            v[2 * i] = e.plans().get(i).tco();
            v[2 * i + 1] = e.plans().get(i).npv();
        }
        return v;
    }

    private void plans(PdfLayout p) throws IOException {
        p.newPage();
        p.heading("Plans side by side", 18);
        int h = e.months();
        float w = p.width();
        float[] widths = {w * 0.28f, w * 0.14f, w * 0.14f, w * 0.15f, w * 0.15f, w * 0.14f};
        MoneyUnit unit = unit(p, widths[1], TABLE, tcoAndNpv());
        List<List<String>> rows = new ArrayList<>();
        for (PlanResult r : e.plans()) {
            rows.add(List.of(r.name(), unit.format(r.tco()), unit.format(r.npv()), perMTok(r.costPerMTok()[0]),
                    perMTok(r.costPerMTok()[h - 1]), r.feasible() ? "yes" : "no"));
        }
        table(p, "Plans side by side", List.of("Plan", "TCO (" + unit.label(cur()) + ")", "NPV (" + unit.label(cur()) + ")",
                cur() + " per million tokens, month 1", cur() + " per million tokens, month " + h,
                "Meets every rule"), rows, widths, new boolean[]{false, true, true, true, true, true});

        p.heading("What each use case costs in each plan", 14);
        p.paragraph("Each use case's share of the plan's cost over the " + h + " months, as the engine attributes it "
                + "(a shared fleet is split by the load each use case puts on it). The columns add up to the plan's TCO.",
                p.regular, 9, PdfLayout.MUTED);
        for (int from = 0; from < e.plans().size(); from += PLANS_PER_TABLE) {
            useCaseTable(p, e.plans().subList(from, Math.min(e.plans().size(), from + PLANS_PER_TABLE)));
        }
    }

    private static String perMTok(double v) {
        return Double.isNaN(v) ? "no tokens" : Formats.pattern(v, "#,##0.00");
    }

    private void useCaseTable(PdfLayout p, List<PlanResult> plans) throws IOException {
        float w = p.width();
        float[] widths = new float[plans.size() + 1];
        widths[0] = w * 0.32f;
        Arrays.fill(widths, 1, widths.length, w * 0.68f / plans.size());
        List<double[]> sums = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (PlanResult r : plans) {
            double[] s = new double[portfolio.workloads().size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = sum(r.byWorkload().get(portfolio.workloads().get(i).id()));
                all.add(s[i]);
            }
            sums.add(s);
            all.add(r.tco());
        }
        MoneyUnit unit = unit(p, widths[1], TABLE, all.stream().mapToDouble(Double::doubleValue).toArray());
        List<String> header = new ArrayList<>();
        header.add("Use case (" + unit.label(cur()) + ")");
        boolean[] right = new boolean[widths.length];
        Arrays.fill(right, 1, right.length, true);
        for (PlanResult r : plans) {
            header.add(r.name());
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < portfolio.workloads().size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(portfolio.workloads().get(i).name());
            for (double[] s : sums) {
                row.add(unit.format(s[i]));
            }
            rows.add(row);
        }
        List<String> total = new ArrayList<>();
        total.add("Total (the plan's TCO)");
        for (PlanResult r : plans) {
            total.add(unit.format(r.tco()));
        }
        rows.add(total);
        table(p, "By use case", header, rows, widths, right);
    }

    private static boolean allZero(double[] v) {
        for (double x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private void feasibility(PdfLayout p) throws IOException {
        p.newPage();
        p.heading("Feasibility of each plan", 18);
        p.paragraph("A plan is feasible when every use case goes only where its data may be processed (residency), to a "
                + "model rated at least its minimum quality, and to a deployment fast enough for its latency need. "
                + "A plan that breaks a rule is costed all the same but cannot be recommended.", p.regular, 9, PdfLayout.MUTED);
        for (PlanResult r : e.plans()) {
            int n = r.violations().size();
            p.paragraph(r.name() + (n == 0 ? ": meets every rule." : ": breaks " + count(n, "rule", "rules") + "."),
                    p.bold, 11, n == 0 ? PdfLayout.INK : VIOLATION);
            for (Violation v : r.violations()) {
                p.paragraph(BULLET + ruleName(v.rule()) + ": " + v.message() + ".", p.regular, BODY, PdfLayout.INK);
            }
            for (Violation v : r.warnings()) {
                p.paragraph(BULLET + "Not checked: " + v.message() + ".", p.regular, BODY, PdfLayout.MUTED);
            }
            p.space(4);
        }
    }

    /** Dark red for a plan that breaks a rule: legible on a projector, not alarming. */
    private static final java.awt.Color VIOLATION = new java.awt.Color(0x9A, 0x1B, 0x1B);

    private static String ruleName(String rule) {
        switch (rule) {
            case Violation.RESIDENCY:
                return "Residency";
            case Violation.QUALITY:
                return "Quality";
            case Violation.LATENCY:
                return "Latency";
            default:
                return rule;
        }
    }

    private void operatingPoints(PdfLayout p) throws IOException {
        p.heading("Operating point of each deployment", 18);
        p.paragraph("A replica serves less when each user must get a fast stream: the deployment is costed at the point "
                + "its measured curve gives for the strictest latency need routed to it in the plan. Speed per user in output "
                + "tokens a second; prefill and decode in tokens a second per replica, fully busy; GPUs in month 1 and month "
                + e.months() + ".", p.regular, 9, PdfLayout.MUTED);
        float w = p.width();
        float[] widths = {w * 0.16f, w * 0.18f, w * 0.09f, w * 0.10f, w * 0.10f, w * 0.08f, w * 0.08f, w * 0.21f};
        List<List<String>> rows = new ArrayList<>();
        for (PlanResult r : e.plans()) {
            Plan plan = portfolio.plan(r.planId()).orElseThrow();
            for (DeploymentResult d : r.deployments().values()) {
                Deployment dep = portfolio.deployment(d.deploymentId()).orElseThrow();
                UsedOperatingPoint op = d.operatingPoint();
                rows.add(List.of(r.name(), dep.name(),
                        Double.isNaN(op.outputTokensPerSecondPerUser()) ? "not given" : Formats.oneDecimal(op.outputTokensPerSecondPerUser()),
                        Formats.count(Math.round(op.prefillTokensPerSecond())), Formats.count(Math.round(op.decodeTokensPerSecond())),
                        Formats.pattern(d.gpus()[0], "#,##0.#"), Formats.pattern(d.gpus()[d.gpus().length - 1], "#,##0.#"),
                        PortfolioSummary.chosenBy(portfolio, plan, dep)));
            }
        }
        if (rows.isEmpty()) {
            p.paragraph("No plan uses a self-hosted deployment.", p.regular, BODY, PdfLayout.INK);
            return;
        }
        table(p, "Operating points", List.of("Plan", "Deployment", "Speed per user", "Prefill",
                "Decode", "GPUs at start", "GPUs at end", "Chosen by"), rows, widths,
                new boolean[]{false, false, true, true, true, true, true, false});
    }

    private void contractTerms(PdfLayout p) throws IOException {
        p.newPage();
        p.heading("Contract terms", 18);
        p.paragraph("Every term of every option in the file, used by a plan or not.", p.regular, 9, PdfLayout.MUTED);
        float w = p.width();
        float[] widths = {w * 0.34f, w * 0.18f, w * 0.48f};
        List<List<String>> rows = new ArrayList<>();
        for (Api a : portfolio.apis()) {
            rows.add(List.of(a.name(), "Prices", money(a.get(Input.INPUT_PER_MTOK)) + " input, " + money(a.get(Input.OUTPUT_PER_MTOK))
                    + " output per million tokens; platform fee " + money(a.get(Input.PLATFORM_FEE_PER_MONTH)) + " a month"));
            rows.add(List.of("", "Committed capacity", a.committed() == null ? "none: every token billed at the list price"
                    : Formats.count(Math.round(a.committed().tokensPerMinute())) + " tokens a minute at peak for "
                    + money(a.committed().feePerMonth()) + " a month; tokens above it at the list price"));
            rows.add(List.of("", "Model migration", a.migration() == null ? "none"
                    : "every " + a.migration().everyMonths() + " months: " + Scenario.format(a.migration().personMonths())
                    + (a.migration().personMonths() == 1 ? " person-month and " : " person-months and ") + money(a.migration().oneTimeCost()) + " each time"));
            rows.add(List.of("", "Data processed in", a.regions() == null ? "not stated" : String.join(", ", a.regions())));
        }
        for (Deployment d : portfolio.deployments()) {
            rows.add(List.of(d.name(), "GPUs", gpus(d)));
            rows.add(List.of("", "Fleet", d.isFixed()
                    ? "fixed: " + d.fixedReplicas() + " serving replicas + " + d.getInt(Input.REDUNDANT_REPLICAS)
                    + " redundant, " + count(d.getInt(Input.GPUS_PER_REPLICA), "GPU", "GPUs") + " each; the overflow goes to the plan's API"
                    : "sized to the peak at " + Formats.percent(d.get(Input.TARGET_UTILIZATION)) + " utilization, at least "
                    + d.getInt(Input.MIN_REPLICAS) + " + " + d.getInt(Input.REDUNDANT_REPLICAS) + " redundant replicas of "
                    + count(d.getInt(Input.GPUS_PER_REPLICA), "GPU", "GPUs")));
            rows.add(List.of("", "Autoscale", d.autoscale() ? "yes: the rented fleet follows the load through the day"
                    : "no: the fleet runs around the clock"));
            rows.add(List.of("", "Reservation", reservation(d.reservation())));
            rows.add(List.of("", "Runs in", d.regions() == null
                    ? (d.mode() == HostingMode.OWN ? "your premises" : "not stated") : String.join(", ", d.regions())));
        }
        table(p, "Contract terms", List.of("Option", "Term", "Value"), rows, widths, new boolean[]{false, false, false});
    }

    private String money(double v) {
        return Double.isNaN(v) ? "none" : cur() + " " + (v == Math.rint(v) ? Formats.count(Math.round(v)) : Formats.pattern(v, "#,##0.00##"));
    }

    private String gpus(Deployment d) {
        if (d.mode() == HostingMode.RENT) {
            return "rented at " + money(d.get(Input.GPU_HOURLY)) + " per GPU-hour, " + Formats.percent(d.get(Input.ANNUAL_GPU_PRICE_CHANGE))
                    + " a year";
        }
        return "owned: " + money(d.get(Input.CAPEX_PER_GPU)) + " per GPU, " + (d.amortize()
                ? "depreciated over " + d.getInt(Input.DEPRECIATION_MONTHS) + " months (accrual view)"
                : "paid when bought, " + Formats.percent(d.get(Input.RESIDUAL_SHARE)) + " back at the end (cash view)");
    }

    private String reservation(Reservation r) {
        if (r == null) {
            return "none: every GPU at the hourly price";
        }
        return count(r.gpus(), "GPU", "GPUs") + " in " + r.termMonths() + "-month terms from month 1 at " + money(r.gpuHourly())
                + " per GPU-hour, paid whether used or not; " + Formats.percent(r.upfrontShare()) + " of each term up front";
    }

    private void charts(PdfLayout p) throws IOException {
        p.newPage();
        p.heading("Costs over time, every plan", 18);
        float h = (p.room() - 40) / 2;
        p.chart(PlanCharts.cumulativeCost(e), h);
        p.chart(PlanCharts.monthlyCost(e), h);
    }

    private void plan(PdfLayout p, PlanResult r) throws IOException {
        p.newPage();
        p.paragraph(r.name(), p.bold, 16, PdfLayout.INK);
        p.paragraph("TCO " + Formats.money(r.tco(), cur()) + " over " + e.months() + " months; NPV "
                + Formats.money(r.npv(), cur()) + ". " + PortfolioSummary.hiddenCostLine(r), p.regular, 9.5f, PdfLayout.INK);
        p.chart(PlanCharts.breakdown(e, r), p.room() * 0.48f);
        yearTable(p, r);
    }

    private void yearTable(PdfLayout p, PlanResult r) throws IOException {
        int years = (e.months() + 11) / 12;
        float w = p.width();
        float[] widths = new float[years + 2];
        widths[0] = w * 0.24f;
        Arrays.fill(widths, 1, widths.length, w * 0.76f / (years + 1));
        float size = years > 6 ? 7.5f : TABLE;
        List<double[]> lines = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Category c : Category.values()) {
            if (allZero(r.category(c))) {
                continue;
            }
            labels.add(c.label());
            lines.add(years(r.category(c), years));
        }
        labels.add("Total");
        lines.add(years(r.total(), years));
        if (!allZero(r.idleCapacity())) {
            labels.add("GPU time paid for but idle (inside GPU compute, not added)");
            lines.add(years(r.idleCapacity(), years));
        }
        MoneyUnit unit = unit(p, widths[1], size, lines.stream().flatMapToDouble(Arrays::stream).toArray());
        List<String> header = new ArrayList<>();
        header.add("By year (" + unit.label(cur()) + ")");
        for (int y = 1; y <= years; y++) {
            header.add("Year " + y);
        }
        header.add("Total");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(labels.get(i));
            for (double v : lines.get(i)) {
                row.add(unit.format(v));
            }
            rows.add(row);
        }
        boolean[] right = new boolean[widths.length];
        Arrays.fill(right, 1, right.length, true);
        table(p, r.name() + " by year", header, rows, widths, right, size);
        if (e.months() % 12 != 0) {
            p.paragraph("Year " + years + " has months " + ((years - 1) * 12 + 1) + " to " + e.months() + " only.",
                    p.regular, 8.5f, PdfLayout.MUTED);
        }
    }

    /** Yearly sums (months 1-12, 13-24, ...; the last year may be short), then the horizon's total. */
    private static double[] years(double[] monthly, int years) {
        double[] out = new double[years + 1];
        for (int m = 0; m < monthly.length; m++) {
            out[m / 12] += monthly[m];
            out[years] += monthly[m];
        }
        return out;
    }

    /** The smallest unit in which every amount fits a column of this width, measured in the bold font. */
    private MoneyUnit unit(PdfLayout p, float columnWidth, float size, double[] amounts) {
        float room = columnWidth - 2 * PdfLayout.CELL_PADDING;
        return MoneyUnit.fitting(amounts, room, s -> {
            try {
                return p.textWidth(s, p.bold, size);
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        });
    }

    private void table(PdfLayout p, String title, List<String> header, List<List<String>> rows, float[] widths,
                       boolean[] right) throws IOException {
        table(p, title, header, rows, widths, right, TABLE);
    }

    private void table(PdfLayout p, String title, List<String> header, List<List<String>> rows, float[] widths,
                       boolean[] right, float size) throws IOException {
        drawn.add(new DrawnTable(title, header, rows, widths, right, size));
        p.wrappedTable(header, rows, widths, right, size);
    }

    private void methodology(PdfLayout p) throws IOException {
        p.newPage();
        p.heading("Methodology in brief", 18);
        for (String s : METHODOLOGY) {
            p.paragraph(s, p.regular, BODY, PdfLayout.INK);
        }
    }

    private static final String[] METHODOLOGY = {
        "A portfolio lists use cases (workloads), the options that could serve them (APIs paid per token and self-hosted "
                + "deployments on GPUs) and plans. A plan routes each use case, wholly or in shares, to options; a fixed "
                + "fleet sends what it cannot serve at peak to an API. The first plan is the baseline.",
        "Every plan is costed month by month with the per-component formulas of version 1: tokens at list, cached and "
                + "batch prices on an API, plus its platform fee and integration staff; on a deployment, replicas sized "
                + "for the pooled peak load of every use case routed to it, GPUs rented by the hour or owned, and the "
                + "operations staff, setup, upgrades, tooling and running costs of doing it yourself.",
        "A deployment with measured operating points is costed at the throughput its curve gives for the fastest stream "
                + "per user and the shortest wait for the first token that its use cases ask for (interpolated between "
                + "points). Reserved GPUs are paid in terms whether used or not; committed API capacity is a monthly fee "
                + "covering tokens up to its rate at peak; a forced model migration costs staff time and a one-time sum.",
        "What each use case costs is the plan's cost attributed by the load each puts on what it uses; the use cases add "
                + "up to the plan's total. A plan is feasible when no route breaks a residency, quality or latency rule.",
        "Break-even: the month from which a plan's cumulative cost is no more than another's, one-time costs at the "
                + "start of a month. Scale: the multiple of today's volumes (every use case together, month-1 prices) "
                + "from which one plan's monthly run-rate is no more than another's, found exactly on the replica steps.",
        "Idle GPU time is the part of the GPU bill that does no work: it is inside GPU compute, shown beside the total "
                + "and never added to it, and kept apart from staff costs.",
        "The full methodology, with every formula and every choice made where the contract is silent, is in "
                + "docs/methodology.md and in the app (Help > Methodology).",
    };
}
