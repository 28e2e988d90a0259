package com.tcostudio.core.uncertainty;

import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.InvalidScenarioException;
import com.tcostudio.core.portfolio.Domain;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Route;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * A portfolio's ranges (its {@code uncertainty} section) as the Monte Carlo and the sensitivity
 * use them: each path, its distribution, and the nearest valid value of a draw, so that every
 * sample is a valid portfolio.
 *
 * <p>Valid values are the path's {@link Domain}, money bounds in the scenario's currency, and for a
 * route's share what the workload's other routes in the plan leave: a share may vary only when
 * another route of the same workload takes the rest (has no share), and, for a range, when no other
 * share of that workload in the plan carries one, so that the shares keep summing to 1
 * (METHODOLOGY-V2 is silent here; see docs/methodology.md).
 */
final class PortfolioRanges {
    final String[] paths;
    final Distribution[] ranges;
    private final DoubleUnaryOperator[] clips;

    PortfolioRanges(Portfolio p) {
        int n = p.uncertainty().size();
        paths = new String[n];
        ranges = new Distribution[n];
        clips = new DoubleUnaryOperator[n];
        Map<String, Domain> valid = p.realValuedPaths();
        int k = 0;
        for (Map.Entry<String, Distribution> e : p.uncertainty().entrySet()) {
            paths[k] = e.getKey();
            ranges[k] = e.getValue();
            clips[k] = clipper(p, valid, e.getKey(), true);
            k++;
        }
    }

    int size() {
        return paths.length;
    }

    /** The nearest valid value of path k to a draw (a NaN stays NaN, for validation to refuse). */
    double clip(int k, double drawn) {
        return clips[k].applyAsDouble(drawn);
    }

    /**
     * The nearest valid value of the field at a path, for a search over its values.
     *
     * @throws IllegalArgumentException when the path names no real-valued field
     * @throws InvalidScenarioException when it is a share that cannot vary (no route takes the rest)
     */
    static DoubleUnaryOperator clipper(Portfolio p, String path) {
        return clipper(p, p.realValuedPaths(), path, false);
    }

    private static DoubleUnaryOperator clipper(Portfolio p, Map<String, Domain> valid, String path, boolean ranged) {
        Domain domain = valid.get(path);
        if (domain == null) {
            throw new IllegalArgumentException(path + " names no real-valued field of this scenario");
        }
        Input input = domain.input().orElse(null);
        double perUsd = p.currency().perUsd();
        if (input != null) {
            return x -> input.rule().clip(x, perUsd);
        }
        if (path.startsWith("plans.")) {
            double max = shareMax(p, path, ranged);
            return x -> Math.min(domain.clip(x), max);
        }
        return domain::clip;
    }

    /** What the other routes of the share's workload leave it; refuses a share the others cannot follow. */
    private static double shareMax(Portfolio p, String path, boolean ranged) {
        String[] part = path.split("\\.");
        Plan plan = p.plan(part[1]).orElseThrow();
        int r = Integer.parseInt(part[3]);
        String workload = plan.routes().get(r).workload();
        boolean rest = false;
        double others = 0;
        String rangedSibling = null;
        for (int i = 0; i < plan.routes().size(); i++) {
            Route route = plan.routes().get(i);
            if (i == r || !route.workload().equals(workload)) {
                continue;
            }
            if (!route.hasShare()) {
                rest = true;
            } else {
                others += route.share();
                String sibling = "plans." + plan.id() + ".routes." + i + ".share";
                if (ranged && rangedSibling == null && p.uncertainty().containsKey(sibling)) {
                    rangedSibling = sibling;
                }
            }
        }
        String at = ranged ? "uncertainty." + path : path;
        if (!rest) {
            throw new InvalidScenarioException(at, "a share can vary only when another route of workload \""
                    + workload + "\" in plan \"" + plan.id() + "\" has no share and takes the rest (otherwise the "
                    + "shares stop summing to 1)");
        }
        if (rangedSibling != null) {
            throw new InvalidScenarioException(at, "only one share of workload \"" + workload + "\" in plan \""
                    + plan.id() + "\" may carry a range (uncertainty." + rangedSibling + " has one too)");
        }
        return Math.max(0, 1 - others);
    }
}
