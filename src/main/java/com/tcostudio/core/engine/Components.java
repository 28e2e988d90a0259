package com.tcostudio.core.engine;

import java.util.Arrays;
import java.util.List;

import static com.tcostudio.core.engine.CostEngine.HOURS_PER_MONTH;
import static com.tcostudio.core.engine.CostEngine.REPLICA_EPSILON;
import static com.tcostudio.core.engine.CostEngine.SECONDS_PER_MONTH;
import static com.tcostudio.core.engine.CostEngine.TOKENS_PER_MTOK;

/**
 * The per-component formulas of the cost model, each written once: a workload's tokens by month,
 * an API's usage price, a fleet's replicas, GPUs, hosting, operations and idle capacity, the
 * finance totals, the run-rate prices. Version 1's {@link CostEngine} applies them to its three
 * setups, version 2's {@link PortfolioEngine} to every target of every plan
 * ({@code docs/decisions/0009-one-engine-shared-components.md}).
 *
 * <p>Static and allocation-free: callers own the arrays. Expressions keep v1's order of
 * operations, so v1's numbers are bit for bit those it gave before the split.
 */
final class Components {
    private Components() {
    }

    /** I(m) and O(m): compound growth, then the plateau caps their sum keeping the mix. */
    static void tokens(double input, double output, double plateau, double[] growth, double[] in, double[] out, int h) {
        for (int t = 0; t < h; t++) {
            double g = growth[t];
            double i = input * g;
            double o = output * g;
            double sum = i + o;
            if (!Double.isNaN(plateau) && sum > plateau) {
                double scale = plateau / sum;
                i *= scale;
                o *= scale;
            }
            in[t] = i;
            out[t] = o;
        }
    }

    /** (1 + rate)^t for each month index t. */
    static void monthly(double rate, double[] into, int h) {
        for (int t = 0; t < h; t++) {
            into[t] = Math.pow(1 + rate, t);
        }
    }

    /** (1 + rate)^(t/12): a rate per year applied month by month. */
    static void yearly(double rate, double[] into, int h) {
        for (int t = 0; t < h; t++) {
            into[t] = Math.pow(1 + rate, t / 12.0);
        }
    }

    /** Usage price of i input and o output tokens: {@code apiUsage} of METHODOLOGY.md with its batch factor. */
    static double usage(double priceFactor, double batch, double cachedShare, double inputPrice, double cachedPrice,
                        double outputPrice, double i, double o) {
        return priceFactor * batch / TOKENS_PER_MTOK
                * (i * (1 - cachedShare) * inputPrice + i * cachedShare * cachedPrice + o * outputPrice);
    }

    /** Replica-time the tokens need: {@code I / (S pre) + O / (S dec)}. */
    static double load(double i, double o, double prefill, double decode) {
        return i / (SECONDS_PER_MONTH * prefill) + o / (SECONDS_PER_MONTH * decode);
    }

    /** Replicas running (redundant ones included): fixed, autoscaled (not rounded) or sized for the peak. */
    static double replicas(FleetSpec q, double loadAvg, double loadPeak) {
        if (q.fixedServing >= 0) {
            return q.fixedServing + q.redundant;
        }
        if (q.autoscale) {
            return Math.max(q.minReplicas, loadAvg / q.targetUtilization) + q.redundant;
        }
        return Math.max(q.minReplicas, Math.ceil(loadPeak / q.targetUtilization - REPLICA_EPSILON)) + q.redundant;
    }

    /** Months of the reservation term that starts at month index t (the last one ends with the horizon). */
    static int termMonths(int termLength, int t, int h) {
        return Math.min(termLength, h - t);
    }

    /**
     * A fleet's costs on its load, added into the categories ({@code c}, indexed by
     * {@link Category#ordinal()}) and its one-time costs into {@code once}; replicas and GPUs are
     * written, idle capacity added. {@code purchase} and {@code purchaseMonths} are scratch space in
     * own mode (null otherwise). Without {@code detail}, utilization and idle capacity are skipped.
     */
    static void fleet(FleetSpec q, double[] gpuFactor, double[] fte, double monthlyRate, double[] loadAvgs,
                      double[] loadPeaks, int h, boolean detail, double[][] c, double[] once, double[] replicasOut,
                      double[] gpusOut, double[] utilizationOut, double[] idleOut, double[] purchase,
                      int[] purchaseMonths) {
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
        boolean own = q.own();
        boolean cash = own && !q.amortize;
        // the cash view pays purchases as they fall; its accrual figures only feed idle capacity
        boolean accrualNeeded = !cash || detail;
        // purchases by month (own mode); purchaseMonths lists the months with one, in order
        int purchases = 0;
        double fleetBefore = 0;
        double purchasedSoFar = 0;
        double depreciable = 1 - q.residualShare;
        // reserved GPUs: the price locked at the current term's start, per month for all G GPUs
        double lockedMonthly = 0;
        double reservedServingUnits = q.reserved() ? (double) q.reservedGpus / q.gpusPerReplica : 0;

        for (int t = 0; t < h; t++) {
            double loadAvg = loadAvgs[t];
            double replicas = replicas(q, loadAvg, loadPeaks[t]);
            double gpus = replicas * q.gpusPerReplica;
            replicasOut[t] = replicas;
            gpusOut[t] = gpus;
            if (detail) {
                utilizationOut[t] = replicas > 0 ? loadAvg / replicas : 0;
            }

            double staffedGpus;
            double onceCompute = 0;
            if (!own && !q.reserved()) {
                double cost = gpus * q.gpuHourly * HOURS_PER_MONTH * gpuFactor[t];
                compute[t] += cost;
                if (detail) {
                    double busy = replicas > 0 ? loadAvg / replicas : 0;
                    idleOut[t] += cost * (1 - busy);
                }
                staffedGpus = gpus;
            } else if (!own) {
                if (t % q.reservedTermMonths == 0) {
                    lockedMonthly = q.reservedGpus * q.reservedGpuHourly * gpuFactor[t] * HOURS_PER_MONTH;
                    onceCompute = q.reservedUpfrontShare * lockedMonthly * termMonths(q.reservedTermMonths, t, h);
                }
                double above = Math.max(0, gpus - q.reservedGpus) * q.gpuHourly * HOURS_PER_MONTH * gpuFactor[t];
                compute[t] += onceCompute + (1 - q.reservedUpfrontShare) * lockedMonthly + above;
                if (detail) {
                    double busy = loadAvg / Math.max(replicas, reservedServingUnits);
                    idleOut[t] += (lockedMonthly + above) * (1 - busy);
                }
                staffedGpus = gpus;
            } else {
                double fleet = Math.max(fleetBefore, gpus);
                double bought = fleet - fleetBefore;
                // the scratch array may hold an earlier evaluation's purchases
                purchase[t] = 0;
                if (bought > 0) {
                    purchase[t] = bought * q.capexPerGpu * gpuFactor[t];
                    purchaseMonths[purchases++] = t;
                    purchasedSoFar += purchase[t];
                }
                double pw = fleet * q.powerWatts / 1000 * q.pue * HOURS_PER_MONTH * q.energyPerKwh;
                double colo = fleet * q.colocationPerGpuMonth;
                double maint = purchasedSoFar * q.maintenancePerYear / 12;
                // accrual view: straight-line depreciation plus the capital charge on book value at
                // the start of the month; also the base of idle capacity in both views
                double depreciation = 0;
                double bookAtStart = 0;
                if (accrualNeeded) {
                    for (int j = 0; j < purchases; j++) {
                        int k = purchaseMonths[j];
                        double age = t - k;
                        if (age < q.depreciationMonths) {
                            depreciation += purchase[k] * depreciable / q.depreciationMonths;
                        }
                        bookAtStart += purchase[k] * (1 - depreciable * Math.min(1, age / q.depreciationMonths));
                    }
                }
                double accrual = depreciation + monthlyRate * bookAtStart;
                double cost = cash ? purchase[t] : accrual;
                compute[t] += cost;
                if (cash) {
                    onceCompute = cost;
                }
                power[t] += pw;
                colocation[t] += colo;
                maintenance[t] += maint;
                if (detail) {
                    double servingUnits = fleet / q.gpusPerReplica;
                    double busy = servingUnits > 0 ? loadAvg / servingUnits : 0;
                    idleOut[t] += (accrual + pw + colo + maint) * (1 - busy);
                }
                staffedGpus = fleet;
                fleetBefore = fleet;
            }
            ops[t] += (q.baseFte + q.ftePerGpu * staffedGpus) * fte[t];
            double setupCost = t == 0 ? q.setupPersonMonths * fte[0] + q.setupOneTimeCost : 0;
            double upgradeCost = q.upgradeEvery > 0 && t > 0 && t % q.upgradeEvery == 0
                    ? q.upgradePersonMonths * fte[t] : 0;
            setup[t] += setupCost;
            upgrades[t] += upgradeCost;
            tooling[t] += q.toolingPerMonth;
            other[t] += q.otherPerMonth;
            once[t] += setupCost + upgradeCost + onceCompute;
        }
        if (cash) {
            // owned GPUs keep their book value at the end of the horizon; it comes back in month H
            double book = 0;
            for (int j = 0; j < purchases; j++) {
                int k = purchaseMonths[j];
                book += purchase[k] * (1 - depreciable * Math.min(1, (double) (h - k) / q.depreciationMonths));
            }
            residual[h - 1] += -book;
        }
    }

    /**
     * Totals, cumulative cost, TCO and NPV from the categories; with {@code detail} also the
     * discounted and per-token costs by month. Returns {tco, npv} in {@code tcoNpv}.
     */
    static void finish(double[][] categories, double[] total, double[] cumulative, double[] discounted,
                       double[] cumulativeDiscounted, double[] costPerMTok, double[] discount, double[] in,
                       double[] out, int h, boolean detail, double[] tcoNpv) {
        double cum = 0;
        double npv = 0;
        // category by category into total: each month's sum in category order, as one sum would add them
        Arrays.fill(total, 0, h, 0);
        for (double[] category : categories) {
            for (int t = 0; t < h; t++) {
                total[t] += category[t];
            }
        }
        for (int t = 0; t < h; t++) {
            double sum = total[t];
            cum += sum;
            cumulative[t] = cum;
            double d = sum * discount[t];
            npv += d;
            if (detail) {
                discounted[t] = d;
                cumulativeDiscounted[t] = npv;
                double tokens = in[t] + out[t];
                costPerMTok[t] = tokens > 0 ? sum / (tokens / TOKENS_PER_MTOK) : Double.NaN;
            }
        }
        tcoNpv[0] = cum;
        tcoNpv[1] = npv;
    }

    /** Run-rate of one GPU-month at month-1 prices: rent per hour, or own per GPU-month; plus its staff. */
    static double perGpuMonth(FleetSpec q, double fte1) {
        double perGpu;
        if (!q.own()) {
            perGpu = q.gpuHourly * HOURS_PER_MONTH;
        } else {
            perGpu = q.capexPerGpu * ((1 - q.residualShare) / q.depreciationMonths + q.maintenancePerYear / 12)
                    + q.powerWatts / 1000 * q.pue * HOURS_PER_MONTH * q.energyPerKwh
                    + q.colocationPerGpuMonth;
        }
        return perGpu + q.ftePerGpu * fte1;
    }

    /** Upgrades spread evenly over the months between them, at month-1 staff cost. */
    static double upgradesPerMonth(FleetSpec q, double fte1) {
        return q.upgradeEvery > 0 ? q.upgradePersonMonths * fte1 / q.upgradeEvery : 0;
    }

    /** A fleet's run-rate that does not depend on its replicas: base staff, upgrades, tooling, other. */
    static double fleetFixedPerMonth(FleetSpec q, double fte1) {
        return q.baseFte * fte1 + upgradesPerMonth(q, fte1) + q.toolingPerMonth + q.otherPerMonth;
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

    /** Break-even of A against B, nominal and discounted (one-time costs discounted like the rest). */
    static BreakEven breakEven(double[] cumA, double[] cumDiscA, double[] onceA, double[] cumB, double[] cumDiscB,
                               double[] onceB, double[] discount) {
        List<BreakEven.Crossing> crossings = new java.util.ArrayList<>();
        double month = crossings(cumA, onceA, cumB, onceB, null, crossings);
        double discountedMonth = crossings(cumDiscA, onceA, cumDiscB, onceB, discount, null);
        return new BreakEven(month, discountedMonth, crossings);
    }
}
