package com.tcostudio.core.portfolio;

import java.util.List;

/** A way to serve every workload: routes of each workload's tokens to targets. */
public record Plan(String id, String name, List<Route> routes) {
    public static final int MAX_ROUTES = 1_000;

    public Plan {
        routes = routes == null ? List.of() : List.copyOf(routes);
        Problems p = new Problems();
        Ids.check(p, "id", id);
        Ids.checkName(p, "name", name);
        if (routes.isEmpty()) {
            p.add("routes", "must route every workload (no routes given)");
        } else if (routes.size() > MAX_ROUTES) {
            p.add("routes", "may have at most " + MAX_ROUTES + " routes (has " + routes.size() + ")");
        }
        p.throwIfAny();
    }

    public Plan withRoutes(List<Route> newRoutes) {
        return new Plan(id, name, newRoutes);
    }
}
