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
 * <p>It is called thousands of times per interaction by the Monte Carlo, so the monthly loops
 * allocate nothing and compute each power once per month.
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

    private static final Category[] CATEGORIES = Category.all();

    public Evaluation evaluate(Scenario s) {
        Params p = new Params(s);
        int h = p.horizon;
        double[] in = new double[h];
        double[] out = new double[h];
        workload(p, in, out);
        Factors f = new Factors(p);

        EnumMap<Setup, SetupResult> setups = new EnumMap<>(Setup.class);
        SetupResult closed = new SetupResult(Setup.CLOSED, h);
        closedSide(p, f, in, out, closed);
        finish(closed, f, in, out);
        setups.put(Setup.CLOSED, closed);

        SetupResult open = new SetupResult(Setup.OPEN, h);
        openSide(p, f, in, out, -1, open);
        finish(open, f, in, out);
        setups.put(Setup.OPEN, open);

        EnumMap<Pair, BreakEven> breakEvens = new EnumMap<>(Pair.class);
        breakEvens.put(Pair.OPEN_VS_CLOSED, breakEven(open, closed, f.discount));
        if (p.policy != HybridPolicy.NONE) {
            SetupResult hybrid = new SetupResult(Setup.HYBRID, h);
            hybrid(p, f, in, out, hybrid);
            finish(hybrid, f, in, out);
            setups.put(Setup.HYBRID, hybrid);
            breakEvens.put(Pair.HYBRID_VS_CLOSED, breakEven(hybrid, closed, f.discount));
            breakEvens.put(Pair.OPEN_VS_HYBRID, breakEven(open, hybrid, f.discount));
        }
        return new Evaluation(s, in, out, setups, breakEvens, runRates(p, f));
    }

    /** I(m) and O(m): compound growth, then the plateau caps their sum keeping the mix. */
    static void workload(Params p, double[] in, double[] out) {
        for (int t = 0; t < p.horizon; t++) {
            double growth = Math.pow(1 + p.monthlyGrowth, t);
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

    /** Monthly factors shared by all setups. */
    static final class Factors {
        final double[] fte;
        final double[] priceFactor;
        final double[] gpuFactor;
        /** 1 / (1 + monthlyRate)^t */
        final double[] discount;
        final double monthlyRate;

        Factors(Params p) {
            int h = p.horizon;
            fte = new double[h];
            priceFactor = new double[h];
            gpuFactor = new double[h];
            discount = new double[h];
            monthlyRate = Math.pow(1 + p.discountRate, 1.0 / 12) - 1;
            for (int t = 0; t < h; t++) {
                fte[t] = p.ftePerYear / 12 * Math.pow(1 + p.salaryGrowth, Math.floor(t / 12.0));
                priceFactor[t] = Math.pow(1 + p.apiPriceChange, t / 12.0);
                gpuFactor[t] = Math.pow(1 + p.gpuPriceChange, t / 12.0);
                discount[t] = 1 / Math.pow(1 + monthlyRate, t);
            }
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
     * replica count of a spillover fleet, or -1 to size replicas by load.
     */
    private static void openSide(Params p, Factors f, double[] in, double[] out, int fixedServing, SetupResult r) {
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
        // purchases by month (own mode); purchaseMonths lists the months with one, in order
        double[] purchase = own ? new double[h] : null;
        int[] purchaseMonths = own ? new int[h] : null;
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
            r.utilization[t] = replicas > 0 ? loadAvg / replicas : 0;

            double staffedGpus;
            double onceCompute = 0;
            if (!own) {
                double cost = gpus * p.gpuHourly * HOURS_PER_MONTH * f.gpuFactor[t];
                compute[t] += cost;
                double busy = replicas > 0 ? loadAvg / replicas : 0;
                r.idleCapacity[t] += cost * (1 - busy);
                staffedGpus = gpus;
            } else {
                double fleet = Math.max(fleetBefore, gpus);
                double bought = fleet - fleetBefore;
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
                for (int j = 0; j < purchases; j++) {
                    int k = purchaseMonths[j];
                    double age = t - k;
                    if (age < p.depreciationMonths) {
                        depreciation += purchase[k] * depreciable / p.depreciationMonths;
                    }
                    bookAtStart += purchase[k] * (1 - depreciable * Math.min(1, age / p.depreciationMonths));
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
                double servingUnits = fleet / p.gpusPerReplica;
                double busy = servingUnits > 0 ? loadAvg / servingUnits : 0;
                r.idleCapacity[t] += (accrual + pw + colo + maint) * (1 - busy);
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

    private static void hybrid(Params p, Factors f, double[] in, double[] out, SetupResult r) {
        int h = p.horizon;
        double[] selfIn = new double[h];
        double[] selfOut = new double[h];
        double[] apiIn = new double[h];
        double[] apiOut = new double[h];
        int fixedServing = -1;
        if (p.policy == HybridPolicy.SHARE) {
            double s = p.selfHostedShare;
            for (int t = 0; t < h; t++) {
                selfIn[t] = s * in[t];
                selfOut[t] = s * out[t];
                apiIn[t] = (1 - s) * in[t];
                apiOut[t] = (1 - s) * out[t];
            }
        } else {
            fixedServing = p.selfHostedReplicas;
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
        openSide(p, f, selfIn, selfOut, fixedServing, r);
        closedSide(p, f, apiIn, apiOut, r);
    }

    /** Totals, cumulative, discounted and cost per MTok from the categories. */
    private static void finish(SetupResult r, Factors f, double[] in, double[] out) {
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
            r.discounted[t] = d;
            npv += d;
            r.cumulativeDiscounted[t] = npv;
            double tokens = in[t] + out[t];
            r.costPerMTok[t] = tokens > 0 ? total / (tokens / TOKENS_PER_MTOK) : Double.NaN;
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

    /** The scenario's inputs read once into fields, so the monthly loops do no lookups. */
    static final class Params {
        final int horizon;
        final double discountRate, salaryGrowth, ftePerYear;
        final double inputTokens, outputTokens, monthlyGrowth, plateau, peakToAverage, cachedShare, batchShare;
        final double inputPrice, outputPrice, cachedPrice, batchDiscount, apiPriceChange, platformFee, integrationFte;
        final int gpusPerReplica, minReplicas, redundant, upgradeEvery;
        final double prefill, decode, targetUtilization, gpuPriceChange, baseFte, ftePerGpu;
        final double setupPersonMonths, setupOneTimeCost, upgradePersonMonths, toolingPerMonth, otherPerMonth;
        final HostingMode mode;
        final boolean amortize;
        final double gpuHourly, capexPerGpu, residualShare, maintenancePerYear, powerWatts, pue, energyPerKwh,
                colocationPerGpuMonth;
        final int depreciationMonths;
        final HybridPolicy policy;
        final double selfHostedShare;
        final int selfHostedReplicas;

        Params(Scenario s) {
            horizon = s.horizonMonths();
            discountRate = s.get(Input.ANNUAL_DISCOUNT_RATE);
            salaryGrowth = s.get(Input.SALARY_GROWTH_PER_YEAR);
            ftePerYear = s.get(Input.LOADED_ANNUAL_COST_PER_FTE);
            inputTokens = s.get(Input.INPUT_TOKENS_PER_MONTH);
            outputTokens = s.get(Input.OUTPUT_TOKENS_PER_MONTH);
            monthlyGrowth = s.get(Input.MONTHLY_GROWTH);
            plateau = s.get(Input.PLATEAU_TOKENS_PER_MONTH);
            peakToAverage = s.get(Input.PEAK_TO_AVERAGE);
            cachedShare = s.get(Input.CACHED_INPUT_SHARE);
            batchShare = s.get(Input.BATCH_SHARE);
            inputPrice = s.get(Input.INPUT_PER_MTOK);
            outputPrice = s.get(Input.OUTPUT_PER_MTOK);
            // no cached price means no cache discount
            cachedPrice = s.has(Input.CACHED_INPUT_PER_MTOK) ? s.get(Input.CACHED_INPUT_PER_MTOK) : inputPrice;
            batchDiscount = s.get(Input.BATCH_DISCOUNT);
            apiPriceChange = s.get(Input.ANNUAL_PRICE_CHANGE);
            platformFee = s.get(Input.PLATFORM_FEE_PER_MONTH);
            integrationFte = s.get(Input.INTEGRATION_FTE);
            gpusPerReplica = s.getInt(Input.GPUS_PER_REPLICA);
            prefill = s.get(Input.PREFILL_TOKENS_PER_SECOND);
            decode = s.get(Input.DECODE_TOKENS_PER_SECOND);
            targetUtilization = s.get(Input.TARGET_UTILIZATION);
            minReplicas = s.getInt(Input.MIN_REPLICAS);
            redundant = s.getInt(Input.REDUNDANT_REPLICAS);
            gpuPriceChange = s.get(Input.ANNUAL_GPU_PRICE_CHANGE);
            baseFte = s.get(Input.BASE_FTE);
            ftePerGpu = s.get(Input.FTE_PER_GPU);
            setupPersonMonths = s.get(Input.SETUP_PERSON_MONTHS);
            setupOneTimeCost = s.get(Input.SETUP_ONE_TIME_COST);
            upgradeEvery = s.getInt(Input.UPGRADE_EVERY_MONTHS);
            upgradePersonMonths = s.get(Input.UPGRADE_PERSON_MONTHS);
            toolingPerMonth = s.get(Input.TOOLING_PER_MONTH);
            otherPerMonth = s.get(Input.OTHER_PER_MONTH);
            mode = s.hostingMode();
            amortize = s.amortize();
            boolean own = mode == HostingMode.OWN;
            gpuHourly = own ? 0 : s.get(Input.GPU_HOURLY);
            capexPerGpu = own ? s.get(Input.CAPEX_PER_GPU) : 0;
            depreciationMonths = own ? s.getInt(Input.DEPRECIATION_MONTHS) : 1;
            residualShare = own ? s.get(Input.RESIDUAL_SHARE) : 0;
            maintenancePerYear = own ? s.get(Input.MAINTENANCE_PER_YEAR) : 0;
            powerWatts = own ? s.get(Input.POWER_WATTS_PER_GPU) : 0;
            pue = own ? s.get(Input.PUE) : 1;
            energyPerKwh = own ? s.get(Input.ENERGY_PER_KWH) : 0;
            colocationPerGpuMonth = own ? s.get(Input.COLOCATION_PER_GPU_MONTH) : 0;
            policy = s.hybridPolicy();
            selfHostedShare = policy == HybridPolicy.SHARE ? s.get(Input.SELF_HOSTED_SHARE) : 0;
            selfHostedReplicas = policy == HybridPolicy.SPILLOVER ? s.getInt(Input.SELF_HOSTED_REPLICAS) : 0;
        }
    }
}
