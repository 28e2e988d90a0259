package com.tcostudio.core.engine;

/**
 * The multiple of today's volumes (every workload at once) at which plan A's run-rate is no dearer
 * than plan B's. NaN (null in JSON) where there is none in 0 < k <= 10,000.
 *
 * @param first     infimum of the k at which A is no dearer
 * @param sustained infimum of the k from which A is no dearer at every larger k in range
 */
public record Scale(double first, double sustained) {
    /** The largest multiple searched. */
    public static final double MAX_SCALE = 10_000;
    /**
     * Two run-rates closer than this, relative to the larger, are equal: plans that are the same
     * mathematically (one routing a workload 0.35 + 0.65 to an API, the other 1.0) differ by
     * rounding in the last bits, 1e-15 to 1e-13 relative, and must not look dearer.
     */
    public static final double TIE_TOLERANCE = 1e-12;
}
