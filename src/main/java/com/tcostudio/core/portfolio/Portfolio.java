package com.tcostudio.core.portfolio;

import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.InvalidScenarioException;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.model.Section;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A scenario of version 2: use cases ({@link Workload}s), the options that can serve them
 * ({@link Api}s and {@link Deployment}s, one id namespace, together "targets") and the
 * {@link Plan}s that route every workload to targets. The first plan is the baseline.
 *
 * <p>Immutable and valid by construction: building one that breaks a rule throws
 * {@link InvalidScenarioException} listing every problem with its path in the file
 * ({@code plans[2].routes[0].overflow}).
 */
public record Portfolio(String name, int horizonMonths, Currency currency, Fields finance, List<Workload> workloads,
                        List<Api> apis, List<Deployment> deployments, List<Plan> plans,
                        Map<String, Distribution> uncertainty) {
    public static final int MAX_WORKLOADS = 50;
    public static final int MAX_APIS = 20;
    public static final int MAX_DEPLOYMENTS = 20;
    public static final int MAX_PLANS = 12;
    /** Shares of a workload in a plan must sum to 1 within this. */
    public static final double SHARE_SUM_TOLERANCE = 1e-9;
    /** The finance inputs: v1's {@code finance.*}. */
    public static final Set<Input> FINANCE_INPUTS = Fields.inputsOf(Section.FINANCE);

    public Portfolio {
        workloads = List.copyOf(workloads == null ? List.of() : workloads);
        apis = List.copyOf(apis == null ? List.of() : apis);
        deployments = List.copyOf(deployments == null ? List.of() : deployments);
        plans = List.copyOf(plans == null ? List.of() : plans);
        uncertainty = uncertainty == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(uncertainty));
        Problems p = new Problems();
        Ids.checkName(p, "name", name);
        if (horizonMonths < 1 || horizonMonths > 120) {
            p.add("horizonMonths", "must be a whole number of months from 1 to 120 (was " + horizonMonths + ")");
        }
        if (currency == null) {
            p.add("currency", "is required");
        }
        if (finance == null) {
            p.add("finance", "is required");
        } else {
            Fields f = finance;
            p.under("finance.", () -> f.check(p, FINANCE_INPUTS, Set.of()));
        }
        if (currency != null) {
            checkInCurrency(p, currency, finance, workloads, apis, deployments);
        }
        count(p, "workloads", workloads.size(), 1, MAX_WORKLOADS);
        count(p, "apis", apis.size(), 0, MAX_APIS);
        count(p, "deployments", deployments.size(), 0, MAX_DEPLOYMENTS);
        count(p, "plans", plans.size(), 1, MAX_PLANS);
        checkIds(p, workloads, apis, deployments, plans);
        Map<String, Object> targets = targets(apis, deployments);
        List<Workload> ws = workloads;
        for (int i = 0; i < plans.size(); i++) {
            Plan plan = plans.get(i);
            p.under("plans[" + i + "].", () -> checkRoutes(p, plan, ws, targets));
        }
        Map<String, Domain> paths = realValuedPaths(workloads, apis, deployments, plans);
        for (Map.Entry<String, Distribution> e : uncertainty.entrySet()) {
            checkRange(p, e.getKey(), e.getValue(), paths);
        }
        p.throwIfAny();
    }

    private static void checkInCurrency(Problems p, Currency currency, Fields finance, List<Workload> ws, List<Api> apis,
                                        List<Deployment> ds) {
        if (finance != null) {
            p.under("finance.", () -> finance.checkInCurrency(p, FINANCE_INPUTS, currency));
        }
        for (int i = 0; i < ws.size(); i++) {
            Workload w = ws.get(i);
            p.under("workloads[" + i + "].", () -> w.fields().checkInCurrency(p, Workload.INPUTS, currency));
        }
        for (int i = 0; i < apis.size(); i++) {
            Api a = apis.get(i);
            p.under("apis[" + i + "].", () -> a.fields().checkInCurrency(p, Api.INPUTS, currency));
        }
        for (int i = 0; i < ds.size(); i++) {
            Deployment d = ds.get(i);
            p.under("deployments[" + i + "].", () -> d.fields().checkInCurrency(p, Deployment.inputs(d.mode()), currency));
        }
    }

    private static void count(Problems p, String path, int n, int min, int max) {
        if (n < min || n > max) {
            p.add(path, "must list " + (min == 0 ? "at most " + max : "from " + min + " to " + max) + " entries (has " + n + ")");
        }
    }

    private static void checkIds(Problems p, List<Workload> ws, List<Api> apis, List<Deployment> ds, List<Plan> plans) {
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < ws.size(); i++) {
            unique(p, seen, ws.get(i).id(), "workloads[" + i + "].id");
        }
        Map<String, String> targetSeen = new HashMap<>();
        for (int i = 0; i < apis.size(); i++) {
            unique(p, targetSeen, apis.get(i).id(), "apis[" + i + "].id");
        }
        for (int i = 0; i < ds.size(); i++) {
            unique(p, targetSeen, ds.get(i).id(), "deployments[" + i + "].id");
        }
        Map<String, String> planSeen = new HashMap<>();
        for (int i = 0; i < plans.size(); i++) {
            unique(p, planSeen, plans.get(i).id(), "plans[" + i + "].id");
        }
    }

    private static void unique(Problems p, Map<String, String> seen, String id, String path) {
        String first = seen.putIfAbsent(id, path);
        if (first != null) {
            p.add(path, "repeats the id \"" + id + "\" of " + first + " (APIs and deployments share one set of ids)");
        }
    }

    private static Map<String, Object> targets(List<Api> apis, List<Deployment> ds) {
        Map<String, Object> m = new HashMap<>();
        apis.forEach(a -> m.putIfAbsent(a.id(), a));
        ds.forEach(d -> m.putIfAbsent(d.id(), d));
        return m;
    }

    private static void checkRoutes(Problems p, Plan plan, List<Workload> ws, Map<String, Object> targets) {
        Set<String> workloadIds = new HashSet<>();
        ws.forEach(w -> workloadIds.add(w.id()));
        Map<String, double[]> sums = new LinkedHashMap<>();   // workload -> {sum of shares, routes without share}
        List<Route> routes = plan.routes();
        for (int r = 0; r < routes.size(); r++) {
            Route route = routes.get(r);
            String at = "routes[" + r + "].";
            if (!workloadIds.contains(route.workload())) {
                p.add(at + "workload", "names no workload of this scenario (was \"" + route.workload() + "\")");
            } else {
                double[] s = sums.computeIfAbsent(route.workload(), k -> new double[2]);
                if (route.hasShare()) {
                    s[0] += route.share();
                } else if (++s[1] > 1) {
                    p.add(at + "share", "may be left out on one route of workload \"" + route.workload()
                            + "\" only: it takes the rest");
                }
            }
            Object target = targets.get(route.to());
            if (target == null) {
                p.add(at + "to", "names no API or deployment of this scenario (was \"" + route.to() + "\")");
                continue;
            }
            boolean fixed = target instanceof Deployment && ((Deployment) target).isFixed();
            if (fixed && !route.hasOverflow()) {
                p.add(at + "overflow", "is required: deployment \"" + route.to()
                        + "\" has a fixed fleet, name the API that takes what it cannot serve");
            } else if (!fixed && route.hasOverflow()) {
                p.add(at + "overflow", "applies only to routes to a deployment with fixedReplicas (\"" + route.to()
                        + "\" has none)");
            } else if (fixed) {
                Object over = targets.get(route.overflow());
                if (over == null) {
                    p.add(at + "overflow", "names no API of this scenario (was \"" + route.overflow() + "\")");
                } else if (!(over instanceof Api)) {
                    p.add(at + "overflow", "must name an API, not the deployment \"" + route.overflow() + "\"");
                } else if (((Api) over).committed() != null) {
                    p.add(at + "overflow", "must name an API without committed capacity (\"" + route.overflow()
                            + "\" has a committed contract)");
                }
            }
        }
        for (Workload w : ws) {
            double[] s = sums.get(w.id());
            if (s == null) {
                p.add("routes", "must route workload \"" + w.id() + "\": every plan serves every workload");
            } else if (s[1] == 0 && Math.abs(s[0] - 1) > SHARE_SUM_TOLERANCE) {
                p.add("routes", "shares of workload \"" + w.id() + "\" must sum to 1 (they sum to " + shareSum(s[0]) + ")");
            } else if (s[1] > 0 && s[0] > 1 + SHARE_SUM_TOLERANCE) {
                p.add("routes", "shares of workload \"" + w.id() + "\" already sum to " + shareSum(s[0])
                        + " before the route that takes the rest: they must sum to 1");
            }
        }
    }

    /**
     * A sum of shares as the user would write it: 0.3 + 0.6 sums to 0.8999999999999999 in doubles,
     * shown as 0.9 (rounded to 12 significant digits, far finer than the 1e-9 the rule allows).
     */
    static String shareSum(double sum) {
        return Scenario.format(new BigDecimal(sum).round(new MathContext(12)).doubleValue());
    }

    private static void checkRange(Problems p, String path, Distribution d, Map<String, Domain> paths) {
        String at = "uncertainty." + path;
        Domain domain = paths.get(path);
        if (domain == null) {
            p.add(at, "names no real-valued field of this scenario (ranges go on numbers such as "
                    + "workloads.ID.monthlyGrowth or deployments.ID.hosting.gpuHourly; counts and months cannot be uncertain)");
            return;
        }
        domain.check(d.low()).ifPresent(rule -> p.add(at + ".low", rule));
        domain.check(d.high()).ifPresent(rule -> p.add(at + ".high", rule));
        if (d.kind().hasMode()) {
            domain.check(d.mode()).ifPresent(rule -> p.add(at + ".mode", rule));
        }
    }

    /**
     * Every field that may carry a range, by its uncertainty path, with its valid values: the
     * real-valued (not whole-number) fields that the parts have.
     */
    public Map<String, Domain> realValuedPaths() {
        return realValuedPaths(workloads, apis, deployments, plans);
    }

    private static Map<String, Domain> realValuedPaths(List<Workload> ws, List<Api> apis, List<Deployment> ds,
                                                       List<Plan> plans) {
        Map<String, Domain> m = new LinkedHashMap<>();
        for (Input i : FINANCE_INPUTS) {
            if (!i.isInteger()) {
                m.put(i.path(), Domain.of(i));
            }
        }
        for (Workload w : ws) {
            addInputs(m, "workloads." + w.id() + ".", Workload.INPUTS);
        }
        for (Api a : apis) {
            String base = "apis." + a.id() + ".";
            addInputs(m, base, Api.INPUTS);
            if (a.committed() != null) {
                m.put(base + "committed.tokensPerMinute", Domain.above(0, Committed.MAX_TOKENS_PER_MINUTE));
                m.put(base + "committed.feePerMonth", Domain.between(0, Committed.MAX_FEE_PER_MONTH));
            }
            if (a.migration() != null) {
                m.put(base + "migration.personMonths", Domain.between(0, Migration.MAX_PERSON_MONTHS));
                m.put(base + "migration.oneTimeCost", Domain.between(0, Migration.MAX_ONE_TIME_COST));
            }
        }
        for (Deployment d : ds) {
            if (d.mode() == null) {
                continue;
            }
            String base = "deployments." + d.id() + ".";
            for (Input i : Deployment.inputs(d.mode())) {
                boolean throughput = i == Input.PREFILL_TOKENS_PER_SECOND || i == Input.DECODE_TOKENS_PER_SECOND;
                if (!i.isInteger() && !(throughput && d.hasOperatingPoints())) {
                    m.put(base + Fields.pathInPart(i), Domain.of(i));
                }
            }
            if (d.reservation() != null) {
                m.put(base + "hosting.reservation.gpuHourly", Domain.between(0, Reservation.MAX_GPU_HOURLY));
                m.put(base + "hosting.reservation.upfrontShare", Domain.between(0, 1));
            }
        }
        for (Plan plan : plans) {
            for (int r = 0; r < plan.routes().size(); r++) {
                if (plan.routes().get(r).hasShare()) {
                    m.put("plans." + plan.id() + ".routes." + r + ".share", Domain.between(0, 1));
                }
            }
        }
        return m;
    }

    private static void addInputs(Map<String, Domain> m, String base, Set<Input> inputs) {
        for (Input i : inputs) {
            if (!i.isInteger()) {
                m.put(base + Fields.pathInPart(i), Domain.of(i));
            }
        }
    }

    public Optional<Workload> workload(String id) {
        return workloads.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    public Optional<Api> api(String id) {
        return apis.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Deployment> deployment(String id) {
        return deployments.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Plan> plan(String id) {
        return plans.stream().filter(pl -> pl.id().equals(id)).findFirst();
    }

    public int planIndex(String id) {
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public Portfolio withPlans(List<Plan> newPlans) {
        return new Portfolio(name, horizonMonths, currency, finance, workloads, apis, deployments, newPlans, uncertainty);
    }

    public Portfolio withUncertainty(Map<String, Distribution> ranges) {
        return new Portfolio(name, horizonMonths, currency, finance, workloads, apis, deployments, plans, ranges);
    }
}
