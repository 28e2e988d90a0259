package com.tcostudio.core.uncertainty;

import com.tcostudio.core.model.Distribution;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Turns a scenario's {@link Distribution} into a Commons Math distribution drawing from a given
 * generator. Normal and lognormal are given by their 5th and 95th percentiles; PERT is beta-PERT
 * with lambda 4 on [low, high]. A range whose low equals its high is that constant.
 */
public final class Samplers {
    /** The 95th percentile of the standard normal: p5 and p95 lie this many sigmas from the median. */
    public static final double Z95 = 1.6448536269514722;
    /** Beta-PERT's weight on the mode. */
    public static final double PERT_LAMBDA = 4;

    private Samplers() {
    }

    /** A sampler of one value per call; constant when the range is degenerate. */
    public interface Sampler {
        double sample();
    }

    public static Sampler of(Distribution d, RandomGenerator rng) {
        double lo = d.low();
        double hi = d.high();
        if (lo == hi) {
            return () -> lo;
        }
        RealDistribution dist = distribution(d, rng);
        switch (d.kind()) {
            case PERT:
                // beta on [0, 1], scaled to [low, high]
                return () -> lo + (hi - lo) * dist.sample();
            default:
                return dist::sample;
        }
    }

    /** The distribution itself (PERT as the beta on [0, 1]); used for moments in tests. */
    static RealDistribution distribution(Distribution d, RandomGenerator rng) {
        double lo = d.low();
        double hi = d.high();
        switch (d.kind()) {
            case UNIFORM:
                return new UniformRealDistribution(rng, lo, hi);
            case TRIANGULAR:
                return new TriangularDistribution(rng, lo, d.mode(), hi);
            case PERT: {
                double alpha = 1 + PERT_LAMBDA * (d.mode() - lo) / (hi - lo);
                double beta = 1 + PERT_LAMBDA * (hi - d.mode()) / (hi - lo);
                return new BetaDistribution(rng, alpha, beta);
            }
            case NORMAL:
                return new NormalDistribution(rng, (lo + hi) / 2, (hi - lo) / (2 * Z95));
            case LOGNORMAL: {
                double mu = (Math.log(lo) + Math.log(hi)) / 2;
                double sigma = (Math.log(hi) - Math.log(lo)) / (2 * Z95);
                return new LogNormalDistribution(rng, mu, sigma);
            }
            default:
                throw new IllegalArgumentException("unknown distribution " + d.kind());
        }
    }
}
