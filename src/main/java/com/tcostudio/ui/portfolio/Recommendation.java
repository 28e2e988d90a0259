package com.tcostudio.ui.portfolio;

import com.tcostudio.core.portfolio.Route;

import java.util.List;

/**
 * What a search for the cheapest plan found: the feasible assignments of each use case wholly to one
 * option, cheapest first, as the command line's {@code recommend} prints them.
 *
 * @param exhaustive  whether every assignment was tried
 * @param assignments how many were tried
 * @param feasible    how many broke no rule
 */
public record Recommendation(boolean exhaustive, long assignments, long feasible, List<Candidate> plans) {
    /** One plan found: its TCO and NPV and the routes to paste into the portfolio. */
    public record Candidate(double tco, double npv, List<Route> routes) {
        public Candidate {
            routes = List.copyOf(routes);
        }
    }

    public Recommendation {
        plans = List.copyOf(plans);
    }
}
