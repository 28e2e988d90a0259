package com.tcostudio.report;

import com.tcostudio.charts.PlanCharts;
import com.tcostudio.core.engine.BreakEven;
import com.tcostudio.core.engine.DeploymentResult;
import com.tcostudio.core.engine.PlanBreakEven;
import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.engine.Scale;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Latency;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.core.portfolio.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A portfolio's evaluation in words, for the report's executive page and the workbook: the
 * recommendation, the break-even of each plan against the baseline, what would change the answer,
 * what the model leaves out. Every figure is read from the engine's {@link PortfolioEvaluation};
 * the shares here are ratios of its sums, never a cost of their own.
 */
public final class PortfolioSummary {
    /** What the model does not cost, in the words a board reads. */
    public static final List<String> LEAVES_OUT = List.of(
            "Quality beyond the one score each option carries: how well a model does your own tasks is for a trial to show.",
            "Outages, and what an hour without the service costs the business.",
            "Rate limits and capacity waits on the APIs, and the time to get GPUs delivered or reserved.",
            "Taxes (VAT, withholding), currency moves beyond the file's exchange rate, and price changes other than "
                    + "the yearly rates given.",
            "Hiring: staff are costed from month 1 at the loaded cost per FTE, never as a search that takes months.");

    private PortfolioSummary() {
    }

    /** The baseline: the file's first plan. */
    public static PlanResult baseline(PortfolioEvaluation e) {
        return e.plans().get(0);
    }

    /** The feasible plan with the next lowest TCO after the cheapest feasible one, if any. */
    public static Optional<PlanResult> nextFeasible(PortfolioEvaluation e) {
        Optional<PlanResult> best = e.cheapestFeasible();
        PlanResult next = null;
        for (PlanResult p : e.plans()) {
            if (p.feasible() && p != best.orElse(null) && (next == null || p.tco() < next.tco())) {
                next = p;
            }
        }
        return Optional.ofNullable(next);
    }

    /**
     * The recommendation in one sentence: the cheapest feasible plan, how much cheaper than the
     * next feasible one and than the baseline over the horizon; or, when no plan meets every rule,
     * that none does.
     */
    public static String recommendation(PortfolioEvaluation e) {
        String cur = e.portfolio().currency().code();
        int h = e.months();
        Optional<PlanResult> found = e.cheapestFeasible();
        if (found.isEmpty()) {
            return "No plan meets every rule: each one breaks a residency, quality or latency need (see Feasibility), "
                    + "so none can be recommended over " + h + " months.";
        }
        PlanResult best = found.get();
        PlanResult base = baseline(e);
        StringBuilder sb = new StringBuilder("Recommended: ").append(best.name()).append(", the cheapest plan that meets every rule over ")
                .append(h).append(" months (TCO ").append(Formats.money(best.tco(), cur)).append(")");
        Optional<PlanResult> next = nextFeasible(e);
        if (next.isEmpty()) {
            sb.append("; it is the only plan that does");
        } else {
            sb.append(": ").append(saving(best, next.get(), cur)).append(" less than the next feasible plan, ")
                    .append(next.get().name());
        }
        if (best == base) {
            sb.append("; it is the baseline plan.");
        } else if (next.isPresent() && next.get() == base) {
            sb.append(", which is the baseline.");
        } else {
            sb.append("; ").append(saving(best, base, cur)).append(" less than the baseline, ").append(base.name())
                    .append(base.feasible() ? "." : ", which breaks a rule.");
        }
        return sb.toString();
    }

    /** "USD 39,615 (5%)": what the cheaper plan saves, and as a share of the dearer plan's TCO. */
    private static String saving(PlanResult cheaper, PlanResult dearer, String cur) {
        double d = dearer.tco() - cheaper.tco();
        return Formats.money(d, cur) + (dearer.tco() > 0 ? " (" + Formats.percent(d / dearer.tco()) + ")" : "");
    }

    /** A plan's break-even month against the baseline in a few words; "baseline" for the baseline. */
    public static String breakEvenAgainstBaseline(PortfolioEvaluation e, PlanResult p) {
        PlanResult base = baseline(e);
        if (p == base) {
            return "baseline";
        }
        // pairs list the later plan as A: every other plan is A against the baseline
        BreakEven x = e.breakEven(p.planId(), base.planId()).orElseThrow().breakEven();
        if (x.found() && x.month() == 0 && endsDearer(x)) {
            // with no one-time costs on either side the contract's gap starts at 0 ("no dearer from the
            // start") and turns dearer within month 1: that is dearer throughout, said as such
            return lastCrossing(x) == 0 ? "dearer throughout" : "no dearer at first, dearer from " + Formats.month(lastCrossing(x));
        }
        return Summary.breakEvenHeadline(x);
    }

    private static boolean endsDearer(BreakEven x) {
        return !x.crossings().isEmpty() && !x.crossings().get(x.crossings().size() - 1).aCheaper();
    }

    private static double lastCrossing(BreakEven x) {
        return x.crossings().get(x.crossings().size() - 1).month();
    }

    /**
     * What would change the answer, in volume: for every other feasible plan, from what multiple of
     * today's volume (every use case scaled together, month-1 prices) its monthly run-rate is no
     * dearer than the recommended plan's ("Shared fleet would cost no more a month than All API
     * only above 1.34 times today's volume").
     */
    public static List<String> scaleSentences(PortfolioEvaluation e) {
        List<String> out = new ArrayList<>();
        Optional<PlanResult> found = e.cheapestFeasible();
        if (found.isEmpty()) {
            return out;
        }
        PlanResult best = found.get();
        for (PlanResult p : e.plans()) {
            if (p == best || !p.feasible()) {
                continue;
            }
            Optional<PlanBreakEven> asA = e.breakEven(p.planId(), best.planId());
            if (asA.isPresent()) {
                out.add(otherAgainstBest(p.name(), best.name(), asA.get().scale()));
            } else {
                out.add(bestAgainstOther(best.name(), p.name(), e.breakEven(best.planId(), p.planId()).orElseThrow().scale()));
            }
        }
        return out;
    }

    /** The scale at which the other plan (A) becomes no dearer than the recommended one (B). */
    static String otherAgainstBest(String other, String best, Scale s) {
        if (Double.isNaN(s.first())) {
            return other + " costs more a month than " + best + " at every volume up to "
                    + Formats.multiple(Scale.MAX_SCALE) + " today's volume.";
        }
        String forGood = s.sustained() > s.first() ? ", and for good only above " + Formats.multiple(s.sustained())
                : Double.isNaN(s.sustained()) ? ", though not for good at larger volumes" : "";
        if (s.sustained() <= 1) {
            return other + " already costs no more a month than " + best + " at today's volume (from "
                    + Formats.multiple(s.first()) + " today's volume on); over the horizon " + best + " is still cheaper.";
        }
        if (s.first() <= 1) {
            // no dearer somewhere below today's volume (smaller fixed costs), dearer again before it
            return other + " costs no more a month than " + best + " only at volumes well below today's ("
                    + (s.first() == 0 ? "the smallest" : "from " + Formats.multiple(s.first()) + " today's") + ")"
                    + (Double.isNaN(s.sustained()) ? ", and more at every larger volume up to "
                    + Formats.multiple(Scale.MAX_SCALE) + " today's" : ", and for good only above "
                    + Formats.multiple(s.sustained()) + " today's volume") + ".";
        }
        return other + " would cost no more a month than " + best + " only above " + Formats.multiple(s.first())
                + " today's volume" + forGood + ".";
    }

    /** The scale at which the recommended plan (A) is no dearer than the other one (B). */
    static String bestAgainstOther(String best, String other, Scale s) {
        if (Double.isNaN(s.first())) {
            return best + " costs more a month than " + other + " at every volume up to " + Formats.multiple(Scale.MAX_SCALE)
                    + " today's volume; it is the cheaper over this horizon only.";
        }
        if (s.first() > 1) {
            return "At today's volume " + best + " costs more a month than " + other + "; it costs no more from "
                    + Formats.multiple(s.first()) + " today's volume, and over this horizon it is the cheaper.";
        }
        if (Double.isNaN(s.sustained()) || s.sustained() > 1) {
            return other + " would cost less a month than " + best + " again above "
                    + (Double.isNaN(s.sustained()) ? "some larger volume" : Formats.multiple(s.sustained()) + " today's volume") + ".";
        }
        return best + " costs no more a month than " + other + " at any volume from " + Formats.multiple(s.sustained())
                + " today's up.";
    }

    /** Whether the file has ranges, and that the tornado of portfolios is not computed in this version. */
    public static String sensitivityNote(Portfolio p) {
        int n = p.uncertainty().size();
        if (n == 0) {
            return "The file gives no ranges, so there is no tornado of the inputs; the volume multiples above are the "
                    + "sensitivity shown.";
        }
        return "The file gives ranges for " + n + (n == 1 ? " input" : " inputs") + "; this version does not yet rank "
                + "them in a tornado for portfolios, so the volume multiples above are the sensitivity shown.";
    }

    /** Operations staff, setup, upgrades and migrations as a share of the plan's TCO ({@link PlanCharts#staffShare}). */
    public static double staffShare(PlanResult p) {
        return PlanCharts.staffShare(p);
    }

    /** GPU time paid for but idle as a share of the plan's TCO ({@link PlanCharts#idleShare}). */
    public static double idleShare(PlanResult p) {
        return PlanCharts.idleShare(p);
    }

    /**
     * The fleet's average utilization over the horizon, weighted by GPUs (a month with more GPUs
     * counts more); NaN for a plan with no GPUs.
     */
    public static double averageUtilization(PlanResult p) {
        return averageUtilization(p.deployments().values());
    }

    /** The GPU-weighted average utilization of these fleets over the horizon; NaN without GPUs. */
    public static double averageUtilization(java.util.Collection<DeploymentResult> fleets) {
        double busy = 0;
        double gpus = 0;
        for (DeploymentResult d : fleets) {
            for (int m = 0; m < d.gpus().length; m++) {
                if (Double.isFinite(d.utilization()[m])) {
                    busy += d.utilization()[m] * d.gpus()[m];
                    gpus += d.gpus()[m];
                }
            }
        }
        return gpus > 0 ? busy / gpus : Double.NaN;
    }

    /** The two hidden figures of a plan in words, kept apart (staff are not idle GPUs). */
    public static String hiddenCostLine(PlanResult p) {
        String staff = "Operations staff, setup, upgrades and migrations: " + Formats.percent(staffShare(p)) + " of TCO.";
        double u = averageUtilization(p);
        if (Double.isNaN(u)) {
            return staff + " No GPUs of its own.";
        }
        return staff + " GPU time paid for but idle: " + Formats.percent(idleShare(p)) + " of TCO (inside GPU compute); "
                + "the fleet is busy " + Formats.percent(u) + " of the time on average.";
    }

    /**
     * The latency need that chose a deployment's operating point in a plan: the fastest stream per
     * user and the shortest wait for the first token asked by the workloads routed to it.
     */
    public static String chosenBy(Portfolio portfolio, Plan plan, Deployment d) {
        if (!d.hasOperatingPoints()) {
            return "one measured throughput, no operating points";
        }
        Workload fastest = null;
        Workload quickest = null;
        for (Route r : plan.routes()) {
            if (!r.to().equals(d.id())) {
                continue;
            }
            Workload w = portfolio.workload(r.workload()).orElseThrow();
            Latency need = w.latency();
            if (need.hasMinOutputTokensPerSecondPerUser() && (fastest == null
                    || need.minOutputTokensPerSecondPerUser() > fastest.latency().minOutputTokensPerSecondPerUser())) {
                fastest = w;
            }
            if (need.hasMaxTimeToFirstTokenSeconds() && (quickest == null
                    || need.maxTimeToFirstTokenSeconds() < quickest.latency().maxTimeToFirstTokenSeconds())) {
                quickest = w;
            }
        }
        if (fastest == null && quickest == null) {
            return "no latency need: its slowest point per user, the most throughput";
        }
        String speed = fastest == null ? null
                : Scenario.format(fastest.latency().minOutputTokensPerSecondPerUser()) + " tokens/s per user";
        String wait = quickest == null ? null
                : "first token within " + Scenario.format(quickest.latency().maxTimeToFirstTokenSeconds()) + " s";
        if (fastest == quickest) {
            return fastest.name() + ": " + speed + ", " + wait;
        }
        List<String> parts = new ArrayList<>();
        if (fastest != null) {
            parts.add(fastest.name() + ": " + speed);
        }
        if (quickest != null) {
            parts.add(quickest.name() + ": " + wait);
        }
        return String.join("; ", parts);
    }
}
