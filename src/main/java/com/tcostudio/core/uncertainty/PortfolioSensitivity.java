package com.tcostudio.core.uncertainty;

import com.tcostudio.core.engine.PortfolioWorkspace;
import com.tcostudio.core.portfolio.Portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-at-a-time sensitivity of a portfolio (a tornado), as {@link Sensitivity} for version 1 with
 * plan A against plan B in place of open against closed: each ranged field at its low and then its
 * high (the 5th and 95th percentiles for normal and lognormal), clipped to its valid values,
 * everything else at base; the change of TCO(A) - TCO(B) and of the month at which A becomes no
 * dearer than B. Fields come sorted by the larger swing of the difference (a stable sort: ties keep
 * the uncertainty section's order).
 */
public final class PortfolioSensitivity {

    /** One bar of the tornado. Break-even months are NaN where there is none. */
    public record Bar(String path, double low, double high, double deltaAtLow, double deltaAtHigh,
                      double breakEvenAtLow, double breakEvenAtHigh) {
        /** The larger distance of the two deltas from the base delta. */
        public double swing(double baseDelta) {
            return Math.max(Math.abs(deltaAtLow - baseDelta), Math.abs(deltaAtHigh - baseDelta));
        }
    }

    /**
     * The plans compared (indices in the portfolio's order), the base difference and break-even,
     * and the bars, largest swing first.
     */
    public record Result(int planA, int planB, double baseDelta, double baseBreakEven, List<Bar> bars) {
        public Result {
            bars = List.copyOf(bars);
        }
    }

    private PortfolioSensitivity() {
    }

    /** Plan a against plan b (indices in the portfolio's order). */
    public static Result run(Portfolio p, int a, int b) {
        checkPlans(p, a, b);
        PortfolioRanges ranges = new PortfolioRanges(p);
        PortfolioWorkspace w = new PortfolioWorkspace(p);
        w.evaluate();
        double base = w.tco(a) - w.tco(b);
        double baseBreakEven = w.breakEvenMonth(a, b);
        List<Bar> bars = new ArrayList<>();
        for (int k = 0; k < ranges.size(); k++) {
            int slot = w.slot(ranges.paths[k]);
            double was = w.get(slot);
            double lo = ranges.clip(k, ranges.ranges[k].low());
            double hi = ranges.clip(k, ranges.ranges[k].high());
            w.set(slot, lo);
            w.evaluate();
            double deltaLo = w.tco(a) - w.tco(b);
            double beLo = w.breakEvenMonth(a, b);
            w.set(slot, hi);
            w.evaluate();
            double deltaHi = w.tco(a) - w.tco(b);
            double beHi = w.breakEvenMonth(a, b);
            w.set(slot, was);
            bars.add(new Bar(ranges.paths[k], lo, hi, deltaLo, deltaHi, beLo, beHi));
        }
        bars.sort(Comparator.comparingDouble((Bar bar) -> bar.swing(base)).reversed());
        return new Result(a, b, base, baseBreakEven, bars);
    }

    /** Both plans exist and differ. */
    static void checkPlans(Portfolio p, int a, int b) {
        int n = p.plans().size();
        if (a < 0 || a >= n || b < 0 || b >= n) {
            throw new IllegalArgumentException("plans " + a + " and " + b + " must be indices of the " + n + " plans");
        }
        if (a == b) {
            throw new IllegalArgumentException("a plan compared with itself (" + p.plans().get(a).id() + ") has no difference");
        }
    }
}
