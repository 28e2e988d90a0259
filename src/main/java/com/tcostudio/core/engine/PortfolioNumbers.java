package com.tcostudio.core.engine;

import com.tcostudio.core.model.Input;
import com.tcostudio.core.portfolio.Api;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.core.portfolio.Workload;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A portfolio's numbers as the engine reads them, and the monthly series that depend only on
 * them: each workload's tokens, each API's price factors, each deployment's GPU price factors, the
 * staff cost and discount factors. The structure (which parts, which routes, which terms) is
 * fixed; the numbers can be changed in place and {@link #refresh()}ed, which is how the Monte
 * Carlo evaluates a sample without building a portfolio. Series whose inputs did not change are
 * kept, as v1's workspace does. Not thread-safe: one per thread.
 */
final class PortfolioNumbers {
    final Portfolio portfolio;
    final int h;
    final int workloads;
    final int apis;
    final int deployments;
    /** Finance inputs, indexed by {@link Input#ordinal()}. */
    final double[] finance;
    /** Each part's v1 fields, indexed by {@link Input#ordinal()}; change them, then {@link #refresh()}. */
    final double[][] workloadValues;
    final double[][] apiValues;
    final double[][] deploymentValues;
    // contract terms, by API or deployment index (NaN or 0 where the part has none)
    final double[] committedTpm;
    final double[] committedFee;
    final int[] migrationEvery;
    final double[] migrationPersonMonths;
    final double[] migrationOneTimeCost;
    final double[] reservedGpuHourly;
    final double[] reservedUpfrontShare;
    /** Route shares as given (NaN: the rest), by plan and route. */
    final double[][] rawShares;

    // series
    final double[] fte;
    final double[] discount;
    double monthlyRate;
    final double[][] in;
    final double[][] out;
    final double[] allIn;
    final double[] allOut;
    final double[][] priceFactor;
    final double[][] gpuFactor;
    private final double[][] growth;
    private final double[] salarySteps;
    // the rates each series was last computed from (NaN: never)
    private final double[] growthOf;
    private final double[] priceOf;
    private final double[] gpuOf;
    private double salaryOf = Double.NaN;
    private double fteOf = Double.NaN;
    private double rateOf = Double.NaN;
    private boolean fresh;

    final Map<String, Integer> workloadIndex = new HashMap<>();
    final Map<String, Integer> apiIndex = new HashMap<>();
    final Map<String, Integer> deploymentIndex = new HashMap<>();

    PortfolioNumbers(Portfolio p) {
        portfolio = p;
        h = p.horizonMonths();
        workloads = p.workloads().size();
        apis = p.apis().size();
        deployments = p.deployments().size();
        finance = p.finance().toArray();
        workloadValues = new double[workloads][];
        for (int w = 0; w < workloads; w++) {
            workloadValues[w] = p.workloads().get(w).fields().toArray();
            workloadIndex.put(p.workloads().get(w).id(), w);
        }
        apiValues = new double[apis][];
        committedTpm = new double[apis];
        committedFee = new double[apis];
        migrationEvery = new int[apis];
        migrationPersonMonths = new double[apis];
        migrationOneTimeCost = new double[apis];
        for (int a = 0; a < apis; a++) {
            Api api = p.apis().get(a);
            apiValues[a] = api.fields().toArray();
            apiIndex.put(api.id(), a);
            committedTpm[a] = api.committed() == null ? Double.NaN : api.committed().tokensPerMinute();
            committedFee[a] = api.committed() == null ? 0 : api.committed().feePerMonth();
            if (api.migration() != null) {
                migrationEvery[a] = api.migration().everyMonths();
                migrationPersonMonths[a] = api.migration().personMonths();
                migrationOneTimeCost[a] = api.migration().oneTimeCost();
            }
        }
        deploymentValues = new double[deployments][];
        reservedGpuHourly = new double[deployments];
        reservedUpfrontShare = new double[deployments];
        for (int d = 0; d < deployments; d++) {
            Deployment dep = p.deployments().get(d);
            deploymentValues[d] = dep.fields().toArray();
            deploymentIndex.put(dep.id(), d);
            if (dep.reservation() != null) {
                reservedGpuHourly[d] = dep.reservation().gpuHourly();
                reservedUpfrontShare[d] = dep.reservation().upfrontShare();
            }
        }
        List<Plan> plans = p.plans();
        rawShares = new double[plans.size()][];
        for (int i = 0; i < plans.size(); i++) {
            List<Route> routes = plans.get(i).routes();
            rawShares[i] = new double[routes.size()];
            for (int r = 0; r < routes.size(); r++) {
                rawShares[i][r] = routes.get(r).share();
            }
        }
        fte = new double[h];
        discount = new double[h];
        salarySteps = new double[h];
        in = new double[workloads][h];
        out = new double[workloads][h];
        growth = new double[workloads][h];
        allIn = new double[h];
        allOut = new double[h];
        priceFactor = new double[apis][h];
        gpuFactor = new double[deployments][h];
        growthOf = nans(workloads);
        priceOf = nans(apis);
        gpuOf = nans(deployments);
        refresh();
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    /** Whether v differs from the remembered rate, bit for bit (a never-computed NaN always does). */
    private boolean changed(double was, double v) {
        return !fresh || Double.doubleToRawLongBits(was) != Double.doubleToRawLongBits(v);
    }

    /** Recomputes the series from the numbers. */
    void refresh() {
        double salary = finance[Input.SALARY_GROWTH_PER_YEAR.ordinal()];
        boolean newSteps = changed(salaryOf, salary);
        if (newSteps) {
            // one step a year: the power once per year (the same value for its twelve months)
            for (int t = 0; t < h; t++) {
                salarySteps[t] = t % 12 == 0 ? Math.pow(1 + salary, Math.floor(t / 12.0)) : salarySteps[t - 1];
            }
            salaryOf = salary;
        }
        double perYear = finance[Input.LOADED_ANNUAL_COST_PER_FTE.ordinal()];
        if (changed(fteOf, perYear) || newSteps) {
            for (int t = 0; t < h; t++) {
                fte[t] = perYear / 12 * salarySteps[t];
            }
            fteOf = perYear;
        }
        double rate = finance[Input.ANNUAL_DISCOUNT_RATE.ordinal()];
        if (changed(rateOf, rate)) {
            monthlyRate = Math.pow(1 + rate, 1.0 / 12) - 1;
            for (int t = 0; t < h; t++) {
                discount[t] = 1 / Math.pow(1 + monthlyRate, t);
            }
            rateOf = rate;
        }
        java.util.Arrays.fill(allIn, 0);
        java.util.Arrays.fill(allOut, 0);
        for (int w = 0; w < workloads; w++) {
            double[] v = workloadValues[w];
            double g = v[Input.MONTHLY_GROWTH.ordinal()];
            if (changed(growthOf[w], g)) {
                Components.monthly(g, growth[w], h);
                growthOf[w] = g;
            }
            Components.tokens(v[Input.INPUT_TOKENS_PER_MONTH.ordinal()], v[Input.OUTPUT_TOKENS_PER_MONTH.ordinal()],
                    v[Input.PLATEAU_TOKENS_PER_MONTH.ordinal()], growth[w], in[w], out[w], h);
            for (int t = 0; t < h; t++) {
                allIn[t] += in[w][t];
                allOut[t] += out[w][t];
            }
        }
        for (int a = 0; a < apis; a++) {
            double c = apiValues[a][Input.ANNUAL_PRICE_CHANGE.ordinal()];
            if (changed(priceOf[a], c)) {
                Components.yearly(c, priceFactor[a], h);
                priceOf[a] = c;
            }
        }
        for (int d = 0; d < deployments; d++) {
            double c = deploymentValues[d][Input.ANNUAL_GPU_PRICE_CHANGE.ordinal()];
            if (changed(gpuOf[d], c)) {
                Components.yearly(c, gpuFactor[d], h);
                gpuOf[d] = c;
            }
        }
        fresh = true;
    }

    Workload workload(int w) {
        return portfolio.workloads().get(w);
    }

    Api api(int a) {
        return portfolio.apis().get(a);
    }

    Deployment deployment(int d) {
        return portfolio.deployments().get(d);
    }

    double workloadValue(int w, Input i) {
        return workloadValues[w][i.ordinal()];
    }

    double apiValue(int a, Input i) {
        return apiValues[a][i.ordinal()];
    }

    /** The cache-read price: the input price when the API has no cache discount. */
    double cachedPrice(int a) {
        double c = apiValues[a][Input.CACHED_INPUT_PER_MTOK.ordinal()];
        return Double.isNaN(c) ? apiValues[a][Input.INPUT_PER_MTOK.ordinal()] : c;
    }
}
