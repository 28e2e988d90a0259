package com.tcostudio.core.uncertainty;

import com.tcostudio.core.model.Distribution;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The densities the range editor draws, against closed forms worked by hand. */
class SamplersDensityTest {
    private static final double EXACT = 1e-12;
    /** Trapezoid rule over 20,000 steps; the tails beyond the plotted span hold almost nothing. */
    private static final double INTEGRAL = 2e-3;

    private static DoubleUnaryOperator density(Distribution d) {
        return Samplers.density(d).orElseThrow();
    }

    @Test
    void uniformIsFlatAtOneOverTheWidth() {
        assertEquals(0.25, density(Distribution.uniform(2, 6)).applyAsDouble(3), EXACT);
        assertEquals(0, density(Distribution.uniform(2, 6)).applyAsDouble(7), EXACT);
    }

    @Test
    void triangularPeaksAtTwoOverTheWidth() {
        assertEquals(1.0, density(Distribution.triangular(0, 1, 2)).applyAsDouble(1), EXACT);
        assertEquals(0.5, density(Distribution.triangular(0, 1, 2)).applyAsDouble(0.5), EXACT);
    }

    @Test
    void pertIsTheBetaRescaledToItsRange() {
        // symmetric PERT: alpha = beta = 1 + 4 * 0.5 = 3; beta(3, 3) at 0.5 is 30 * 0.5^2 * 0.5^2 = 1.875
        assertEquals(1.875 / 10, density(Distribution.pert(10, 15, 20)).applyAsDouble(15), EXACT);
        assertEquals(0, density(Distribution.pert(10, 15, 20)).applyAsDouble(9), EXACT);
    }

    @Test
    void normalAndLognormalAreGivenByTheirFifthAndNinetyFifthPercentiles() {
        double sigma = 4 / (2 * Samplers.Z95);
        assertEquals(1 / (sigma * Math.sqrt(2 * Math.PI)), density(Distribution.normal(8, 12)).applyAsDouble(10), EXACT);
        // lognormal(1, 100): mu = ln 10, sigma = ln 100 / (2 z95); density at the median e^mu = 10
        double s = Math.log(100) / (2 * Samplers.Z95);
        assertEquals(1 / (10 * s * Math.sqrt(2 * Math.PI)), density(Distribution.lognormal(1, 100)).applyAsDouble(10), EXACT);
    }

    @Test
    void everyDensityIntegratesToOne() {
        for (Distribution d : List.of(Distribution.uniform(1, 3), Distribution.triangular(0, 0.2, 1),
                Distribution.pert(1.8, 2.5, 4), Distribution.normal(-0.3, 0.1), Distribution.lognormal(1.5, 5))) {
            double lo = d.low() - 4 * (d.high() - d.low());
            double hi = d.high() + 30 * (d.high() - d.low());
            int n = 20_000;
            double h = (hi - lo) / n;
            DoubleUnaryOperator f = density(d);
            double sum = (f.applyAsDouble(Math.max(lo, 1e-9)) + f.applyAsDouble(hi)) / 2;
            for (int i = 1; i < n; i++) {
                sum += f.applyAsDouble(lo + i * h);
            }
            assertEquals(1, sum * h, INTEGRAL, d.toString());
        }
    }

    @Test
    void theShareThatWillBeClippedComesFromTheDistributionFunction() {
        double inf = Double.POSITIVE_INFINITY;
        assertEquals(0.25, Samplers.shareOutside(Distribution.uniform(-1, 3), 0, inf), EXACT);
        // p5 and p95 by definition: 5% below 8 and 5% above 12
        assertEquals(0.10, Samplers.shareOutside(Distribution.normal(8, 12), 8, 12), 1e-9);
        assertEquals(0.5, Samplers.shareOutside(Distribution.pert(10, 15, 20), -inf, 15), EXACT);
        assertEquals(0, Samplers.shareOutside(Distribution.pert(0, 0.2, 1), 0, 1), EXACT);
        assertEquals(0, Samplers.shareOutside(Distribution.uniform(3, 3), 0, inf), EXACT);
        assertEquals(1, Samplers.shareOutside(Distribution.uniform(3, 3), 4, inf), EXACT);
    }

    @Test
    void aDegenerateRangeHasNoDensity() {
        assertTrue(Samplers.density(Distribution.uniform(3, 3)).isEmpty());
    }
}
