package com.tcostudio.ui.portfolio;

import java.util.List;

/**
 * What the results show of one plan: its TCO and NPV, whether it is feasible and why not, and its
 * hidden cost as two figures kept apart (staff work, and GPU time paid for but idle), each as a share
 * of the plan's TCO, with the fleet's average utilization in words.
 *
 * @param badge        empty for a feasible plan, else "Infeasible: 2 rules broken"
 * @param reasons      each broken rule in words ("Support chat must stay in AE; Claude Sonnet processes in US")
 * @param warnings     rules that could not be checked (a latency need on a fleet without operating points)
 * @param staffShare   "12%": operations staff, setup and upgrades over the TCO
 * @param idleShare    "8%": GPU time paid for but idle over the TCO
 * @param utilization  "GPUs busy 41% of the hours paid for, on average", or that the plan has no GPUs
 */
public record PlanCard(String planId, String name, String tco, String npv, boolean cheapest, boolean feasible,
                       String badge, List<String> reasons, List<String> warnings, String staffShare, String idleShare,
                       String utilization) {
    public PlanCard {
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
    }
}
