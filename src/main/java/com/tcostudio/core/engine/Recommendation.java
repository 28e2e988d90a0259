package com.tcostudio.core.engine;

import java.util.List;

/**
 * What {@code recommend} found (METHODOLOGY-V2, "recommend"): the cheapest feasible assignments of
 * each workload wholly to one candidate.
 *
 * @param exhaustive  true when every assignment was costed; false when the search was the heuristic
 * @param assignments assignments costed (all of them when exhaustive)
 * @param feasible    how many of those break no rule
 * @param plans       the cheapest feasible ones, cheapest TCO first
 */
public record Recommendation(boolean exhaustive, long assignments, long feasible, List<RecommendedPlan> plans) {
    public Recommendation {
        plans = List.copyOf(plans);
    }
}
