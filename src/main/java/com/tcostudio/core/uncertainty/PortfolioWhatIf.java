package com.tcostudio.core.uncertainty;

import com.tcostudio.core.engine.PortfolioWorkspace;
import com.tcostudio.core.portfolio.Portfolio;

import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

/**
 * What-if break-even of a portfolio, as {@link WhatIf} for version 2: the value of one real-valued
 * field at which plan A and plan B cost the same over the horizon, TCO(A) - TCO(B) = 0, found by
 * {@link WhatIf#BRENT}; empty ("none in range") when the difference does not change sign. Values are
 * clipped to the field's valid values in the scenario's currency. Not thread-safe (one workspace).
 */
public final class PortfolioWhatIf {
    private final PortfolioWorkspace workspace;
    private final int slot;
    private final int a;
    private final int b;
    private final DoubleUnaryOperator clip;

    private PortfolioWhatIf(Portfolio p, String path, int a, int b) {
        PortfolioSensitivity.checkPlans(p, a, b);
        this.clip = PortfolioRanges.clipper(p, path);
        this.workspace = new PortfolioWorkspace(p);
        this.slot = workspace.slot(path);
        this.a = a;
        this.b = b;
    }

    /**
     * The search over the field at {@code path}, plan a against plan b (indices in the portfolio's order).
     *
     * @throws IllegalArgumentException when the path names no real-valued field or the plans are not two
     * @throws com.tcostudio.core.model.InvalidScenarioException for a share no other route follows
     */
    public static PortfolioWhatIf of(Portfolio p, String path, int a, int b) {
        return new PortfolioWhatIf(p, path, a, b);
    }

    /** TCO(A) - TCO(B) with the field set to x (clipped to its valid values). */
    public double delta(double x) {
        workspace.set(slot, clip.applyAsDouble(x));
        workspace.evaluate();
        return workspace.tco(a) - workspace.tco(b);
    }

    /** The field's value in [lo, hi] at which the two plans cost the same; empty when none. */
    public OptionalDouble breakEven(double lo, double hi) {
        if (!(lo < hi)) {
            throw new IllegalArgumentException("low (" + lo + ") must be below high (" + hi + ")");
        }
        return WhatIf.BRENT.solve(this::delta, lo, hi);
    }

    /** The difference at n evenly spaced values from lo to hi, for the what-if chart. */
    public double[][] curve(double lo, double hi, int n) {
        double[][] points = new double[n][2];
        for (int i = 0; i < n; i++) {
            double x = lo + (hi - lo) * i / (n - 1);
            points[i][0] = x;
            points[i][1] = delta(x);
        }
        return points;
    }
}
