package com.tcostudio.core.engine;

import com.tcostudio.core.model.Input;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Latency;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.core.portfolio.Workload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.tcostudio.core.engine.CostEngine.HOURS_PER_MONTH;

/**
 * Evaluates one plan of a portfolio (METHODOLOGY-V2, "Evaluating a plan") with the shared
 * per-component formulas of {@link Components}: routed and overflow tokens, each used target's
 * costs, the plan's 15 categories and finance totals, and with {@code detail} the attribution to
 * workloads, each deployment's fleet and the feasibility of every route.
 *
 * <p>Holds its scratch arrays, so evaluating plan after plan (or sample after sample) allocates
 * only the results kept. Not thread-safe: one per thread.
 */
final class PlanEvaluator {
    private static final int CATEGORIES = Category.values().length;
    /** The categories {@link Components#fleet} writes, and those an API writes. */
    private static final int[] FLEET_CATEGORIES = ordinals(Category.COMPUTE, Category.POWER, Category.COLOCATION,
            Category.MAINTENANCE, Category.RESIDUAL, Category.OPS, Category.SETUP, Category.UPGRADES, Category.TOOLING,
            Category.OTHER);
    private static final int[] API_CATEGORIES = ordinals(Category.API_USAGE, Category.API_PLATFORM, Category.INTEGRATION,
            Category.MIGRATION, Category.COMMITTED);
    /** Minutes in a month: committed capacity is sold in tokens a minute. */
    static final double MINUTES_PER_MONTH = HOURS_PER_MONTH * 60;

    final PortfolioNumbers n;
    private final int h;
    private final int workloads;

    // the plan loaded: its routes, shares resolved
    private int routes;
    private int[] rWorkload = new int[0];
    private int[] rApi = new int[0];
    private int[] rDep = new int[0];
    private int[] rOver = new int[0];
    private double[] rShare = new double[0];
    private final boolean[] usedApi;
    private final boolean[] usedDep;
    final OperatingPointChoice[] choice;
    final FleetSpec[] specs;

    // scratch
    private final double[][] tc;
    private final double[] tOnce;
    private final double[][] la;
    private final double[] loadAvg;
    private final double[] loadPeak;
    private final double[][] phi;
    private final double[][] aI;
    private final double[][] aO;
    private final double[][] usage;
    private final double[] psi;
    private final double[] targetTotal;
    private final double[] purchase;
    private final int[] purchaseMonths;
    private final double[] scratchReplicas;
    private final double[] scratchGpus;
    private final double[] scratchUtilization;
    private final double[] scratchIdle;
    private final double[] shareOf;
    private final double[] scratchSum;
    private final double[] scratchFactor;
    private final boolean[] routed;

    // results of the last run
    final double[][] categories;
    final double[] once;
    final double[] total;
    final double[] cumulative;
    final double[] discounted;
    final double[] cumulativeDiscounted;
    final double[] costPerMTok;
    final double[] tcoNpv = new double[2];
    double[][] byWorkload;
    double[] gpus;
    double[] idle;
    Map<String, DeploymentResult> deploymentResults;
    Set<Violation> violations;
    Set<Violation> warnings;
    /** When set, each used target's own TCO and NPV are kept (APIs by index, then deployments after them). */
    boolean keepTargetCosts;
    final double[] targetTco;
    final double[] targetNpv;
    private int currentTarget;
    private int[] targetCategories = API_CATEGORIES;

    PlanEvaluator(PortfolioNumbers numbers) {
        n = numbers;
        h = n.h;
        workloads = n.workloads;
        usedApi = new boolean[n.apis];
        usedDep = new boolean[n.deployments];
        choice = new OperatingPointChoice[n.deployments];
        specs = new FleetSpec[n.deployments];
        for (int d = 0; d < n.deployments; d++) {
            specs[d] = new FleetSpec();
        }
        tc = new double[CATEGORIES][h];
        tOnce = new double[h];
        la = new double[workloads][h];
        loadAvg = new double[h];
        loadPeak = new double[h];
        phi = new double[n.deployments][h];
        aI = new double[workloads][h];
        aO = new double[workloads][h];
        usage = new double[workloads][h];
        psi = new double[h];
        targetTotal = new double[h];
        purchase = new double[h];
        purchaseMonths = new int[h];
        scratchReplicas = new double[h];
        scratchGpus = new double[h];
        scratchUtilization = new double[h];
        scratchIdle = new double[h];
        shareOf = new double[workloads];
        scratchSum = new double[h];
        scratchFactor = new double[h];
        routed = new boolean[workloads];
        categories = new double[CATEGORIES][h];
        once = new double[h];
        total = new double[h];
        cumulative = new double[h];
        discounted = new double[h];
        cumulativeDiscounted = new double[h];
        costPerMTok = new double[h];
        targetTco = new double[n.apis + n.deployments];
        targetNpv = new double[n.apis + n.deployments];
    }

    private static int[] ordinals(Category... cs) {
        int[] out = new int[cs.length];
        for (int i = 0; i < cs.length; i++) {
            out[i] = cs[i].ordinal();
        }
        return out;
    }

    /** Loads plan i of the portfolio with its current shares. */
    void load(int plan) {
        load(n.portfolio.plans().get(plan).routes(), n.rawShares[plan]);
    }

    /**
     * Loads routes; {@code shares} gives each route's share (NaN: the rest of its workload, 1 minus
     * the sum of the others').
     */
    void load(List<Route> list, double[] shares) {
        routes = list.size();
        if (rWorkload.length < routes) {
            rWorkload = new int[routes];
            rApi = new int[routes];
            rDep = new int[routes];
            rOver = new int[routes];
            rShare = new double[routes];
        }
        Arrays.fill(usedApi, false);
        Arrays.fill(usedDep, false);
        Arrays.fill(shareOf, 0);
        for (int r = 0; r < routes; r++) {
            Route route = list.get(r);
            int w = n.workloadIndex.get(route.workload());
            rWorkload[r] = w;
            Integer a = n.apiIndex.get(route.to());
            rApi[r] = a == null ? -1 : a;
            rDep[r] = a == null ? n.deploymentIndex.get(route.to()) : -1;
            rOver[r] = route.hasOverflow() ? n.apiIndex.get(route.overflow()) : -1;
            if (a != null) {
                usedApi[a] = true;
            } else {
                usedDep[rDep[r]] = true;
            }
            if (rOver[r] >= 0) {
                usedApi[rOver[r]] = true;
            }
            double s = shares[r];
            rShare[r] = s;
            if (!Double.isNaN(s)) {
                shareOf[w] += s;
            }
        }
        for (int r = 0; r < routes; r++) {
            if (Double.isNaN(rShare[r])) {
                rShare[r] = 1 - shareOf[rWorkload[r]];
            }
        }
        for (int d = 0; d < n.deployments; d++) {
            if (usedDep[d]) {
                prepareFleet(d);
            }
        }
    }

    /** The deployment's numbers and, from the workloads routed to it, its operating point. */
    private void prepareFleet(int d) {
        Deployment dep = n.deployment(d);
        FleetSpec q = specs[d];
        double[] v = n.deploymentValues[d];
        q.read(v, dep.mode(), dep.amortize());
        q.fixedServing = dep.isFixed() ? dep.fixedReplicas() : -1;
        q.autoscale = dep.autoscale();
        q.reservedGpus = dep.reservation() == null ? 0 : dep.reservation().gpus();
        q.reservedTermMonths = dep.reservation() == null ? 1 : dep.reservation().termMonths();
        q.reservedGpuHourly = n.reservedGpuHourly[d];
        q.reservedUpfrontShare = n.reservedUpfrontShare[d];
        if (dep.hasOperatingPoints()) {
            double uStar = 0;
            double fStar = Double.POSITIVE_INFINITY;
            for (int r = 0; r < routes; r++) {
                if (rDep[r] == d) {
                    Latency need = n.workload(rWorkload[r]).latency();
                    if (need.hasMinOutputTokensPerSecondPerUser()) {
                        uStar = Math.max(uStar, need.minOutputTokensPerSecondPerUser());
                    }
                    if (need.hasMaxTimeToFirstTokenSeconds()) {
                        fStar = Math.min(fStar, need.maxTimeToFirstTokenSeconds());
                    }
                }
            }
            OperatingPointChoice c = OperatingPointChoice.choose(dep.operatingPoints(), uStar, fStar);
            choice[d] = c;
            q.prefill = c.prefill();
            q.decode = c.decode();
        } else {
            choice[d] = null;
        }
    }

    /** Evaluates the loaded plan: categories, one-time costs and finance; with detail, everything. */
    void run(boolean detail) {
        for (double[] c : categories) {
            Arrays.fill(c, 0);
        }
        Arrays.fill(once, 0);
        if (detail) {
            byWorkload = new double[workloads][h];
            gpus = new double[h];
            idle = new double[h];
            deploymentResults = new LinkedHashMap<>();
            violations = new LinkedHashSet<>();
            warnings = new LinkedHashSet<>();
        }
        for (int d = 0; d < n.deployments; d++) {
            if (usedDep[d]) {
                deployment(d, detail);
            }
        }
        for (int a = 0; a < n.apis; a++) {
            if (usedApi[a]) {
                api(a, detail);
            }
        }
        Components.finish(categories, total, cumulative, discounted, cumulativeDiscounted, costPerMTok, n.discount,
                n.allIn, n.allOut, h, detail, tcoNpv);
        if (detail) {
            feasibility();
        }
    }

    double tco() {
        return tcoNpv[0];
    }

    double npv() {
        return tcoNpv[1];
    }

    /** Clears the categories a target writes (only those: the others are neither written nor read for it). */
    private void clearTarget(int[] written) {
        targetCategories = written;
        for (int c : written) {
            Arrays.fill(tc[c], 0);
        }
        Arrays.fill(tOnce, 0);
    }

    /** Adds the target's categories and one-time costs into the plan's; its monthly total into targetTotal. */
    private void addTarget(boolean detail) {
        if (detail) {
            Arrays.fill(targetTotal, 0);
        }
        for (int c : targetCategories) {
            double[] from = tc[c];
            double[] into = categories[c];
            for (int t = 0; t < h; t++) {
                into[t] += from[t];
            }
            if (detail) {
                for (int t = 0; t < h; t++) {
                    targetTotal[t] += from[t];
                }
            }
        }
        for (int t = 0; t < h; t++) {
            once[t] += tOnce[t];
        }
        if (keepTargetCosts) {
            double tco = 0;
            double npv = 0;
            for (int t = 0; t < h; t++) {
                double sum = 0;
                for (int c : targetCategories) {
                    sum += tc[c][t];
                }
                tco += sum;
                npv += sum * n.discount[t];
            }
            targetTco[currentTarget] = tco;
            targetNpv[currentTarget] = npv;
        }
    }

    /** A deployment's fleet on what it is offered (and, when fixed, serves), its costs and attribution. */
    private void deployment(int d, boolean detail) {
        currentTarget = n.apis + d;
        FleetSpec q = specs[d];
        Arrays.fill(shareOf, 0);
        Arrays.fill(routed, false);
        for (int r = 0; r < routes; r++) {
            if (rDep[r] == d) {
                shareOf[rWorkload[r]] += rShare[r];
                routed[rWorkload[r]] = true;
            }
        }
        Arrays.fill(loadAvg, 0);
        Arrays.fill(loadPeak, 0);
        for (int w = 0; w < workloads; w++) {
            if (!routed[w]) {
                continue;
            }
            double s = shareOf[w];
            double p = n.workloadValue(w, Input.PEAK_TO_AVERAGE);
            double[] iw = n.in[w];
            double[] ow = n.out[w];
            double[] law = la[w];
            for (int t = 0; t < h; t++) {
                double l = Components.load(s * iw[t], s * ow[t], q.prefill, q.decode);
                law[t] = l;
                loadAvg[t] += l;
                loadPeak[t] += p * l;
            }
        }
        double[] phiD = phi[d];
        if (q.fixedServing >= 0) {
            // the fleet serves phi of every workload offered; loadAvg is what it serves
            for (int t = 0; t < h; t++) {
                phiD[t] = loadPeak[t] > 0 ? Math.min(1, q.fixedServing * q.targetUtilization / loadPeak[t]) : 1;
            }
            Arrays.fill(loadAvg, 0);
            for (int w = 0; w < workloads; w++) {
                if (routed[w]) {
                    double s = shareOf[w];
                    for (int t = 0; t < h; t++) {
                        loadAvg[t] += Components.load(phiD[t] * (s * n.in[w][t]), phiD[t] * (s * n.out[w][t]),
                                q.prefill, q.decode);
                    }
                }
            }
        } else {
            Arrays.fill(phiD, 1);
        }
        clearTarget(FLEET_CATEGORIES);
        double[] rep = detail ? new double[h] : scratchReplicas;
        double[] gp = detail ? new double[h] : scratchGpus;
        double[] ut = detail ? new double[h] : scratchUtilization;
        double[] id = detail ? new double[h] : scratchIdle;
        if (!detail) {
            Arrays.fill(id, 0);
        }
        Components.fleet(q, n.gpuFactor[d], n.fte, n.monthlyRate, loadAvg, loadPeak, h, detail, tc, tOnce, rep, gp,
                ut, id, purchase, purchaseMonths);
        addTarget(detail);
        if (!detail) {
            return;
        }
        for (int t = 0; t < h; t++) {
            gpus[t] += gp[t];
            idle[t] += id[t];
        }
        OperatingPointChoice c = choice[d];
        UsedOperatingPoint used = c == null ? new UsedOperatingPoint(Double.NaN, q.prefill, q.decode)
                : new UsedOperatingPoint(c.reportedU(), c.prefill(), c.decode());
        deploymentResults.put(n.deployment(d).id(), new DeploymentResult(n.deployment(d).id(), rep, gp, ut, id, used));
        // each workload's part of the served load: phi is common to all, so the offered load's parts
        int count = 0;
        for (boolean b : routed) {
            count += b ? 1 : 0;
        }
        // per month: the cost per unit of load (one division a month, not one per workload), or the equal part
        double[] sum = scratchSum;
        double[] perLoad = scratchFactor;
        Arrays.fill(sum, 0);
        for (int w = 0; w < workloads; w++) {
            if (routed[w]) {
                double[] law = la[w];
                for (int t = 0; t < h; t++) {
                    sum[t] += law[t];
                }
            }
        }
        for (int t = 0; t < h; t++) {
            perLoad[t] = sum[t] > 0 ? targetTotal[t] / sum[t] : targetTotal[t] / count;
        }
        for (int w = 0; w < workloads; w++) {
            if (routed[w]) {
                double[] law = la[w];
                double[] bw = byWorkload[w];
                for (int t = 0; t < h; t++) {
                    bw[t] += sum[t] > 0 ? law[t] * perLoad[t] : perLoad[t];
                }
            }
        }
    }

    /** An API's offered tokens (direct and overflow), usage, committed share, fixed costs and attribution. */
    private void api(int a, boolean detail) {
        currentTarget = a;
        Arrays.fill(routed, false);
        for (int r = 0; r < routes; r++) {
            if (rApi[r] == a || rOver[r] == a) {
                routed[rWorkload[r]] = true;
            }
        }
        for (int w = 0; w < workloads; w++) {
            if (routed[w]) {
                Arrays.fill(aI[w], 0);
                Arrays.fill(aO[w], 0);
            }
        }
        for (int r = 0; r < routes; r++) {
            int w = rWorkload[r];
            double s = rShare[r];
            double[] iw = n.in[w];
            double[] ow = n.out[w];
            double[] ai = aI[w];
            double[] ao = aO[w];
            if (rApi[r] == a) {
                for (int t = 0; t < h; t++) {
                    ai[t] += s * iw[t];
                    ao[t] += s * ow[t];
                }
            } else if (rOver[r] == a) {
                double[] phiD = phi[rDep[r]];
                for (int t = 0; t < h; t++) {
                    double spill = 1 - phiD[t];
                    ai[t] += spill * (s * iw[t]);
                    ao[t] += spill * (s * ow[t]);
                }
            }
        }
        double[] v = n.apiValues[a];
        double inP = v[Input.INPUT_PER_MTOK.ordinal()];
        double outP = v[Input.OUTPUT_PER_MTOK.ordinal()];
        double cP = n.cachedPrice(a);
        double bd = v[Input.BATCH_DISCOUNT.ordinal()];
        double fee = v[Input.PLATFORM_FEE_PER_MONTH.ordinal()];
        double integrationFte = v[Input.INTEGRATION_FTE.ordinal()];
        double[] pf = n.priceFactor[a];
        boolean committed = !Double.isNaN(n.committedTpm[a]);
        Arrays.fill(psi, 0);
        if (committed) {
            for (int t = 0; t < h; t++) {
                double peakTpm = 0;
                for (int w = 0; w < workloads; w++) {
                    if (routed[w]) {
                        peakTpm += n.workloadValue(w, Input.PEAK_TO_AVERAGE) * (aI[w][t] + aO[w][t]) / MINUTES_PER_MONTH;
                    }
                }
                psi[t] = peakTpm > 0 ? Math.min(1, n.committedTpm[a] / peakTpm) : 1;
            }
        }
        clearTarget(API_CATEGORIES);
        double[] use = tc[Category.API_USAGE.ordinal()];
        double[] platform = tc[Category.API_PLATFORM.ordinal()];
        double[] integration = tc[Category.INTEGRATION.ordinal()];
        double[] migration = tc[Category.MIGRATION.ordinal()];
        double[] fixedFee = tc[Category.COMMITTED.ordinal()];
        for (int w = 0; w < workloads; w++) {
            if (!routed[w]) {
                continue;
            }
            double batch = 1 - n.workloadValue(w, Input.BATCH_SHARE) * bd;
            double cached = n.workloadValue(w, Input.CACHED_INPUT_SHARE);
            double[] uw = usage[w];
            double[] ai = aI[w];
            double[] ao = aO[w];
            for (int t = 0; t < h; t++) {
                uw[t] = Components.usage(pf[t], batch, cached, inP, cP, outP, ai[t], ao[t]);
            }
        }
        int every = n.migrationEvery[a];
        // use holds the sum over workloads (in workload order, as one sum per month), then the billed part
        for (int w = 0; w < workloads; w++) {
            if (routed[w]) {
                double[] uw = usage[w];
                for (int t = 0; t < h; t++) {
                    use[t] += uw[t];
                }
            }
        }
        for (int t = 0; t < h; t++) {
            use[t] = (1 - psi[t]) * use[t];
            platform[t] = fee;
            integration[t] = integrationFte * n.fte[t];
            if (every > 0 && t > 0 && t % every == 0) {
                double m = n.migrationPersonMonths[a] * n.fte[t] + n.migrationOneTimeCost[a];
                migration[t] = m;
                tOnce[t] += m;
            }
            if (committed) {
                fixedFee[t] = n.committedFee[a];
            }
        }
        addTarget(detail);
        if (!detail) {
            return;
        }
        int count = 0;
        for (boolean b : routed) {
            count += b ? 1 : 0;
        }
        // per month: the shared costs per token (one division a month), or the equal part
        double[] tokens = scratchSum;
        double[] perToken = scratchFactor;
        Arrays.fill(tokens, 0);
        for (int w = 0; w < workloads; w++) {
            if (routed[w]) {
                double[] ai = aI[w];
                double[] ao = aO[w];
                for (int t = 0; t < h; t++) {
                    tokens[t] += ai[t] + ao[t];
                }
            }
        }
        for (int t = 0; t < h; t++) {
            double shared = platform[t] + integration[t] + migration[t] + fixedFee[t];
            perToken[t] = tokens[t] > 0 ? shared / tokens[t] : shared / count;
        }
        for (int w = 0; w < workloads; w++) {
            if (routed[w]) {
                double[] ai = aI[w];
                double[] ao = aO[w];
                double[] uw = usage[w];
                double[] bw = byWorkload[w];
                for (int t = 0; t < h; t++) {
                    double shared = tokens[t] > 0 ? (ai[t] + ao[t]) * perToken[t] : perToken[t];
                    bw[t] += uw[t] * (1 - psi[t]) + shared;
                }
            }
        }
    }

    /** Residency and quality of every route and its overflow; latency of routes to deployments. */
    private void feasibility() {
        for (int r = 0; r < routes; r++) {
            Workload w = n.workload(rWorkload[r]);
            Object to = rApi[r] >= 0 ? n.api(rApi[r]) : n.deployment(rDep[r]);
            add(Feasibility.residency(w, to), violations);
            add(Feasibility.quality(w, to), violations);
            if (rOver[r] >= 0) {
                add(Feasibility.residency(w, n.api(rOver[r])), violations);
                add(Feasibility.quality(w, n.api(rOver[r])), violations);
            }
            if (rDep[r] >= 0) {
                Deployment d = n.deployment(rDep[r]);
                OperatingPointChoice c = choice[rDep[r]];
                if (c == null) {
                    if (w.latency().isNeed()) {
                        add(Feasibility.latencyUnchecked(w, d), warnings);
                    }
                } else if (c.checkNeeds()) {
                    add(Feasibility.latency(w, d, c), violations);
                }
            }
        }
    }

    private static void add(Violation v, Set<Violation> into) {
        if (v != null && into.stream().noneMatch(x -> x.workload().equals(v.workload())
                && x.target().equals(v.target()) && x.rule().equals(v.rule()))) {
            into.add(v);
        }
    }

    /** The last run as a result; its arrays are copies, so this evaluator can run again. */
    PlanResult result(String planId, String name) {
        Map<Category, double[]> cats = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            cats.put(c, categories[c.ordinal()].clone());
        }
        Map<String, double[]> byW = new LinkedHashMap<>();
        for (int w = 0; w < workloads; w++) {
            byW.put(n.workload(w).id(), byWorkload[w]);
        }
        return new PlanResult(planId, name, cats, total.clone(), cumulative.clone(), discounted.clone(),
                costPerMTok.clone(), tco(), npv(), gpus, idle, deploymentResults, byW, new ArrayList<>(violations),
                new ArrayList<>(warnings));
    }

    /** Whether the loaded plan breaks no rule (checked without costing it). */
    boolean feasible() {
        Set<Violation> saved = violations;
        violations = new LinkedHashSet<>();
        Set<Violation> savedWarnings = warnings;
        warnings = new LinkedHashSet<>();
        feasibility();
        boolean ok = violations.isEmpty();
        violations = saved;
        warnings = savedWarnings;
        return ok;
    }

    // ----- what the run-rates need of the loaded plan

    int routes() {
        return routes;
    }

    int routeWorkload(int r) {
        return rWorkload[r];
    }

    int routeApi(int r) {
        return rApi[r];
    }

    int routeDeployment(int r) {
        return rDep[r];
    }

    int routeOverflow(int r) {
        return rOver[r];
    }

    double routeShare(int r) {
        return rShare[r];
    }

    boolean usesApi(int a) {
        return usedApi[a];
    }

    boolean usesDeployment(int d) {
        return usedDep[d];
    }

    /** The share of its offered tokens fixed deployment d served each month in the last run (1 when sized). */
    double[] served(int d) {
        return phi[d];
    }
}
