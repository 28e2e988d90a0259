package com.tcostudio.ui.portfolio;

import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.DeploymentResult;
import com.tcostudio.core.engine.PlanBreakEven;
import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.engine.UsedOperatingPoint;
import com.tcostudio.core.engine.Violation;
import com.tcostudio.core.portfolio.Portfolio;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plan results written by hand (not by the engine), so that what the results screens show of them
 * can be checked against arithmetic in the test.
 */
final class EvaluationFixtures {
    private EvaluationFixtures() {
    }

    static double[] every(int months, double v) {
        double[] a = new double[months];
        Arrays.fill(a, v);
        return a;
    }

    /** A plan result from its categories (the rest zero); total, cumulative and tco follow from them. */
    static PlanResult plan(String id, String name, int months, Map<Category, double[]> given, double[] idle,
                           Map<String, DeploymentResult> deployments, Map<String, double[]> byWorkload,
                           List<Violation> violations) {
        Map<Category, double[]> cats = new EnumMap<>(Category.class);
        double[] total = new double[months];
        for (Category c : Category.values()) {
            double[] v = given.getOrDefault(c, new double[months]);
            cats.put(c, v);
            for (int m = 0; m < months; m++) {
                total[m] += v[m];
            }
        }
        double[] cum = new double[months];
        double run = 0;
        for (int m = 0; m < months; m++) {
            run += total[m];
            cum[m] = run;
        }
        return new PlanResult(id, name, cats, total, cum, cum.clone(), new double[months], run, run, new double[months],
                idle, deployments, byWorkload, violations, List.of());
    }

    static DeploymentResult fleet(String id, double[] gpus, double[] utilization) {
        return new DeploymentResult(id, gpus, gpus, utilization, new double[gpus.length],
                new UsedOperatingPoint(Double.NaN, 10_000, 1_000));
    }

    static PortfolioEvaluation evaluation(Portfolio p, List<PlanResult> plans, List<PlanBreakEven> breakEvens) {
        int h = p.horizonMonths();
        return new PortfolioEvaluation(p, plans, breakEvens, new double[h], new double[h]);
    }

    static Map<String, double[]> byWorkload(Object... idsAndArrays) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (int i = 0; i < idsAndArrays.length; i += 2) {
            m.put((String) idsAndArrays[i], (double[]) idsAndArrays[i + 1]);
        }
        return m;
    }
}
