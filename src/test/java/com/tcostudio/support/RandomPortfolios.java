package com.tcostudio.support;

import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.portfolio.Api;
import com.tcostudio.core.portfolio.Committed;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Fields;
import com.tcostudio.core.portfolio.Latency;
import com.tcostudio.core.portfolio.Migration;
import com.tcostudio.core.portfolio.OperatingPoint;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Reservation;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.core.portfolio.Workload;
import com.tcostudio.core.model.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Valid portfolios drawn from wide ranges, reproducible from a seed, for property tests: up to 4
 * workloads, 3 APIs and 3 deployments of every kind (sized, fixed, autoscaled, reserved, owned,
 * with operating points), plans with split routes, shares of 0 and overflows. Operating points
 * are realistic: a faster stream per user means less throughput and a quicker first token.
 */
public final class RandomPortfolios {
    private RandomPortfolios() {
    }

    public static Portfolio portfolio(long seed) {
        Random r = new Random(seed);
        int months = 1 + r.nextInt(60);
        List<Workload> ws = new ArrayList<>();
        int nw = 1 + r.nextInt(4);
        for (int i = 0; i < nw; i++) {
            ws.add(workload(r, "w" + i));
        }
        List<Api> apis = new ArrayList<>();
        int na = r.nextInt(4);
        for (int i = 0; i < na; i++) {
            apis.add(api(r, "a" + i, i > 0 && r.nextInt(3) == 0));
        }
        List<String> overflowApis = apis.stream().filter(a -> a.committed() == null).map(Api::id).toList();
        List<Deployment> ds = new ArrayList<>();
        int nd = (na == 0 ? 1 : 0) + r.nextInt(4);
        for (int i = 0; i < nd; i++) {
            ds.add(deployment(r, "d" + i, !overflowApis.isEmpty() && r.nextInt(3) == 0));
        }
        List<Plan> plans = new ArrayList<>();
        int np = 1 + r.nextInt(4);
        for (int i = 0; i < np; i++) {
            plans.add(plan(r, "p" + i, ws, apis, ds, overflowApis));
        }
        Fields finance = Fields.empty().with(Input.ANNUAL_DISCOUNT_RATE, pick(r, 0, 0.2))
                .with(Input.SALARY_GROWTH_PER_YEAR, pick(r, -0.05, 0.1))
                .with(Input.LOADED_ANNUAL_COST_PER_FTE, pick(r, 0, 300_000));
        return new Portfolio("random " + seed, months, Currency.USD, finance, ws, apis, ds, plans, Map.of());
    }

    public static Workload workload(Random r, String id) {
        Fields f = Fields.empty()
                .with(Input.INPUT_TOKENS_PER_MONTH, r.nextInt(8) == 0 ? 0 : Math.pow(10, pick(r, 6, 10.5)))
                .with(Input.OUTPUT_TOKENS_PER_MONTH, r.nextInt(8) == 0 ? 0 : Math.pow(10, pick(r, 5, 10)))
                .with(Input.MONTHLY_GROWTH, pick(r, -0.05, 0.12))
                .with(Input.PLATEAU_TOKENS_PER_MONTH, r.nextBoolean() ? Double.NaN : Math.pow(10, pick(r, 8, 11)))
                .with(Input.PEAK_TO_AVERAGE, pick(r, 1, 5))
                .with(Input.CACHED_INPUT_SHARE, pick(r, 0, 1))
                .with(Input.BATCH_SHARE, pick(r, 0, 1));
        List<String> residency = r.nextInt(3) == 0 ? List.of(r.nextBoolean() ? "AE" : "DE") : null;
        double minQuality = r.nextInt(3) == 0 ? pick(r, 40, 80) : Double.NaN;
        Latency latency = r.nextInt(3) == 0 ? new Latency(r.nextBoolean() ? pick(r, 5, 60) : Double.NaN,
                r.nextBoolean() ? pick(r, 0.3, 5) : Double.NaN) : Latency.NONE;
        return new Workload(id, "Workload " + id, f, residency, minQuality, latency);
    }

    private static Api api(Random r, String id, boolean committed) {
        Fields f = Fields.empty().with(Input.INPUT_PER_MTOK, pick(r, 0, 15)).with(Input.OUTPUT_PER_MTOK, pick(r, 0, 75))
                .with(Input.CACHED_INPUT_PER_MTOK, r.nextBoolean() ? Double.NaN : pick(r, 0, 1.5))
                .with(Input.BATCH_DISCOUNT, pick(r, 0, 1)).with(Input.ANNUAL_PRICE_CHANGE, pick(r, -0.6, 0.2))
                .with(Input.PLATFORM_FEE_PER_MONTH, pick(r, 0, 5_000)).with(Input.INTEGRATION_FTE, pick(r, 0, 0.5));
        List<String> regions = r.nextInt(3) == 0 ? null : List.of(r.nextBoolean() ? "US" : "AE");
        Migration m = r.nextInt(3) == 0 ? new Migration(1 + r.nextInt(12), pick(r, 0, 3), pick(r, 0, 20_000)) : null;
        Committed c = committed ? new Committed(Math.pow(10, pick(r, 3, 7)), pick(r, 0, 50_000)) : null;
        return new Api(id, "API " + id, f, null, regions, r.nextBoolean() ? pick(r, 30, 90) : Double.NaN, m, c);
    }

    private static Deployment deployment(Random r, String id, boolean fixed) {
        HostingMode mode = r.nextInt(3) == 0 ? HostingMode.OWN : HostingMode.RENT;
        Fields f = Fields.empty().with(Input.GPUS_PER_REPLICA, 1 + r.nextInt(8))
                .with(Input.TARGET_UTILIZATION, pick(r, 0.3, 1)).with(Input.MIN_REPLICAS, r.nextInt(3))
                .with(Input.REDUNDANT_REPLICAS, r.nextInt(3)).with(Input.ANNUAL_GPU_PRICE_CHANGE, pick(r, -0.4, 0.1))
                .with(Input.BASE_FTE, pick(r, 0, 2)).with(Input.FTE_PER_GPU, pick(r, 0, 0.05))
                .with(Input.SETUP_PERSON_MONTHS, pick(r, 0, 12)).with(Input.SETUP_ONE_TIME_COST, pick(r, 0, 50_000))
                .with(Input.UPGRADE_EVERY_MONTHS, r.nextInt(13)).with(Input.UPGRADE_PERSON_MONTHS, pick(r, 0, 2))
                .with(Input.TOOLING_PER_MONTH, pick(r, 0, 3_000)).with(Input.OTHER_PER_MONTH, pick(r, 0, 1_000));
        if (mode == HostingMode.RENT) {
            f = f.with(Input.GPU_HOURLY, pick(r, 0.5, 12));
        } else {
            f = f.with(Input.CAPEX_PER_GPU, pick(r, 10_000, 50_000)).with(Input.DEPRECIATION_MONTHS, 1 + r.nextInt(72))
                    .with(Input.RESIDUAL_SHARE, pick(r, 0, 0.3)).with(Input.MAINTENANCE_PER_YEAR, pick(r, 0, 0.1))
                    .with(Input.POWER_WATTS_PER_GPU, pick(r, 300, 1_200)).with(Input.PUE, pick(r, 1, 1.6))
                    .with(Input.ENERGY_PER_KWH, pick(r, 0.05, 0.2)).with(Input.COLOCATION_PER_GPU_MONTH, pick(r, 0, 250));
        }
        List<OperatingPoint> points = List.of();
        if (r.nextBoolean()) {
            f = f.with(Input.PREFILL_TOKENS_PER_SECOND, pick(r, 2_000, 100_000))
                    .with(Input.DECODE_TOKENS_PER_SECOND, pick(r, 200, 10_000));
        } else {
            int n = 1 + r.nextInt(4);
            points = new ArrayList<>();
            double u = pick(r, 0, 10);
            double p = pick(r, 20_000, 100_000);
            double q = pick(r, 2_000, 10_000);
            double ttft = pick(r, 2, 6);
            for (int i = 0; i < n; i++) {
                points.add(new OperatingPoint(u, p, q, ttft));
                u += pick(r, 1, 30);
                p *= pick(r, 0.3, 0.95);
                q *= pick(r, 0.3, 0.95);
                ttft *= pick(r, 0.4, 0.95);
            }
        }
        boolean rent = mode == HostingMode.RENT;
        boolean autoscale = rent && !fixed && r.nextInt(3) == 0;
        Reservation res = rent && r.nextInt(3) == 0
                ? new Reservation(1 + r.nextInt(16), 1 + r.nextInt(24), pick(r, 0.3, 8), pick(r, 0, 1)) : null;
        List<String> regions = r.nextInt(3) == 0 ? null : List.of(r.nextBoolean() ? "US" : "AE");
        return new Deployment(id, "Deployment " + id, f, mode, mode == HostingMode.OWN && r.nextBoolean(), autoscale,
                res, fixed ? r.nextInt(6) : null, points, regions, r.nextBoolean() ? pick(r, 30, 90) : Double.NaN,
                Map.of());
    }

    private static Plan plan(Random r, String id, List<Workload> ws, List<Api> apis, List<Deployment> ds,
                             List<String> overflowApis) {
        List<Route> routes = new ArrayList<>();
        for (Workload w : ws) {
            int n = 1 + r.nextInt(2);
            double first = r.nextInt(5) == 0 ? 0 : r.nextDouble();
            for (int i = 0; i < n; i++) {
                double share = n == 1 ? 1 : i == 0 ? first : Double.NaN;
                routes.add(route(r, w.id(), share, apis, ds, overflowApis));
            }
        }
        return new Plan(id, "Plan " + id, routes);
    }

    /** A route of the workload to a random target, with an overflow when the target is a fixed fleet. */
    public static Route route(Random r, String workload, double share, List<Api> apis, List<Deployment> ds,
                              List<String> overflowApis) {
        int pickIndex = r.nextInt(apis.size() + ds.size());
        if (pickIndex < apis.size()) {
            return new Route(workload, apis.get(pickIndex).id(), share, null);
        }
        Deployment d = ds.get(pickIndex - apis.size());
        String overflow = d.isFixed() ? overflowApis.get(r.nextInt(overflowApis.size())) : null;
        return new Route(workload, d.id(), share, overflow);
    }

    private static double pick(Random r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }

    /** A v1 scenario with this workload, this API's fields and this finance, for comparing the closed setup. */
    public static Scenario closedScenario(Portfolio p, Workload w, Api a) {
        Scenario.Builder b = TestScenarios.quiet().set(Input.HORIZON_MONTHS, p.horizonMonths());
        for (Input i : Portfolio.FINANCE_INPUTS) {
            b.set(i, p.finance().get(i));
        }
        for (Input i : Workload.INPUTS) {
            b.set(i, w.get(i));
        }
        for (Input i : Api.INPUTS) {
            b.set(i, a.get(i));
        }
        return b.build();
    }
}
