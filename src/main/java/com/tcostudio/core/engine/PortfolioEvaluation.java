package com.tcostudio.core.engine;

import com.tcostudio.core.portfolio.Portfolio;

import java.util.List;
import java.util.Optional;

/**
 * Every plan of a portfolio evaluated: one {@link PlanResult} per plan in file order, and the
 * break-even of every pair of plans (i &lt; j, listed by i then j; A = plan j, B = plan i).
 */
public final class PortfolioEvaluation {
    private final Portfolio portfolio;
    private final List<PlanResult> plans;
    private final List<PlanBreakEven> breakEvens;
    private final double[] inputTokens;
    private final double[] outputTokens;

    /**
     * @param inputTokens  all workloads' input tokens by month
     * @param outputTokens all workloads' output tokens by month
     */
    public PortfolioEvaluation(Portfolio portfolio, List<PlanResult> plans, List<PlanBreakEven> breakEvens,
                               double[] inputTokens, double[] outputTokens) {
        this.portfolio = portfolio;
        this.plans = List.copyOf(plans);
        this.breakEvens = List.copyOf(breakEvens);
        this.inputTokens = inputTokens;
        this.outputTokens = outputTokens;
    }

    public Portfolio portfolio() {
        return portfolio;
    }

    public int months() {
        return portfolio.horizonMonths();
    }

    public List<PlanResult> plans() {
        return plans;
    }

    public PlanResult plan(String id) {
        return plans.stream().filter(p -> p.planId().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no plan \"" + id + "\""));
    }

    public List<PlanBreakEven> breakEvens() {
        return breakEvens;
    }

    /** The break-even of plan a against plan b, in either order of the file. */
    public Optional<PlanBreakEven> breakEven(String a, String b) {
        return breakEvens.stream().filter(x -> x.a().equals(a) && x.b().equals(b)).findFirst();
    }

    public double[] inputTokens() {
        return inputTokens;
    }

    public double[] outputTokens() {
        return outputTokens;
    }

    /** The feasible plan with the lowest TCO (the earlier on ties), if any plan is feasible. */
    public Optional<PlanResult> cheapestFeasible() {
        PlanResult best = null;
        for (PlanResult p : plans) {
            if (p.feasible() && (best == null || p.tco() < best.tco())) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }
}
