package com.tcostudio.core.portfolio;

/**
 * A use case's latency need. Either part may be absent (NaN); {@code latency: {}} is no need.
 *
 * @param minOutputTokensPerSecondPerUser the slowest stream of output tokens a user accepts
 * @param maxTimeToFirstTokenSeconds      the longest wait for the first token a user accepts
 */
public record Latency(double minOutputTokensPerSecondPerUser, double maxTimeToFirstTokenSeconds) {
    /** Bounds far above any product: 100,000 tokens a second per user, an hour to the first token. */
    public static final double MAX_TOKENS_PER_SECOND_PER_USER = 100_000;
    public static final double MAX_TIME_TO_FIRST_TOKEN_SECONDS = 3_600;

    public static final Latency NONE = new Latency(Double.NaN, Double.NaN);

    public Latency {
        Problems p = new Problems();
        p.number("minOutputTokensPerSecondPerUser", minOutputTokensPerSecondPerUser, 0, MAX_TOKENS_PER_SECOND_PER_USER, true);
        if (!Double.isNaN(maxTimeToFirstTokenSeconds)) {
            p.above("maxTimeToFirstTokenSeconds", maxTimeToFirstTokenSeconds, 0, MAX_TIME_TO_FIRST_TOKEN_SECONDS);
        }
        p.throwIfAny();
    }

    public boolean hasMinOutputTokensPerSecondPerUser() {
        return !Double.isNaN(minOutputTokensPerSecondPerUser);
    }

    public boolean hasMaxTimeToFirstTokenSeconds() {
        return !Double.isNaN(maxTimeToFirstTokenSeconds);
    }

    /** Whether this states any need at all. */
    public boolean isNeed() {
        return hasMinOutputTokensPerSecondPerUser() || hasMaxTimeToFirstTokenSeconds();
    }
}
