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
        // the self-hosted side's load by month, scratch
        private final double[] loadAvg;
        private final double[] loadPeak;
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
            loadAvg = new double[h];
            loadPeak = new double[h];
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
            openSide(p, f, in, out, -1, purchase, purchaseMonths, loadAvg, loadPeak, detail, open);
            finish(open, f, in, out, detail);
            if (hybrid != null) {
                split(p, in, out, selfIn, selfOut, apiIn, apiOut);
                int fixedServing = p.policy == HybridPolicy.SPILLOVER ? p.selfHostedReplicas : -1;
                openSide(p, f, selfIn, selfOut, fixedServing, purchase, purchaseMonths, loadAvg, loadPeak, detail,
                        hybrid);
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

    /** I(m) and O(m) of the scenario's workload. */
    static void workload(Params p, Factors f, double[] in, double[] out) {
        Components.tokens(p.inputTokens, p.outputTokens, p.plateau, f.growth, in, out, p.horizon);
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
                Components.monthly(p.monthlyGrowth, growth, h);
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
                Components.yearly(p.apiPriceChange, priceFactor, h);
            }
            if (gpuOf.changed(p.gpuPriceChange)) {
                Components.yearly(p.gpuPriceChange, gpuFactor, h);
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
            usage[t] += Components.usage(f.priceFactor[t], batch, p.cachedShare, p.inputPrice, p.cachedPrice,
                    p.outputPrice, i, out[t]);
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
                                 double[] purchase, int[] purchaseMonths, double[] loadAvg, double[] loadPeak,
                                 boolean detail, SetupResult r) {
        FleetSpec q = p.open;
        for (int t = 0; t < p.horizon; t++) {
            double avg = Components.load(in[t], out[t], q.prefill, q.decode);
            loadAvg[t] = avg;
            loadPeak[t] = p.peakToAverage * avg;
        }
        q.fixedServing = fixedServing;
        Components.fleet(q, f.gpuFactor, f.fte, f.monthlyRate, loadAvg, loadPeak, p.horizon, detail, r.categories,
                r.once, r.replicas, r.gpus, r.utilization, r.idleCapacity, purchase, purchaseMonths);
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
                double loadPeak = p.peakToAverage * Components.load(in[t], out[t], p.open.prefill, p.open.decode);
                double phi = loadPeak > 0 ? Math.min(1, fixedServing * p.open.targetUtilization / loadPeak) : 1;
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
        double[] tcoNpv = r.tcoNpv;
        Components.finish(r.categories, r.total, r.cumulative, r.discounted, r.cumulativeDiscounted, r.costPerMTok,
                f.discount, in, out, r.months(), detail, tcoNpv);
        r.tco = tcoNpv[0];
        r.npv = tcoNpv[1];
    }

    /** Break-even of a against b, nominal and discounted (one-time costs discounted like the rest). */
    static BreakEven breakEven(SetupResult a, SetupResult b, double[] discount) {
        return Components.breakEven(a.cumulative, a.cumulativeDiscounted, a.once, b.cumulative,
                b.cumulativeDiscounted, b.once, discount);
    }

    static double crossings(double[] cumA, double[] onceA, double[] cumB, double[] onceB, double[] onceDiscount,
                            List<BreakEven.Crossing> out) {
        return Components.crossings(cumA, onceA, cumB, onceB, onceDiscount, out);
    }

    /** Run-rates at month-1 prices for the break-even volume and the cost-against-volume chart. */
    private static RunRates runRates(Params p, Factors f) {
        double volume = p.inputTokens + p.outputTokens;
        boolean mixDefined = volume > 0;
        double alpha = mixDefined ? p.inputTokens / volume : 0.5;
        double fte1 = f.fte[0];
        // the usage price of one token at the scenario's mix, at month-1 prices
        double k = Components.usage(1, 1 - p.batchShare * p.batchDiscount, p.cachedShare, p.inputPrice, p.cachedPrice,
                p.outputPrice, alpha, 1 - alpha);
        double a = p.platformFee + p.integrationFte * fte1;

        FleetSpec q = p.open;
        double perReplica = Components.perGpuMonth(q, fte1) * q.gpusPerReplica;
        double fixed = Components.fleetFixedPerMonth(q, fte1) + perReplica * q.redundant;
        double loadPerToken = Components.load(alpha, 1 - alpha, q.prefill, q.decode);
        return new RunRates(a, k, fixed, perReplica, q.minReplicas, loadPerToken,
                p.peakToAverage / q.targetUtilization, mixDefined);
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
        double gpuPriceChange;
        /** The self-hosted fleet's numbers, read by the shared fleet formulas. */
        final FleetSpec open = new FleetSpec();
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
            gpuPriceChange = v[Input.ANNUAL_GPU_PRICE_CHANGE.ordinal()];
            open.read(v, mode, amortize);
            selfHostedShare = policy == HybridPolicy.SHARE ? v[Input.SELF_HOSTED_SHARE.ordinal()] : 0;
            selfHostedReplicas = policy == HybridPolicy.SPILLOVER ? (int) v[Input.SELF_HOSTED_REPLICAS.ordinal()] : 0;
        }
    }
}
