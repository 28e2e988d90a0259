package com.tcostudio.core.portfolio;

import com.tcostudio.core.model.CatalogueRef;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.HybridPolicy;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A version 1 scenario as the one-workload portfolio of METHODOLOGY-V2's "Version 1 files": the
 * workload {@code main}, the API {@code closed}, the deployment {@code open} (and, for a spillover
 * hybrid, {@code open-spillover}: the same deployment as a fixed fleet), and the plans
 * {@code closed}, {@code open} and, with a hybrid part, {@code hybrid}. The migrated portfolio
 * gives v1's numbers; this class is the only place that knows the mapping.
 */
public final class V1Migration {
    public static final String WORKLOAD = "main";
    public static final String API = "closed";
    public static final String DEPLOYMENT = "open";
    public static final String SPILLOVER_DEPLOYMENT = "open-spillover";
    public static final String PLAN_CLOSED = "closed";
    public static final String PLAN_OPEN = "open";
    public static final String PLAN_HYBRID = "hybrid";

    public static final String WORKLOAD_NAME = "Workload";
    public static final String API_NAME = "Closed API";
    public static final String DEPLOYMENT_NAME = "Self-hosted";
    public static final String SPILLOVER_DEPLOYMENT_NAME = "Self-hosted (fixed fleet)";
    public static final String PLAN_CLOSED_NAME = "Closed API";
    public static final String PLAN_OPEN_NAME = "Self-hosted";
    public static final String PLAN_HYBRID_NAME = "Hybrid";

    /** The path of the share hybrid's self-hosted share: the first route of plan {@code hybrid}. */
    public static final String HYBRID_SHARE_PATH = "plans." + PLAN_HYBRID + ".routes.0.share";

    private V1Migration() {
    }

    /** The portfolio that gives the scenario's numbers. */
    public static Portfolio migrate(Scenario s) {
        Workload workload = new Workload(WORKLOAD, WORKLOAD_NAME, fieldsOf(s, Workload.INPUTS), null, Double.NaN,
                Latency.NONE);
        Api api = new Api(API, API_NAME, fieldsOf(s, Api.INPUTS), s.catalogueRef(CatalogueSlot.API_MODEL).orElse(null),
                null, Double.NaN, null, null);
        Map<CatalogueSlot, CatalogueRef> refs = new EnumMap<>(CatalogueSlot.class);
        s.catalogueRef(CatalogueSlot.SERVING_PROFILE).ifPresent(r -> refs.put(CatalogueSlot.SERVING_PROFILE, r));
        s.catalogueRef(CatalogueSlot.GPU_OFFER).ifPresent(r -> refs.put(CatalogueSlot.GPU_OFFER, r));
        Deployment open = new Deployment(DEPLOYMENT, DEPLOYMENT_NAME, fieldsOf(s, Deployment.inputs(s.hostingMode())),
                s.hostingMode(), s.amortize(), false, null, null, List.of(), null, Double.NaN, refs);

        List<Deployment> deployments = new ArrayList<>(List.of(open));
        List<Plan> plans = new ArrayList<>();
        plans.add(new Plan(PLAN_CLOSED, PLAN_CLOSED_NAME, List.of(Route.all(WORKLOAD, API))));
        plans.add(new Plan(PLAN_OPEN, PLAN_OPEN_NAME, List.of(Route.all(WORKLOAD, DEPLOYMENT))));
        if (s.hybridPolicy() == HybridPolicy.SHARE) {
            // the API's route takes the rest, so that a range on the share keeps the sum at 1
            plans.add(new Plan(PLAN_HYBRID, PLAN_HYBRID_NAME, List.of(
                    new Route(WORKLOAD, DEPLOYMENT, s.get(Input.SELF_HOSTED_SHARE), null),
                    new Route(WORKLOAD, API, Double.NaN, null))));
        } else if (s.hybridPolicy() == HybridPolicy.SPILLOVER) {
            deployments.add(open.asFixed(SPILLOVER_DEPLOYMENT, SPILLOVER_DEPLOYMENT_NAME,
                    s.getInt(Input.SELF_HOSTED_REPLICAS)));
            plans.add(new Plan(PLAN_HYBRID, PLAN_HYBRID_NAME,
                    List.of(new Route(WORKLOAD, SPILLOVER_DEPLOYMENT, 1.0, API))));
        }
        Fields finance = fieldsOf(s, Portfolio.FINANCE_INPUTS);
        return new Portfolio(s.name(), s.horizonMonths(), s.currency(), finance, List.of(workload), List.of(api),
                deployments, plans, uncertainty(s));
    }

    /** The v2 paths a v1 uncertainty path becomes ({@code open.*} names both deployments). */
    public static List<String> paths(Input input, HybridPolicy policy) {
        String inPart = Fields.pathInPart(input);
        switch (input.section()) {
            case FINANCE:
                return List.of(input.path());
            case WORKLOAD:
                return List.of("workloads." + WORKLOAD + "." + inPart);
            case CLOSED:
                return List.of("apis." + API + "." + inPart);
            case OPEN:
            case RENT:
            case OWN:
                return policy == HybridPolicy.SPILLOVER
                        ? List.of("deployments." + DEPLOYMENT + "." + inPart,
                                "deployments." + SPILLOVER_DEPLOYMENT + "." + inPart)
                        : List.of("deployments." + DEPLOYMENT + "." + inPart);
            case HYBRID_SHARE:
                return List.of(HYBRID_SHARE_PATH);
            default:
                // the horizon and the spillover fleet are whole numbers: v1 refuses ranges on them
                return List.of();
        }
    }

    private static Map<String, Distribution> uncertainty(Scenario s) {
        Map<String, Distribution> m = new LinkedHashMap<>();
        for (Map.Entry<Input, Distribution> e : s.uncertainty().entrySet()) {
            for (String path : paths(e.getKey(), s.hybridPolicy())) {
                m.put(path, e.getValue());
            }
        }
        return m;
    }

    /** The scenario's values of these inputs; absent optional ones stay absent. */
    private static Fields fieldsOf(Scenario s, Set<Input> inputs) {
        double[] v = Fields.empty().toArray();
        for (Input i : inputs) {
            if (s.has(i)) {
                v[i.ordinal()] = s.get(i);
            }
        }
        return Fields.of(v);
    }
}
