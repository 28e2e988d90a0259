package com.tcostudio.core.engine;

import com.tcostudio.core.portfolio.Route;

import java.util.List;

/**
 * One assignment found by {@code recommend}: its TCO and NPV as {@code evaluate} gives them for a plan
 * with these routes, and the routes (each workload wholly to one target, share 1), ready to paste
 * into the file as a plan.
 */
public record RecommendedPlan(double tco, double npv, List<Route> routes) {
    public RecommendedPlan {
        routes = List.copyOf(routes);
    }
}
