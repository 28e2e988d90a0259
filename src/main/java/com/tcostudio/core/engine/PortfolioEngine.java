package com.tcostudio.core.engine;

import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * The cost model of METHODOLOGY-V2: every plan of a portfolio evaluated with v1's per-component
 * formulas ({@link Components}, shared with {@link CostEngine}), the break-even of every pair of
 * plans, and the break-even scale on the run-rates. Stateless and thread-safe: {@link #DEFAULT}
 * serves every caller; each call works in its own {@link PlanEvaluator}.
 */
public final class PortfolioEngine {
    public static final PortfolioEngine DEFAULT = new PortfolioEngine();

    private PortfolioEngine() {
    }

    public PortfolioEvaluation evaluate(Portfolio p) {
        PortfolioNumbers n = new PortfolioNumbers(p);
        PlanEvaluator e = new PlanEvaluator(n);
        List<Plan> plans = p.plans();
        int count = plans.size();
        List<PlanResult> results = new ArrayList<>(count);
        double[][] once = new double[count][];
        double[][] cumulativeDiscounted = new double[count][];
        PlanRunRate[] runRates = new PlanRunRate[count];
        for (int i = 0; i < count; i++) {
            e.load(i);
            e.run(true);
            results.add(e.result(plans.get(i).id(), plans.get(i).name()));
            once[i] = e.once.clone();
            cumulativeDiscounted[i] = e.cumulativeDiscounted.clone();
            runRates[i] = PlanRunRate.of(e);
        }
        List<PlanBreakEven> breakEvens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            for (int j = i + 1; j < count; j++) {
                BreakEven be = Components.breakEven(results.get(j).cumulative(), cumulativeDiscounted[j], once[j],
                        results.get(i).cumulative(), cumulativeDiscounted[i], once[i], n.discount);
                breakEvens.add(new PlanBreakEven(plans.get(j).id(), plans.get(i).id(), be,
                        ScaleSearch.scale(runRates[j], runRates[i])));
            }
        }
        return new PortfolioEvaluation(p, results, breakEvens, n.allIn.clone(), n.allOut.clone());
    }
}
