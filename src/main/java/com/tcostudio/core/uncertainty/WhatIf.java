package com.tcostudio.core.uncertainty;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.InvalidScenarioException;
import com.tcostudio.core.model.Scenario;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;

import java.util.OptionalDouble;

/**
 * What-if break-even: the value of one input at which self-hosting and the closed API cost the
 * same over the horizon, TCO(open) - TCO(closed) = 0, found by a bracketing root finder. Empty
 * ("none in range") when the difference does not change sign between the bounds.
 */
public final class WhatIf {
    /** Stop when the bracket is this narrow relative to the value (money amounts are far coarser). */
    static final double RELATIVE_ACCURACY = 1e-12;
    static final double ABSOLUTE_ACCURACY = 1e-10;
    private static final int MAX_EVALUATIONS = 500;

    /** A root finder over a bracket; Commons Math stays behind this interface. */
    @FunctionalInterface
    public interface RootFinder {
        /** A root of f in [lo, hi] where f(lo) and f(hi) differ in sign, or empty when the bracket holds none. */
        OptionalDouble solve(java.util.function.DoubleUnaryOperator f, double lo, double hi);
    }

    /** Brent's method with a bracketing guarantee (Commons Math). */
    public static final RootFinder BRENT = (f, lo, hi) -> {
        double flo = f.applyAsDouble(lo);
        double fhi = f.applyAsDouble(hi);
        if (flo == 0) {
            return OptionalDouble.of(lo);
        }
        if (fhi == 0) {
            return OptionalDouble.of(hi);
        }
        if (Math.signum(flo) == Math.signum(fhi)) {
            return OptionalDouble.empty();
        }
        try {
            BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(RELATIVE_ACCURACY, ABSOLUTE_ACCURACY, 5);
            return OptionalDouble.of(solver.solve(MAX_EVALUATIONS, f::applyAsDouble, lo, hi));
        } catch (MathIllegalArgumentException | MathIllegalStateException e) {
            // a non-monotone step function (replica steps) can defeat convergence: report no root
            return OptionalDouble.empty();
        }
    };

    private WhatIf() {
    }

    /** TCO(open) - TCO(closed) with the input set to x (clipped to its valid range in the scenario's currency). */
    public static double delta(Scenario s, Input input, double x) {
        Evaluation e = CostEngine.DEFAULT.evaluate(s.with(input, input.rule().clip(x, s.currency().perUsd())));
        return e.setup(Setup.OPEN).tco() - e.setup(Setup.CLOSED).tco();
    }

    /** The input's value in [lo, hi] at which open and closed cost the same; empty when none. */
    public static OptionalDouble breakEven(Scenario s, Input input, double lo, double hi) {
        if (input.isInteger()) {
            throw new InvalidScenarioException(input.path(), "a whole-number input has no continuous break-even");
        }
        if (!(lo < hi)) {
            throw new IllegalArgumentException("low (" + lo + ") must be below high (" + hi + ")");
        }
        return BRENT.solve(x -> delta(s, input, x), lo, hi);
    }

    /** The difference at n evenly spaced values from lo to hi, for the what-if chart. */
    public static double[][] curve(Scenario s, Input input, double lo, double hi, int n) {
        double[][] points = new double[n][2];
        for (int i = 0; i < n; i++) {
            double x = lo + (hi - lo) * i / (n - 1);
            points[i][0] = x;
            points[i][1] = delta(s, input, x);
        }
        return points;
    }
}
