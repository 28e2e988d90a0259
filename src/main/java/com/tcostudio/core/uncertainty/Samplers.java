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

    /**
     * The probability density of the range at a value, for drawing its shape; PERT is the beta
     * density rescaled from [0, 1] to [low, high]. A degenerate range has no density (empty).
     */
    public static java.util.Optional<java.util.function.DoubleUnaryOperator> density(Distribution d) {
        double lo = d.low();
        double hi = d.high();
        if (lo == hi) {
            return java.util.Optional.empty();
        }
        // the generator is never drawn from: only the density is asked for
        RealDistribution dist = distribution(d, null);
        if (d.kind() == Distribution.Kind.PERT) {
            return java.util.Optional.of(x -> x < lo || x > hi ? 0 : dist.density((x - lo) / (hi - lo)) / (hi - lo));
        }
        return java.util.Optional.of(dist::density);
    }

    /**
     * The probability that a draw falls below {@code min} or above {@code max}: the share of
     * samples the Monte Carlo will clip to an input's valid range, told before it runs.
     */
    public static double shareOutside(Distribution d, double min, double max) {
        double lo = d.low();
        double hi = d.high();
        if (lo == hi) {
            return lo < min || lo > max ? 1 : 0;
        }
        RealDistribution dist = distribution(d, null);
        java.util.function.DoubleUnaryOperator cdf = d.kind() == Distribution.Kind.PERT
                ? x -> dist.cumulativeProbability(Math.min(1, Math.max(0, (x - lo) / (hi - lo))))
                : dist::cumulativeProbability;
        double below = Double.isInfinite(min) ? 0 : cdf.applyAsDouble(min);
        double above = Double.isInfinite(max) ? 0 : 1 - cdf.applyAsDouble(max);
        return below + above;
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
