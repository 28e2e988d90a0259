package com.tcostudio.core.engine;

import com.tcostudio.core.model.Input;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.core.portfolio.Workload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * {@code recommend} (METHODOLOGY-V2): every assignment of each workload wholly (share 1) to one
 * candidate (each API; each sized deployment; each fixed deployment with each API without
 * committed capacity as its overflow), costed as a plan; the feasible ones, cheapest TCO first.
 *
 * <p>Exact and fast: a target's cost depends only on the set of workloads routed to it (pooling and
 * committed capacity make it non-additive), so each (target, set) is costed once with
 * {@link PlanEvaluator} and kept by the set's bit mask; an API without committed capacity is its
 * fixed costs plus each workload's own usage; a fixed fleet's overflow is, per workload, the share
 * the fleet did not serve times the workload's usage on its overflow API. An assignment is then a
 * sum of cached figures. The plans reported are costed again as whole plans, so their TCO and NPV
 * are what {@code evaluate} gives for them.
 *
 * <p>Ties: assignments are numbered with workloads in file order, the first most significant, and
 * candidates in the order APIs, sized deployments, fixed deployments by overflow, each in file
 * order; TCOs within a relative {@link #TIE_TOLERANCE} are equal and the earlier assignment comes
 * first. Up to {@link #EXHAUSTIVE_LIMIT} assignments every one is costed; beyond, the
 * {@linkplain #recommend(Portfolio, int, Monitor) heuristic} says it is not exhaustive.
 */
public final class Recommender {
    /** At most this many assignments are tried one by one. */
    public static final long EXHAUSTIVE_LIMIT = 100_000;
    /** The heuristic stops after costing this many assignments. */
    public static final long HEURISTIC_BUDGET = 1_000_000;
    /** TCOs this close, relative to the larger, are a tie (rounding of one sum in two orders). */
    public static final double TIE_TOLERANCE = 1e-12;
    private static final int PROGRESS_EVERY = 4096;

    /** Progress and cancel for a long search (the app's progress bar); the command line uses {@link #NONE}. */
    public interface Monitor {
        /** No progress reports, never cancelled. */
        Monitor NONE = new Monitor() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        /** Assignments costed so far, of {@code total} (the heuristic's budget when not exhaustive). */
        void progress(long done, long total);

        /** Asked every few thousand assignments; once true, the search throws {@link CancellationException}. */
        boolean cancelled();
    }

    private Recommender() {
    }

    public static Recommendation recommend(Portfolio p, int top) {
        return recommend(p, top, Monitor.NONE);
    }

    /**
     * The {@code top} cheapest feasible assignments. Beyond {@link #EXHAUSTIVE_LIMIT} assignments, a
     * local search: from every "all workloads to one candidate" start, and from each workload on its
     * cheapest feasible candidate alone, move one workload at a time to the candidate that lowers
     * (number of infeasible routes, TCO) most, until no move helps; every assignment costed on the
     * way counts, up to {@link #HEURISTIC_BUDGET}.
     */
    public static Recommendation recommend(Portfolio p, int top, Monitor monitor) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1 (was " + top + ")");
        }
        return new Search(p, monitor).run(top);
    }

    /** Number of assignments, or -1 when above the limit. */
    static long count(int candidates, int workloads, long limit) {
        long total = 1;
        for (int w = 0; w < workloads; w++) {
            if (candidates == 0) {
                return 0;
            }
            if (total > limit / candidates) {
                return -1;
            }
            total *= candidates;
        }
        return total;
    }

    /** A (target, set of workloads) costed once. */
    private static final class Entry {
        double tco;
        double npv;
        boolean latencyOk = true;
        /** A fixed fleet's overflow usage, by workload and API (null elsewhere). */
        double[][] overflowTco;
        double[][] overflowNpv;
    }

    private static final class Search {
        private final Portfolio portfolio;
        private final Monitor monitor;
        private final PortfolioNumbers n;
        private final PlanEvaluator e;
        private final int workloads;
        private final int apis;
        private final int targets;
        // candidates: target index (APIs, then apis + deployment) and overflow API (-1: none)
        private final int[] candTarget;
        private final int[] candOver;
        private final boolean[] routeOk;
        private final boolean[] committed;
        private final int[] freeApis;
        private final boolean[] fixedDep;
        private final double[] apiFixedTco;
        private final double[] apiFixedNpv;
        private final double[][] usageTco;
        private final double[][] usageNpv;
        private final double[][][] usage;
        private final Entry[][] small;
        private final List<Map<Long, Entry>> large;
        // scratch for one assignment
        private final long[] mask;
        private final boolean[] used;
        private double tco;
        private double npv;
        private int infeasible;

        Search(Portfolio p, Monitor monitor) {
            portfolio = p;
            this.monitor = monitor;
            n = new PortfolioNumbers(p);
            e = new PlanEvaluator(n);
            e.keepTargetCosts = true;
            workloads = n.workloads;
            apis = n.apis;
            targets = apis + n.deployments;
            committed = new boolean[apis];
            List<Integer> free = new ArrayList<>();
            for (int a = 0; a < apis; a++) {
                committed[a] = p.apis().get(a).committed() != null;
                if (!committed[a]) {
                    free.add(a);
                }
            }
            freeApis = free.stream().mapToInt(Integer::intValue).toArray();
            fixedDep = new boolean[n.deployments];
            List<int[]> cands = new ArrayList<>();
            for (int a = 0; a < apis; a++) {
                cands.add(new int[] {a, -1});
            }
            for (int d = 0; d < n.deployments; d++) {
                fixedDep[d] = p.deployments().get(d).isFixed();
                if (!fixedDep[d]) {
                    cands.add(new int[] {apis + d, -1});
                }
            }
            for (int d = 0; d < n.deployments; d++) {
                if (fixedDep[d]) {
                    for (int a : freeApis) {
                        cands.add(new int[] {apis + d, a});
                    }
                }
            }
            candTarget = cands.stream().mapToInt(c -> c[0]).toArray();
            candOver = cands.stream().mapToInt(c -> c[1]).toArray();
            routeOk = new boolean[workloads * candTarget.length];
            for (int w = 0; w < workloads; w++) {
                Workload wl = n.workload(w);
                for (int c = 0; c < candTarget.length; c++) {
                    Object to = target(candTarget[c]);
                    boolean ok = Feasibility.residency(wl, to) == null && Feasibility.quality(wl, to) == null;
                    if (candOver[c] >= 0) {
                        ok &= Feasibility.residency(wl, n.api(candOver[c])) == null
                                && Feasibility.quality(wl, n.api(candOver[c])) == null;
                    }
                    routeOk[w * candTarget.length + c] = ok;
                }
            }
            apiFixedTco = new double[apis];
            apiFixedNpv = new double[apis];
            usageTco = new double[apis][workloads];
            usageNpv = new double[apis][workloads];
            usage = new double[apis][][];
            for (int a : freeApis) {
                costFreeApi(a);
            }
            small = workloads <= 12 ? new Entry[targets][1 << workloads] : null;
            large = new ArrayList<>();
            if (small == null) {
                for (int x = 0; x < targets; x++) {
                    large.add(new HashMap<>());
                }
            }
            mask = new long[targets];
            used = new boolean[apis];
        }

        private Object target(int x) {
            return x < apis ? n.api(x) : n.deployment(x - apis);
        }

        private String targetId(int x) {
            return x < apis ? n.api(x).id() : n.deployment(x - apis).id();
        }

        /** An API without committed capacity: its fixed costs (used with no tokens) and each workload's usage. */
        private void costFreeApi(int a) {
            e.load(List.of(new Route(n.workload(0).id(), n.api(a).id(), 0, null)), new double[] {0});
            e.run(false);
            apiFixedTco[a] = e.targetTco[a];
            apiFixedNpv[a] = e.targetNpv[a];
            double[] v = n.apiValues[a];
            double[] pf = n.priceFactor[a];
            usage[a] = new double[workloads][n.h];
            for (int w = 0; w < workloads; w++) {
                double batch = 1 - n.workloadValue(w, Input.BATCH_SHARE) * v[Input.BATCH_DISCOUNT.ordinal()];
                double cached = n.workloadValue(w, Input.CACHED_INPUT_SHARE);
                double sum = 0;
                double disc = 0;
                for (int t = 0; t < n.h; t++) {
                    double u = Components.usage(pf[t], batch, cached, v[Input.INPUT_PER_MTOK.ordinal()], n.cachedPrice(a),
                            v[Input.OUTPUT_PER_MTOK.ordinal()], n.in[w][t], n.out[w][t]);
                    usage[a][w][t] = u;
                    sum += u;
                    disc += u * n.discount[t];
                }
                usageTco[a][w] = sum;
                usageNpv[a][w] = disc;
            }
        }

        private Entry entry(int x, long set) {
            Entry found = small != null ? small[x][(int) set] : large.get(x).get(set);
            if (found != null) {
                return found;
            }
            Entry made = cost(x, set);
            if (small != null) {
                small[x][(int) set] = made;
            } else {
                large.get(x).put(set, made);
            }
            return made;
        }

        /** Costs target x serving the workloads of the set wholly. */
        private Entry cost(int x, long set) {
            boolean fixed = x >= apis && fixedDep[x - apis];
            String over = fixed ? n.api(freeApis[0]).id() : null;
            List<Route> routes = new ArrayList<>();
            for (int w = 0; w < workloads; w++) {
                if ((set >>> w & 1) != 0) {
                    routes.add(new Route(n.workload(w).id(), targetId(x), 1, over));
                }
            }
            double[] shares = new double[routes.size()];
            Arrays.fill(shares, 1);
            e.load(routes, shares);
            e.run(false);
            Entry en = new Entry();
            en.tco = e.targetTco[x];
            en.npv = e.targetNpv[x];
            if (x >= apis) {
                int d = x - apis;
                OperatingPointChoice c = e.choice[d];
                Deployment dep = n.deployment(d);
                if (c != null && c.checkNeeds()) {
                    for (int w = 0; w < workloads; w++) {
                        if ((set >>> w & 1) != 0 && Feasibility.latency(n.workload(w), dep, c) != null) {
                            en.latencyOk = false;
                        }
                    }
                }
                if (fixed) {
                    double[] phi = e.served(d);
                    en.overflowTco = new double[workloads][apis];
                    en.overflowNpv = new double[workloads][apis];
                    for (int w = 0; w < workloads; w++) {
                        if ((set >>> w & 1) == 0) {
                            continue;
                        }
                        for (int a : freeApis) {
                            double sum = 0;
                            double disc = 0;
                            for (int t = 0; t < n.h; t++) {
                                double u = (1 - phi[t]) * usage[a][w][t];
                                sum += u;
                                disc += u * n.discount[t];
                            }
                            en.overflowTco[w][a] = sum;
                            en.overflowNpv[w][a] = disc;
                        }
                    }
                }
            }
            return en;
        }

        /** Costs one assignment into tco, npv and infeasible (routes breaking a rule). */
        private void cost(int[] a) {
            Arrays.fill(mask, 0);
            Arrays.fill(used, false);
            int bad = 0;
            int cands = candTarget.length;
            for (int w = 0; w < workloads; w++) {
                int c = a[w];
                mask[candTarget[c]] |= 1L << w;
                if (candOver[c] >= 0) {
                    used[candOver[c]] = true;
                }
                if (!routeOk[w * cands + c]) {
                    bad++;
                }
            }
            double sum = 0;
            double disc = 0;
            for (int x = 0; x < apis; x++) {
                long m = mask[x];
                if (committed[x]) {
                    if (m != 0) {
                        Entry en = entry(x, m);
                        sum += en.tco;
                        disc += en.npv;
                    }
                } else if (m != 0 || used[x]) {
                    sum += apiFixedTco[x];
                    disc += apiFixedNpv[x];
                    for (int w = 0; w < workloads; w++) {
                        if ((m >>> w & 1) != 0) {
                            sum += usageTco[x][w];
                            disc += usageNpv[x][w];
                        }
                    }
                }
            }
            for (int x = apis; x < targets; x++) {
                long m = mask[x];
                if (m == 0) {
                    continue;
                }
                Entry en = entry(x, m);
                sum += en.tco;
                disc += en.npv;
                if (!en.latencyOk) {
                    bad++;
                }
                if (en.overflowTco != null) {
                    for (int w = 0; w < workloads; w++) {
                        if ((m >>> w & 1) != 0) {
                            sum += en.overflowTco[w][candOver[a[w]]];
                            disc += en.overflowNpv[w][candOver[a[w]]];
                        }
                    }
                }
            }
            tco = sum;
            npv = disc;
            infeasible = bad;
        }

        private void tick(long done, long total) {
            if (done % PROGRESS_EVERY == 0) {
                if (monitor.cancelled()) {
                    throw new CancellationException("recommend cancelled after " + done + " of " + total + " assignments");
                }
                monitor.progress(done, total);
            }
        }

        Recommendation run(int top) {
            int cands = candTarget.length;
            if (cands == 0) {
                return new Recommendation(true, 0, 0, List.of());
            }
            long total = count(cands, workloads, EXHAUSTIVE_LIMIT);
            List<Found> found = new ArrayList<>();
            boolean exhaustive = total >= 0;
            long costed;
            if (exhaustive) {
                int[] a = new int[workloads];
                for (long k = 0; k < total; k++) {
                    tick(k, total);
                    cost(a);
                    if (infeasible == 0) {
                        found.add(new Found(tco, k, a.clone()));
                    }
                    // next assignment: the last workload moves fastest
                    for (int w = workloads - 1; w >= 0; w--) {
                        if (++a[w] < cands) {
                            break;
                        }
                        a[w] = 0;
                    }
                }
                costed = total;
                monitor.progress(total, total);
            } else {
                costed = localSearch(found);
            }
            found.sort((x, y) -> Double.compare(x.tco, y.tco));
            List<Found> best = ordered(found, top);
            List<RecommendedPlan> plans = new ArrayList<>();
            for (Found f : best) {
                plans.add(plan(f.assignment));
            }
            return new Recommendation(exhaustive, costed, found.size(), plans);
        }

        /**
         * The first {@code top} of the list sorted by TCO, with runs of ties (each within
         * {@link #TIE_TOLERANCE} of the one before) put in assignment order.
         */
        private static List<Found> ordered(List<Found> sorted, int top) {
            List<Found> out = new ArrayList<>();
            int i = 0;
            while (i < sorted.size() && out.size() < top) {
                int j = i + 1;
                while (j < sorted.size() && sorted.get(j).tco - sorted.get(j - 1).tco
                        <= TIE_TOLERANCE * Math.max(Math.abs(sorted.get(j).tco), Math.abs(sorted.get(j - 1).tco))) {
                    j++;
                }
                List<Found> run = new ArrayList<>(sorted.subList(i, j));
                run.sort((x, y) -> Long.compare(x.order, y.order) != 0 ? Long.compare(x.order, y.order)
                        : Arrays.compare(x.assignment, y.assignment));
                for (Found f : run) {
                    if (out.size() < top) {
                        out.add(f);
                    }
                }
                i = j;
            }
            return out;
        }

        /** The assignment as routes, costed as a whole plan (the figures {@code evaluate} gives). */
        private RecommendedPlan plan(int[] a) {
            List<Route> routes = new ArrayList<>();
            for (int w = 0; w < workloads; w++) {
                int c = a[w];
                routes.add(new Route(n.workload(w).id(), targetId(candTarget[c]), 1,
                        candOver[c] >= 0 ? n.api(candOver[c]).id() : null));
            }
            double[] shares = new double[workloads];
            Arrays.fill(shares, 1);
            e.load(routes, shares);
            e.run(false);
            return new RecommendedPlan(e.tco(), e.npv(), routes);
        }

        /** The heuristic beyond the exhaustive limit; returns the number of distinct assignments costed. */
        private long localSearch(List<Found> found) {
            int cands = candTarget.length;
            Set<List<Integer>> seen = new HashSet<>();
            long[] budget = {0};
            List<int[]> starts = new ArrayList<>();
            int[] alone = new int[workloads];
            for (int w = 0; w < workloads; w++) {
                alone[w] = cheapestAlone(w);
            }
            starts.add(alone);
            for (int c = 0; c < cands; c++) {
                int[] all = new int[workloads];
                Arrays.fill(all, c);
                starts.add(all);
            }
            for (int[] start : starts) {
                if (budget[0] >= HEURISTIC_BUDGET) {
                    break;
                }
                int[] a = start.clone();
                record(a, seen, found, budget);
                int bestBad = infeasible;
                double bestTco = tco;
                boolean improved = true;
                while (improved && budget[0] < HEURISTIC_BUDGET) {
                    improved = false;
                    for (int w = 0; w < workloads && budget[0] < HEURISTIC_BUDGET; w++) {
                        int keep = a[w];
                        int bestC = keep;
                        for (int c = 0; c < cands; c++) {
                            if (c == keep) {
                                continue;
                            }
                            a[w] = c;
                            record(a, seen, found, budget);
                            if (infeasible < bestBad || (infeasible == bestBad && tco < bestTco)) {
                                bestBad = infeasible;
                                bestTco = tco;
                                bestC = c;
                            }
                        }
                        a[w] = bestC;
                        improved |= bestC != keep;
                    }
                }
            }
            return seen.size();
        }

        /** The candidate on which workload w alone (no other workload routed) is feasible and cheapest. */
        private int cheapestAlone(int w) {
            int best = 0;
            double bestTco = Double.POSITIVE_INFINITY;
            boolean bestOk = false;
            for (int c = 0; c < candTarget.length; c++) {
                int x = candTarget[c];
                boolean ok = routeOk[w * candTarget.length + c];
                double own;
                if (x < apis && !committed[x]) {
                    own = apiFixedTco[x] + usageTco[x][w];
                } else {
                    Entry en = entry(x, 1L << w);
                    ok &= en.latencyOk;
                    own = en.tco;
                    if (en.overflowTco != null) {
                        own += apiFixedTco[candOver[c]] + en.overflowTco[w][candOver[c]];
                    }
                }
                if ((ok && !bestOk) || (ok == bestOk && own < bestTco)) {
                    best = c;
                    bestTco = own;
                    bestOk = ok;
                }
            }
            return best;
        }

        private void record(int[] a, Set<List<Integer>> seen, List<Found> found, long[] budget) {
            cost(a);
            List<Integer> key = new ArrayList<>(workloads);
            for (int c : a) {
                key.add(c);
            }
            if (seen.add(key)) {
                budget[0]++;
                tick(budget[0], HEURISTIC_BUDGET);
                if (infeasible == 0) {
                    found.add(new Found(tco, -1, a.clone()));
                }
            }
        }
    }

    /** A feasible assignment: its TCO, its number in the exhaustive order (-1 in the heuristic), its candidates. */
    private record Found(double tco, long order, int[] assignment) {
    }
}
