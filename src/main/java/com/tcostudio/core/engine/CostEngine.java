package com.tcostudio.core.engine;

import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.HybridPolicy;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * The cost model of METHODOLOGY.md, version 1. Stateless and thread-safe: {@link #DEFAULT} serves
 * every caller. One call reads the scenario once, computes each setup month by month into
 * primitive arrays, then the break-evens.
 *
 * <p>All computation happens in a {@link Workspace}. {@link #evaluate} fills a fresh one and hands
 * its arrays over to the {@link Evaluation}; the Monte Carlo keeps one workspace per thread and
 * refills it for every sample ({@link Workspace#evaluate(double[])}), so both paths run the same
 * formulas and the simulation allocates nothing per sample.
 */
public final class CostEngine {
    public static final CostEngine DEFAULT = new CostEngine();

    /** Hours in a month: GPUs are billed and draw power this many hours. */
    public static final double HOURS_PER_MONTH = 730;
    /** Seconds in a month, the time a replica has to do the month's work. */
    public static final double SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;
    /** Prices are per million tokens. */
    public static final double TOKENS_PER_MTOK = 1e6;
    /**
     * Slack in the replica count so that a load of exactly n replicas' capacity, computed with a
     * rounding error, does not ask for n + 1.
     */
    public static final double REPLICA_EPSILON = 1e-9;

    private static final int INPUTS = Input.values().length;

    public Evaluation evaluate(Scenario s) {
        // a workspace used once: its arrays become the evaluation's, nothing is copied
        Workspace w = new Workspace(s, true);
        w.compute(s.valuesCopy());
        return w.handOver(s);
    }

    /** A workspace for evaluating many value vectors that share s's structure and horizon. */
    public Workspace workspace(Scenario s) {
        return new Workspace(s, false);
    }

    /**
     * Buffers for evaluating one scenario structure (hosting mode, amortize, hybrid policy,
     * horizon) again and again with other input values, as the Monte Carlo does for each sample.
     * It keeps only what a simulation reads (per setup: TCO, NPV, cumulative cost by month; the
     * open-vs-closed break-even month) and skips the rest of an {@link Evaluation}: the quantities
     * that feed no cost (utilization, idle capacity, discounted and per-token costs by month), the
     * discounted break-evens and crossings, the run-rates and break-even volumes.
     *
     * <p>Not thread-safe: one per thread. Monthly factors that depend only on inputs that did not
     * change since the previous call (the discount factors when the discount rate is not
     * uncertain, for instance) are kept rather than recomputed, with the same operations, so the
     * results are bit for bit those of {@link #evaluate}.
     */
    public static final class Workspace {
        /** Whether to fill the whole breakdown of an evaluation, or only the costs. */
        private final boolean detail;
        private final int horizon;
        private final Params p;
        private final Factors f;
        private final double[] in;
        private final double[] out;
        // hybrid only: the tokens each side serves
        private final double[] selfIn;
        private final double[] selfOut;
        private final double[] apiIn;
        private final double[] apiOut;
        // own mode only: purchases by month, and the months with one
        private final double[] purchase;
        private final int[] purchaseMonths;
        private final SetupResult closed;
        private final SetupResult open;
        private final SetupResult hybrid;
        private double breakEvenMonth = Double.NaN;
        private boolean used;

        private Workspace(Scenario s, boolean detail) {
            this.detail = detail;
            p = new Params(s);
            horizon = p.horizon;
            int h = horizon;
            f = new Factors(h);
            in = new double[h];
            out = new double[h];
            boolean hasHybrid = p.policy != HybridPolicy.NONE;
            selfIn = hasHybrid ? new double[h] : null;
            selfOut = hasHybrid ? new double[h] : null;
            apiIn = hasHybrid ? new double[h] : null;
            apiOut = hasHybrid ? new double[h] : null;
            boolean own = p.mode == HostingMode.OWN;
            purchase = own ? new double[h] : null;
            purchaseMonths = own ? new int[h] : null;
            closed = new SetupResult(Setup.CLOSED, h);
            open = new SetupResult(Setup.OPEN, h);
            hybrid = hasHybrid ? new SetupResult(Setup.HYBRID, h) : null;
        }

        /**
         * Evaluates the scenario with these input values (indexed by {@link Input#ordinal()}),
         * without building or validating a {@link Scenario}. The caller guarantees that the values
         * form a valid scenario of this workspace's structure: every value passes its input's
         * {@link Input#rule() rule}, and whole-number inputs are those of the scenario the
         * workspace was made for. The horizon, which sizes the buffers, is checked.
         */
        public void evaluate(double[] values) {
            if (values.length != INPUTS) {
                throw new IllegalArgumentException("expected " + INPUTS + " values, got " + values.length);
            }
            if (values[Input.HORIZON_MONTHS.ordinal()] != horizon) {
                throw new IllegalArgumentException("this workspace evaluates " + horizon + " months, not "
                        + Scenario.format(values[Input.HORIZON_MONTHS.ordinal()]));
            }
            compute(values);
            breakEvenMonth = crossings(open.cumulative, open.once, closed.cumulative, closed.once, null, null);
        }

        /** Total cost over the horizon of the last evaluation. */
        public double tco(Setup setup) {
            return result(setup).tco;
        }

        public double npv(Setup setup) {
            return result(setup).npv;
        }

        /** Cumulative cost at the end of month index i. */
        public double cumulative(Setup setup, int i) {
            return result(setup).cumulative[i];
        }

        /** Copies the cumulative cost of every month into {@code into}, from index {@code at}. */
        public void copyCumulative(Setup setup, double[] into, int at) {
            System.arraycopy(result(setup).cumulative, 0, into, at, horizon);
        }

        /** Open vs closed: the first crossing down in fractional months, 0 from the start, NaN never. */
        public double breakEvenMonth() {
            return breakEvenMonth;
        }

        private SetupResult result(Setup setup) {
            switch (setup) {
                case CLOSED:
                    return closed;
                case OPEN:
                    return open;
                default:
                    if (hybrid == null) {
                        throw new IllegalArgumentException("the scenario has no " + setup.key() + " setup");
                    }
                    return hybrid;
            }
        }

        /** The monthly breakdown of every setup: the whole cost model but the break-evens. */
        private void compute(double[] values) {
            if (used) {
                // the sides add into the categories
                closed.clear();
                open.clear();
                if (hybrid != null) {
                    hybrid.clear();
                }
            }
            used = true;
            p.read(values);
            f.update(p);
            workload(p, f, in, out);
            closedSide(p, f, in, out, closed);
            finish(closed, f, in, out, detail);
            openSide(p, f, in, out, -1, purchase, purchaseMonths, detail, open);
            finish(open, f, in, out, detail);
            if (hybrid != null) {
                split(p, in, out, selfIn, selfOut, apiIn, apiOut);
                int fixedServing = p.policy == HybridPolicy.SPILLOVER ? p.selfHostedReplicas : -1;
                openSide(p, f, selfIn, selfOut, fixedServing, purchase, purchaseMonths, detail, hybrid);
                closedSide(p, f, apiIn, apiOut, hybrid);
                finish(hybrid, f, in, out, detail);
            }
        }

        /** The full evaluation. Only for a workspace used once: the evaluation takes its arrays. */
        private Evaluation handOver(Scenario s) {
            EnumMap<Setup, SetupResult> setups = new EnumMap<>(Setup.class);
            setups.put(Setup.CLOSED, closed);
            setups.put(Setup.OPEN, open);
            EnumMap<Pair, BreakEven> breakEvens = new EnumMap<>(Pair.class);
            breakEvens.put(Pair.OPEN_VS_CLOSED, breakEven(open, closed, f.discount));
            if (hybrid != null) {
                setups.put(Setup.HYBRID, hybrid);
                breakEvens.put(Pair.HYBRID_VS_CLOSED, breakEven(hybrid, closed, f.discount));
                breakEvens.put(Pair.OPEN_VS_HYBRID, breakEven(open, hybrid, f.discount));
            }
            return new Evaluation(s, in, out, setups, breakEvens, runRates(p, f));
        }
    }

    /** I(m) and O(m): compound growth, then the plateau caps their sum keeping the mix. */
    static void workload(Params p, Factors f, double[] in, double[] out) {
        for (int t = 0; t < p.horizon; t++) {
            double growth = f.growth[t];
            double i = p.inputTokens * growth;
            double o = p.outputTokens * growth;
            double sum = i + o;
            if (!Double.isNaN(p.plateau) && sum > p.plateau) {
                double scale = p.plateau / sum;
                i *= scale;
                o *= scale;
            }
            in[t] = i;
            out[t] = o;
        }
    }

    /**
     * Monthly factors shared by all setups. Each array depends on one or two inputs only and is
     * recomputed when one of those changed since the last {@link #update}: in a simulation most
     * inputs stay at their base value, and these powers are most of an evaluation's arithmetic.
     */
    static final class Factors {
        /** (1 + monthlyGrowth)^t */
        final double[] growth;
        final double[] fte;
        final double[] priceFactor;
        final double[] gpuFactor;
        /** 1 / (1 + monthlyRate)^t */
        final double[] discount;
        double monthlyRate;
        /** (1 + salaryGrowth)^floor(t / 12), apart from the FTE cost so that either can vary alone. */
        private final double[] salarySteps;
        // the inputs each array was last computed from
        private final Memo growthOf = new Memo();
        private final Memo salaryOf = new Memo();
        private final Memo fteOf = new Memo();
        private final Memo priceOf = new Memo();
        private final Memo gpuOf = new Memo();
        private final Memo rateOf = new Memo();

        Factors(int h) {
            growth = new double[h];
            fte = new double[h];
            priceFactor = new double[h];
            gpuFactor = new double[h];
            discount = new double[h];
            salarySteps = new double[h];
        }

        void update(Params p) {
            int h = p.horizon;
            if (growthOf.changed(p.monthlyGrowth)) {
                for (int t = 0; t < h; t++) {
                    growth[t] = Math.pow(1 + p.monthlyGrowth, t);
                }
            }
            boolean newSteps = salaryOf.changed(p.salaryGrowth);
            if (newSteps) {
                for (int t = 0; t < h; t++) {
                    salarySteps[t] = Math.pow(1 + p.salaryGrowth, Math.floor(t / 12.0));
                }
            }
            // both sides must be asked, so that each memo keeps its input
            if (fteOf.changed(p.ftePerYear) | newSteps) {
                for (int t = 0; t < h; t++) {
                    fte[t] = p.ftePerYear / 12 * salarySteps[t];
                }
            }
            if (priceOf.changed(p.apiPriceChange)) {
                for (int t = 0; t < h; t++) {
                    priceFactor[t] = Math.pow(1 + p.apiPriceChange, t / 12.0);
                }
            }
            if (gpuOf.changed(p.gpuPriceChange)) {
                for (int t = 0; t < h; t++) {
                    gpuFactor[t] = Math.pow(1 + p.gpuPriceChange, t / 12.0);
                }
            }
            if (rateOf.changed(p.discountRate)) {
                monthlyRate = Math.pow(1 + p.discountRate, 1.0 / 12) - 1;
                for (int t = 0; t < h; t++) {
                    discount[t] = 1 / Math.pow(1 + monthlyRate, t);
                }
            }
        }
    }

    /** The input an array of factors was last computed from, compared bit for bit. */
    private static final class Memo {
        private boolean set;
        private long bits;

        /** Whether v differs from the remembered input; remembers v. */
        boolean changed(double v) {
            long b = Double.doubleToRawLongBits(v);
            boolean changed = !set || b != bits;
            set = true;
            bits = b;
            return changed;
        }
    }

    /** API usage, platform fee and integration staff on the given tokens, added into r. */
    private static void closedSide(Params p, Factors f, double[] in, double[] out, SetupResult r) {
        double[] usage = r.categories[Category.API_USAGE.ordinal()];
        double[] platform = r.categories[Category.API_PLATFORM.ordinal()];
        double[] integration = r.categories[Category.INTEGRATION.ordinal()];
        double batch = 1 - p.batchShare * p.batchDiscount;
        for (int t = 0; t < p.horizon; t++) {
            double i = in[t];
            usage[t] += f.priceFactor[t] * batch / TOKENS_PER_MTOK
                    * (i * (1 - p.cachedShare) * p.inputPrice + i * p.cachedShare * p.cachedPrice
                    + out[t] * p.outputPrice);
            platform[t] += p.platformFee;
            integration[t] += p.integrationFte * f.fte[t];
        }
    }

    /**
     * The self-hosted side on the given tokens, added into r. {@code fixedServing} is the serving
     * replica count of a spillover fleet, or -1 to size replicas by load. {@code purchase} and
     * {@code purchaseMonths} are scratch space in own mode (null otherwise). Without
     * {@code detail}, utilization and idle capacity are not computed.
     */
    private static void openSide(Params p, Factors f, double[] in, double[] out, int fixedServing,
                                 double[] purchase, int[] purchaseMonths, boolean detail, SetupResult r) {
        int h = p.horizon;
        double[][] c = r.categories;
        double[] compute = c[Category.COMPUTE.ordinal()];
        double[] power = c[Category.POWER.ordinal()];
        double[] colocation = c[Category.COLOCATION.ordinal()];
        double[] maintenance = c[Category.MAINTENANCE.ordinal()];
        double[] residual = c[Category.RESIDUAL.ordinal()];
        double[] ops = c[Category.OPS.ordinal()];
        double[] setup = c[Category.SETUP.ordinal()];
        double[] upgrades = c[Category.UPGRADES.ordinal()];
        double[] tooling = c[Category.TOOLING.ordinal()];
        double[] other = c[Category.OTHER.ordinal()];
        boolean own = p.mode == HostingMode.OWN;
        boolean cash = own && !p.amortize;
        // the cash view pays purchases as they fall; its accrual figures only feed idle capacity
        boolean accrualNeeded = !cash || detail;
        // purchases by month (own mode); purchaseMonths lists the months with one, in order
        int purchases = 0;
        double fleetBefore = 0;
        double purchasedSoFar = 0;
        double depreciable = 1 - p.residualShare;

        for (int t = 0; t < h; t++) {
            double loadAvg = in[t] / (SECONDS_PER_MONTH * p.prefill) + out[t] / (SECONDS_PER_MONTH * p.decode);
            double replicas;
            if (fixedServing >= 0) {
                replicas = fixedServing + p.redundant;
            } else {
                double loadPeak = p.peakToAverage * loadAvg;
                replicas = Math.max(p.minReplicas, Math.ceil(loadPeak / p.targetUtilization - REPLICA_EPSILON))
                        + p.redundant;
            }
            double gpus = replicas * p.gpusPerReplica;
            r.replicas[t] = replicas;
            r.gpus[t] = gpus;
            if (detail) {
                r.utilization[t] = replicas > 0 ? loadAvg / replicas : 0;
            }

            double staffedGpus;
            double onceCompute = 0;
            if (!own) {
                double cost = gpus * p.gpuHourly * HOURS_PER_MONTH * f.gpuFactor[t];
                compute[t] += cost;
                if (detail) {
                    double busy = replicas > 0 ? loadAvg / replicas : 0;
                    r.idleCapacity[t] += cost * (1 - busy);
                }
                staffedGpus = gpus;
            } else {
                double fleet = Math.max(fleetBefore, gpus);
                double bought = fleet - fleetBefore;
                // the scratch array may hold an earlier evaluation's purchases
                purchase[t] = 0;
                if (bought > 0) {
                    purchase[t] = bought * p.capexPerGpu * f.gpuFactor[t];
                    purchaseMonths[purchases++] = t;
                    purchasedSoFar += purchase[t];
                }
                double pw = fleet * p.powerWatts / 1000 * p.pue * HOURS_PER_MONTH * p.energyPerKwh;
                double colo = fleet * p.colocationPerGpuMonth;
                double maint = purchasedSoFar * p.maintenancePerYear / 12;
                // accrual view: straight-line depreciation plus the capital charge on book value at
                // the start of the month; also the base of idle capacity in both views
                double depreciation = 0;
                double bookAtStart = 0;
                if (accrualNeeded) {
                    for (int j = 0; j < purchases; j++) {
                        int k = purchaseMonths[j];
                        double age = t - k;
                        if (age < p.depreciationMonths) {
                            depreciation += purchase[k] * depreciable / p.depreciationMonths;
                        }
                        bookAtStart += purchase[k] * (1 - depreciable * Math.min(1, age / p.depreciationMonths));
                    }
                }
                double accrual = depreciation + f.monthlyRate * bookAtStart;
                double cost = cash ? purchase[t] : accrual;
                compute[t] += cost;
                if (cash) {
                    onceCompute = cost;
                }
                power[t] += pw;
                colocation[t] += colo;
                maintenance[t] += maint;
                if (detail) {
                    double servingUnits = fleet / p.gpusPerReplica;
                    double busy = servingUnits > 0 ? loadAvg / servingUnits : 0;
                    r.idleCapacity[t] += (accrual + pw + colo + maint) * (1 - busy);
                }
                staffedGpus = fleet;
                fleetBefore = fleet;
            }
            ops[t] += (p.baseFte + p.ftePerGpu * staffedGpus) * f.fte[t];
            double setupCost = t == 0 ? p.setupPersonMonths * f.fte[0] + p.setupOneTimeCost : 0;
            double upgradeCost = p.upgradeEvery > 0 && t > 0 && t % p.upgradeEvery == 0
                    ? p.upgradePersonMonths * f.fte[t] : 0;
            setup[t] += setupCost;
            upgrades[t] += upgradeCost;
            tooling[t] += p.toolingPerMonth;
            other[t] += p.otherPerMonth;
            r.once[t] += setupCost + upgradeCost + onceCompute;
        }
        if (cash) {
            // owned GPUs keep their book value at the end of the horizon; it comes back in month H
            double book = 0;
            for (int j = 0; j < purchases; j++) {
                int k = purchaseMonths[j];
                book += purchase[k] * (1 - depreciable * Math.min(1, (double) (h - k) / p.depreciationMonths));
            }
            residual[h - 1] += -book;
        }
    }

    /** The hybrid's tokens: what the self-hosted part serves and what goes to the API. */
    private static void split(Params p, double[] in, double[] out, double[] selfIn, double[] selfOut,
                              double[] apiIn, double[] apiOut) {
        int h = p.horizon;
        if (p.policy == HybridPolicy.SHARE) {
            double s = p.selfHostedShare;
            for (int t = 0; t < h; t++) {
                selfIn[t] = s * in[t];
                selfOut[t] = s * out[t];
                apiIn[t] = (1 - s) * in[t];
                apiOut[t] = (1 - s) * out[t];
            }
        } else {
            int fixedServing = p.selfHostedReplicas;
            for (int t = 0; t < h; t++) {
                double loadPeak = p.peakToAverage
                        * (in[t] / (SECONDS_PER_MONTH * p.prefill) + out[t] / (SECONDS_PER_MONTH * p.decode));
                double phi = loadPeak > 0 ? Math.min(1, fixedServing * p.targetUtilization / loadPeak) : 1;
                selfIn[t] = phi * in[t];
                selfOut[t] = phi * out[t];
                apiIn[t] = (1 - phi) * in[t];
                apiOut[t] = (1 - phi) * out[t];
            }
        }
    }

    /**
     * Totals, cumulative cost, TCO and NPV from the categories; with {@code detail} also the
     * discounted and per-token costs by month.
     */
    private static void finish(SetupResult r, Factors f, double[] in, double[] out, boolean detail) {
        double cumulative = 0;
        double npv = 0;
        for (int t = 0; t < r.months(); t++) {
            double total = 0;
            for (double[] category : r.categories) {
                total += category[t];
            }
            r.total[t] = total;
            cumulative += total;
            r.cumulative[t] = cumulative;
            double d = total * f.discount[t];
            npv += d;
            if (detail) {
                r.discounted[t] = d;
                r.cumulativeDiscounted[t] = npv;
                double tokens = in[t] + out[t];
                r.costPerMTok[t] = tokens > 0 ? total / (tokens / TOKENS_PER_MTOK) : Double.NaN;
            }
        }
        r.tco = cumulative;
        r.npv = npv;
    }

    /** Break-even of a against b, nominal and discounted (one-time costs discounted like the rest). */
    static BreakEven breakEven(SetupResult a, SetupResult b, double[] discount) {
        List<BreakEven.Crossing> crossings = new ArrayList<>();
        double month = crossings(a.cumulative, a.once, b.cumulative, b.once, null, crossings);
        double discountedMonth = crossings(a.cumulativeDiscounted, a.once, b.cumulativeDiscounted, b.once,
                discount, null);
        return new BreakEven(month, discountedMonth, crossings);
    }

    /**
     * Walks the gap d(m) = cumA(m) - cumB(m): in month m it jumps from d(m-1) to
     * e(m) = d(m-1) + onceA(m) - onceB(m) when one-time costs fall, then moves in a straight line
     * to d(m). Records every sign change into {@code out} (when not null) and returns the first
     * crossing down, 0 when A is no dearer from the start, NaN when never.
     */
    static double crossings(double[] cumA, double[] onceA, double[] cumB, double[] onceB, double[] onceDiscount,
                            List<BreakEven.Crossing> out) {
        double d = 0;
        double first = Double.NaN;
        boolean noDearerFromStart = false;
        for (int t = 0; t < cumA.length; t++) {
            double scale = onceDiscount == null ? 1 : onceDiscount[t];
            double e = d + (onceA[t] - onceB[t]) * scale;
            double next = cumA[t] - cumB[t];
            if (t == 0) {
                noDearerFromStart = e <= 0;
            } else if (d > 0 && e <= 0) {
                first = record(first, t, true, out);
            } else if (d <= 0 && e > 0) {
                record(first, t, false, out);
            }
            if (e > 0 && next <= 0) {
                first = record(first, t + e / (e - next), true, out);
            } else if (e <= 0 && next > 0) {
                record(first, t + e / (e - next), false, out);
            }
            d = next;
        }
        return noDearerFromStart ? 0 : first;
    }

    private static double record(double first, double month, boolean down, List<BreakEven.Crossing> out) {
        if (out != null) {
            out.add(new BreakEven.Crossing(month, down));
        }
        return down && Double.isNaN(first) ? month : first;
    }

    /** Run-rates at month-1 prices for the break-even volume and the cost-against-volume chart. */
    private static RunRates runRates(Params p, Factors f) {
        double volume = p.inputTokens + p.outputTokens;
        boolean mixDefined = volume > 0;
        double alpha = mixDefined ? p.inputTokens / volume : 0.5;
        double fte1 = f.fte[0];
        double k = (1 - p.batchShare * p.batchDiscount) / TOKENS_PER_MTOK
                * (alpha * (1 - p.cachedShare) * p.inputPrice + alpha * p.cachedShare * p.cachedPrice
                + (1 - alpha) * p.outputPrice);
        double a = p.platformFee + p.integrationFte * fte1;

        double perGpu;
        if (p.mode == HostingMode.RENT) {
            perGpu = p.gpuHourly * HOURS_PER_MONTH;
        } else {
            perGpu = p.capexPerGpu * ((1 - p.residualShare) / p.depreciationMonths + p.maintenancePerYear / 12)
                    + p.powerWatts / 1000 * p.pue * HOURS_PER_MONTH * p.energyPerKwh
                    + p.colocationPerGpuMonth;
        }
        perGpu += p.ftePerGpu * fte1;
        double perReplica = perGpu * p.gpusPerReplica;
        double upgrades = p.upgradeEvery > 0 ? p.upgradePersonMonths * fte1 / p.upgradeEvery : 0;
        double fixed = p.baseFte * fte1 + upgrades + p.toolingPerMonth + p.otherPerMonth
                + perReplica * p.redundant;
        double loadPerToken = alpha / (SECONDS_PER_MONTH * p.prefill) + (1 - alpha) / (SECONDS_PER_MONTH * p.decode);
        return new RunRates(a, k, fixed, perReplica, p.minReplicas, loadPerToken,
                p.peakToAverage / p.targetUtilization, mixDefined);
    }

    /**
     * The inputs read into fields, so the monthly loops do no lookups. The structure (horizon,
     * hosting mode, amortize, hybrid policy) is fixed; the values are read again for each
     * evaluation of a workspace.
     */
    static final class Params {
        final int horizon;
        final HostingMode mode;
        final boolean amortize;
        final HybridPolicy policy;
        double discountRate, salaryGrowth, ftePerYear;
        double inputTokens, outputTokens, monthlyGrowth, plateau, peakToAverage, cachedShare, batchShare;
        double inputPrice, outputPrice, cachedPrice, batchDiscount, apiPriceChange, platformFee, integrationFte;
        int gpusPerReplica, minReplicas, redundant, upgradeEvery;
        double prefill, decode, targetUtilization, gpuPriceChange, baseFte, ftePerGpu;
        double setupPersonMonths, setupOneTimeCost, upgradePersonMonths, toolingPerMonth, otherPerMonth;
        double gpuHourly, capexPerGpu, residualShare, maintenancePerYear, powerWatts, pue, energyPerKwh,
                colocationPerGpuMonth;
        int depreciationMonths;
        double selfHostedShare;
        int selfHostedReplicas;

        Params(Scenario s) {
            horizon = s.horizonMonths();
            mode = s.hostingMode();
            amortize = s.amortize();
            policy = s.hybridPolicy();
        }

        /** Reads input values indexed by {@link Input#ordinal()}, as {@link Scenario#get} would give them. */
        void read(double[] v) {
            discountRate = v[Input.ANNUAL_DISCOUNT_RATE.ordinal()];
            salaryGrowth = v[Input.SALARY_GROWTH_PER_YEAR.ordinal()];
            ftePerYear = v[Input.LOADED_ANNUAL_COST_PER_FTE.ordinal()];
            inputTokens = v[Input.INPUT_TOKENS_PER_MONTH.ordinal()];
            outputTokens = v[Input.OUTPUT_TOKENS_PER_MONTH.ordinal()];
            monthlyGrowth = v[Input.MONTHLY_GROWTH.ordinal()];
            plateau = v[Input.PLATEAU_TOKENS_PER_MONTH.ordinal()];
            peakToAverage = v[Input.PEAK_TO_AVERAGE.ordinal()];
            cachedShare = v[Input.CACHED_INPUT_SHARE.ordinal()];
            batchShare = v[Input.BATCH_SHARE.ordinal()];
            inputPrice = v[Input.INPUT_PER_MTOK.ordinal()];
            outputPrice = v[Input.OUTPUT_PER_MTOK.ordinal()];
            // no cached price means no cache discount (the test of Scenario.has)
            double cached = v[Input.CACHED_INPUT_PER_MTOK.ordinal()];
            cachedPrice = !Double.isNaN(cached) && Input.CACHED_INPUT_PER_MTOK.appliesTo(mode, policy)
                    ? cached : inputPrice;
            batchDiscount = v[Input.BATCH_DISCOUNT.ordinal()];
            apiPriceChange = v[Input.ANNUAL_PRICE_CHANGE.ordinal()];
            platformFee = v[Input.PLATFORM_FEE_PER_MONTH.ordinal()];
            integrationFte = v[Input.INTEGRATION_FTE.ordinal()];
            gpusPerReplica = (int) v[Input.GPUS_PER_REPLICA.ordinal()];
            prefill = v[Input.PREFILL_TOKENS_PER_SECOND.ordinal()];
            decode = v[Input.DECODE_TOKENS_PER_SECOND.ordinal()];
            targetUtilization = v[Input.TARGET_UTILIZATION.ordinal()];
            minReplicas = (int) v[Input.MIN_REPLICAS.ordinal()];
            redundant = (int) v[Input.REDUNDANT_REPLICAS.ordinal()];
            gpuPriceChange = v[Input.ANNUAL_GPU_PRICE_CHANGE.ordinal()];
            baseFte = v[Input.BASE_FTE.ordinal()];
            ftePerGpu = v[Input.FTE_PER_GPU.ordinal()];
            setupPersonMonths = v[Input.SETUP_PERSON_MONTHS.ordinal()];
            setupOneTimeCost = v[Input.SETUP_ONE_TIME_COST.ordinal()];
            upgradeEvery = (int) v[Input.UPGRADE_EVERY_MONTHS.ordinal()];
            upgradePersonMonths = v[Input.UPGRADE_PERSON_MONTHS.ordinal()];
            toolingPerMonth = v[Input.TOOLING_PER_MONTH.ordinal()];
            otherPerMonth = v[Input.OTHER_PER_MONTH.ordinal()];
            boolean own = mode == HostingMode.OWN;
            gpuHourly = own ? 0 : v[Input.GPU_HOURLY.ordinal()];
            capexPerGpu = own ? v[Input.CAPEX_PER_GPU.ordinal()] : 0;
            depreciationMonths = own ? (int) v[Input.DEPRECIATION_MONTHS.ordinal()] : 1;
            residualShare = own ? v[Input.RESIDUAL_SHARE.ordinal()] : 0;
            maintenancePerYear = own ? v[Input.MAINTENANCE_PER_YEAR.ordinal()] : 0;
            powerWatts = own ? v[Input.POWER_WATTS_PER_GPU.ordinal()] : 0;
            pue = own ? v[Input.PUE.ordinal()] : 1;
            energyPerKwh = own ? v[Input.ENERGY_PER_KWH.ordinal()] : 0;
            colocationPerGpuMonth = own ? v[Input.COLOCATION_PER_GPU_MONTH.ordinal()] : 0;
            selfHostedShare = policy == HybridPolicy.SHARE ? v[Input.SELF_HOSTED_SHARE.ordinal()] : 0;
            selfHostedReplicas = policy == HybridPolicy.SPILLOVER ? (int) v[Input.SELF_HOSTED_REPLICAS.ordinal()] : 0;
        }
    }
}
