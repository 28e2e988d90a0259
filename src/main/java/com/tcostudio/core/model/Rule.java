package com.tcostudio.core.model;

/**
 * The validity rule of a numeric scenario input, stated in words for error messages and tooltips.
 * Every rule also refuses NaN and infinity.
 */
public enum Rule {
    NON_NEGATIVE("must be zero or more", 0, Double.POSITIVE_INFINITY, false, false),
    POSITIVE("must be greater than zero", 0, Double.POSITIVE_INFINITY, true, false),
    SHARE("must be a share between 0 and 1", 0, 1, false, false),
    UTILIZATION("must be greater than 0 and at most 1", 0, 1, true, false),
    /** Rates of change: -100% would wipe the quantity out and below that it turns negative. */
    RATE("must be greater than -1 (a change of more than -100% is impossible)", -1, Double.POSITIVE_INFINITY, true, false),
    AT_LEAST_ONE("must be 1 or more", 1, Double.POSITIVE_INFINITY, false, false),
    HORIZON("must be a whole number of months from 1 to 120", 1, 120, false, false);

    private final String words;
    private final double min;
    private final double max;
    private final boolean minExclusive;
    private final boolean maxExclusive;

    Rule(String words, double min, double max, boolean minExclusive, boolean maxExclusive) {
        this.words = words;
        this.min = min;
        this.max = max;
        this.minExclusive = minExclusive;
        this.maxExclusive = maxExclusive;
    }

    /** The rule in words, e.g. "must be a share between 0 and 1". */
    public String words() {
        return words;
    }

    public boolean accepts(double value) {
        if (!Double.isFinite(value)) {
            return false;
        }
        boolean aboveMin = minExclusive ? value > min : value >= min;
        boolean belowMax = maxExclusive ? value < max : value <= max;
        return aboveMin && belowMax;
    }

    /**
     * The nearest valid value, used to clip Monte Carlo samples. Exclusive bounds are approached by
     * the next representable double.
     */
    public double clip(double value) {
        double lo = minExclusive ? Math.nextUp(min) : min;
        double hi = maxExclusive ? Math.nextDown(max) : max;
        return Math.max(lo, Math.min(hi, value));
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }
}
