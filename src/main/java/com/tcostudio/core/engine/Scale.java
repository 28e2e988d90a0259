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
}
