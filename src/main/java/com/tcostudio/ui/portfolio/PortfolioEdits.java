package com.tcostudio.ui.portfolio;

import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.InvalidScenarioException;
import com.tcostudio.core.portfolio.Api;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Ids;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.core.portfolio.Workload;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The structural edits of a portfolio that the screens offer, as pure functions from one valid
 * portfolio to the next: every plan keeps serving every use case, so removing a use case removes its
 * routes from every plan, and removing an option sends its routes to another option. A refusal is an
 * {@link InvalidScenarioException} whose rule is written for the user.
 */
final class PortfolioEdits {
    private static final String ROUTE_SHARE = ".routes.";

    private PortfolioEdits() {
    }

    static Portfolio withName(Portfolio p, String name) {
        return new Portfolio(name, p.horizonMonths(), p.currency(), p.finance(), p.workloads(), p.apis(),
                p.deployments(), p.plans(), p.uncertainty());
    }

    static Portfolio withWorkloads(Portfolio p, List<Workload> ws) {
        return new Portfolio(p.name(), p.horizonMonths(), p.currency(), p.finance(), ws, p.apis(), p.deployments(),
                p.plans(), p.uncertainty());
    }

    static Portfolio withApis(Portfolio p, List<Api> apis) {
        return new Portfolio(p.name(), p.horizonMonths(), p.currency(), p.finance(), p.workloads(), apis,
                p.deployments(), p.plans(), p.uncertainty());
    }

    static Portfolio withDeployments(Portfolio p, List<Deployment> ds) {
        return new Portfolio(p.name(), p.horizonMonths(), p.currency(), p.finance(), p.workloads(), p.apis(), ds,
                p.plans(), p.uncertainty());
    }

    /** Replaces the workload with this id. */
    static Portfolio replaceWorkload(Portfolio p, String id, UnaryOperator<Workload> change) {
        List<Workload> ws = new ArrayList<>(p.workloads());
        ws.replaceAll(w -> w.id().equals(id) ? change.apply(w) : w);
        return withWorkloads(p, ws);
    }

    static Portfolio replaceApi(Portfolio p, String id, UnaryOperator<Api> change) {
        List<Api> as = new ArrayList<>(p.apis());
        as.replaceAll(a -> a.id().equals(id) ? change.apply(a) : a);
        return withApis(p, as);
    }

    static Portfolio replaceDeployment(Portfolio p, String id, UnaryOperator<Deployment> change) {
        List<Deployment> ds = new ArrayList<>(p.deployments());
        ds.replaceAll(d -> d.id().equals(id) ? change.apply(d) : d);
        return withDeployments(p, ds);
    }

    /**
     * An id for a new part made from its name ("Support chat" gives "support-chat"), with a number
     * added when the id is taken: ids are what files and ranges refer to, so they never change once made.
     */
    static String freshId(String name, Set<String> taken) {
        String base = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "item";
        }
        if (base.length() > 30) {
            base = base.substring(0, 30).replaceAll("-+$", "");
        }
        String id = base;
        for (int n = 2; taken.contains(id) || !Ids.isValid(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static Set<String> workloadIds(Portfolio p) {
        Set<String> s = new HashSet<>();
        p.workloads().forEach(w -> s.add(w.id()));
        return s;
    }

    /** APIs and deployments share one set of ids. */
    static Set<String> targetIds(Portfolio p) {
        Set<String> s = new HashSet<>();
        p.apis().forEach(a -> s.add(a.id()));
        p.deployments().forEach(d -> s.add(d.id()));
        return s;
    }

    static Set<String> planIds(Portfolio p) {
        Set<String> s = new HashSet<>();
        p.plans().forEach(pl -> s.add(pl.id()));
        return s;
    }

    /**
     * Adds a use case; every plan sends it wholly where the plan sends its first use case's first
     * route (with that route's overflow), so that each plan still serves everything.
     */
    static Portfolio addWorkload(Portfolio p, Workload w) {
        List<Workload> ws = new ArrayList<>(p.workloads());
        ws.add(w);
        List<Plan> plans = new ArrayList<>();
        for (Plan plan : p.plans()) {
            Route first = plan.routes().get(0);
            List<Route> routes = new ArrayList<>(plan.routes());
            routes.add(new Route(w.id(), first.to(), 1.0, first.overflow()));
            plans.add(plan.withRoutes(routes));
        }
        return new Portfolio(p.name(), p.horizonMonths(), p.currency(), p.finance(), ws, p.apis(), p.deployments(),
                plans, p.uncertainty());
    }

    /** A copy of a use case under a new id and name, routed in every plan as the original is. */
    static Portfolio duplicateWorkload(Portfolio p, String id, String newId, String newName) {
        Workload w = p.workload(id).orElseThrow();
        List<Workload> ws = new ArrayList<>(p.workloads());
        ws.add(p.workloads().indexOf(w) + 1, new Workload(newId, newName, w.fields(), w.residency(), w.minQuality(),
                w.latency()));
        List<Plan> plans = new ArrayList<>();
        for (Plan plan : p.plans()) {
            List<Route> routes = new ArrayList<>(plan.routes());
            for (Route r : plan.routes()) {
                if (r.workload().equals(id)) {
                    routes.add(new Route(newId, r.to(), r.share(), r.overflow()));
                }
            }
            plans.add(plan.withRoutes(routes));
        }
        return new Portfolio(p.name(), p.horizonMonths(), p.currency(), p.finance(), ws, p.apis(), p.deployments(),
                plans, p.uncertainty());
    }

    /** Removes a use case, its routes in every plan and its ranges; the last one cannot go. */
    static Portfolio removeWorkload(Portfolio p, String id) {
        Workload w = p.workload(id).orElseThrow();
        if (p.workloads().size() == 1) {
            throw refusal("workloads", "\"" + w.name() + "\" is the only use case: a portfolio needs at least one");
        }
        List<Workload> ws = new ArrayList<>(p.workloads());
        ws.remove(w);
        Map<String, Distribution> ranges = withoutPrefix(p.uncertainty(), "workloads." + id + ".");
        List<Plan> plans = new ArrayList<>();
        for (Plan plan : p.plans()) {
            List<Route> kept = new ArrayList<>();
            int[] newIndex = new int[plan.routes().size()];
            for (int r = 0; r < plan.routes().size(); r++) {
                Route route = plan.routes().get(r);
                newIndex[r] = route.workload().equals(id) ? -1 : kept.size();
                if (newIndex[r] >= 0) {
                    kept.add(route);
                }
            }
            ranges = remapRouteRanges(ranges, plan.id(), newIndex);
            plans.add(plan.withRoutes(kept));
        }
        return new Portfolio(p.name(), p.horizonMonths(), p.currency(), p.finance(), ws, p.apis(), p.deployments(),
                plans, ranges);
    }

    /**
     * Removes an API or a deployment. Every route to it goes to the first other option that can take
     * a whole use case (an API, else a sized deployment, else a fixed fleet with an API for its
     * overflow), and every overflow to it goes to the first other API without committed capacity;
     * the plans may then break a residency or quality rule, which the results show. Refused when no
     * other option can take its routes.
     */
    static Portfolio removeTarget(Portfolio p, String id) {
        boolean isApi = p.api(id).isPresent();
        String name = isApi ? p.api(id).get().name() : p.deployment(id).orElseThrow().name();
        List<Api> apis = new ArrayList<>(p.apis());
        List<Deployment> ds = new ArrayList<>(p.deployments());
        apis.removeIf(a -> a.id().equals(id));
        ds.removeIf(d -> d.id().equals(id));
        Optional<String> overflowApi = apis.stream().filter(a -> a.committed() == null).map(Api::id).findFirst();
        Optional<Route> replacement = replacementFor(apis, ds, overflowApi);
        List<Plan> plans = new ArrayList<>();
        for (Plan plan : p.plans()) {
            List<Route> routes = new ArrayList<>();
            for (Route r : plan.routes()) {
                Route next = r;
                if (r.to().equals(id)) {
                    Route to = replacement.orElseThrow(() -> refusal("plans",
                            "\"" + name + "\" serves use cases in plan \"" + plan.name()
                                    + "\" and no other option can take them: add another API or deployment first"));
                    next = new Route(r.workload(), to.to(), r.share(), to.overflow());
                } else if (id.equals(r.overflow())) {
                    String over = overflowApi.orElseThrow(() -> refusal("plans",
                            "\"" + name + "\" takes the overflow of \"" + r.to() + "\" in plan \"" + plan.name()
                                    + "\" and no other API without committed capacity can: add one first"));
                    next = new Route(r.workload(), r.to(), r.share(), over);
                }
                routes.add(next);
            }
            plans.add(plan.withRoutes(routes));
        }
        Map<String, Distribution> ranges = withoutPrefix(p.uncertainty(), (isApi ? "apis." : "deployments.") + id + ".");
        return new Portfolio(p.name(), p.horizonMonths(), p.currency(), p.finance(), p.workloads(), apis, ds, plans,
                ranges);
    }

    private static Optional<Route> replacementFor(List<Api> apis, List<Deployment> ds, Optional<String> overflowApi) {
        if (!apis.isEmpty()) {
            return Optional.of(new Route("-", apis.get(0).id(), 1, null));
        }
        Optional<Deployment> sized = ds.stream().filter(d -> !d.isFixed()).findFirst();
        if (sized.isPresent()) {
            return Optional.of(new Route("-", sized.get().id(), 1, null));
        }
        Optional<Deployment> fixed = ds.stream().filter(Deployment::isFixed).findFirst();
        if (fixed.isPresent() && overflowApi.isPresent()) {
            return Optional.of(new Route("-", fixed.get().id(), 1, overflowApi.get()));
        }
        return Optional.empty();
    }

    /**
     * Changes a deployment that becomes a fixed fleet (or a sized one again) and gives its routes in every plan
     * an API for the overflow (the first without committed capacity), or takes the overflow away.
     */
    static Portfolio withFleet(Portfolio p, Deployment changed) {
        String deploymentId = changed.id();
        boolean fixed = changed.isFixed();
        Optional<String> over = p.apis().stream().filter(a -> a.committed() == null).map(Api::id).findFirst();
        List<Plan> plans = new ArrayList<>();
        for (Plan plan : p.plans()) {
            List<Route> routes = new ArrayList<>();
            for (Route r : plan.routes()) {
                if (r.to().equals(deploymentId) && fixed && !r.hasOverflow()) {
                    String api = over.orElseThrow(() -> refusal("fixedReplicas", "needs an API without committed capacity "
                            + "to take what the fleet cannot serve: add one first"));
                    routes.add(new Route(r.workload(), r.to(), r.share(), api));
                } else if (r.to().equals(deploymentId) && !fixed && r.hasOverflow()) {
                    routes.add(new Route(r.workload(), r.to(), r.share(), null));
                } else {
                    routes.add(r);
                }
            }
            plans.add(plan.withRoutes(routes));
        }
        List<Deployment> ds = new ArrayList<>(p.deployments());
        ds.replaceAll(d -> d.id().equals(deploymentId) ? changed : d);
        // one portfolio built from both changes: each alone breaks the overflow rule
        return new Portfolio(p.name(), p.horizonMonths(), p.currency(), p.finance(), p.workloads(), p.apis(), ds, plans,
                p.uncertainty());
    }

    /** Changes the routes of one plan; ranges on its route shares follow their routes ({@code newIndex}, -1: gone). */
    static Portfolio withPlanRoutes(Portfolio p, String planId, List<Route> routes, int[] newIndex) {
        List<Plan> plans = new ArrayList<>(p.plans());
        plans.replaceAll(pl -> pl.id().equals(planId) ? pl.withRoutes(routes) : pl);
        Map<String, Distribution> ranges = remapRouteRanges(p.uncertainty(), planId, newIndex);
        return new Portfolio(p.name(), p.horizonMonths(), p.currency(), p.finance(), p.workloads(), p.apis(),
                p.deployments(), plans, ranges);
    }

    static Portfolio withPlans(Portfolio p, List<Plan> plans, Map<String, Distribution> ranges) {
        return new Portfolio(p.name(), p.horizonMonths(), p.currency(), p.finance(), p.workloads(), p.apis(),
                p.deployments(), plans, ranges);
    }

    /** Ranges without those of a removed plan. */
    static Map<String, Distribution> withoutPlan(Map<String, Distribution> ranges, String planId) {
        return withoutPrefix(ranges, "plans." + planId + ".");
    }

    /** Ranges of a copied plan's route shares, copied to the copy. */
    static Map<String, Distribution> copyPlanRanges(Map<String, Distribution> ranges, String from, String to) {
        Map<String, Distribution> m = new LinkedHashMap<>(ranges);
        String prefix = "plans." + from + ".";
        for (Map.Entry<String, Distribution> e : ranges.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                m.put("plans." + to + "." + e.getKey().substring(prefix.length()), e.getValue());
            }
        }
        return m;
    }

    private static Map<String, Distribution> withoutPrefix(Map<String, Distribution> ranges, String prefix) {
        Map<String, Distribution> m = new LinkedHashMap<>(ranges);
        m.keySet().removeIf(k -> k.startsWith(prefix));
        return m;
    }

    private static Map<String, Distribution> remapRouteRanges(Map<String, Distribution> ranges, String planId,
                                                              int[] newIndex) {
        String prefix = "plans." + planId + ROUTE_SHARE;
        Map<String, Distribution> m = new LinkedHashMap<>();
        for (Map.Entry<String, Distribution> e : ranges.entrySet()) {
            String k = e.getKey();
            if (!k.startsWith(prefix)) {
                m.put(k, e.getValue());
                continue;
            }
            String rest = k.substring(prefix.length());
            int dot = rest.indexOf('.');
            int r = Integer.parseInt(rest.substring(0, dot));
            int to = r < newIndex.length ? newIndex[r] : -1;
            if (to >= 0) {
                m.put(prefix + to + rest.substring(dot), e.getValue());
            }
        }
        return m;
    }

    static InvalidScenarioException refusal(String path, String rule) {
        return new InvalidScenarioException(path, rule);
    }
}
