package com.tcostudio.core.portfolio;

/**
 * One measured point of a replica: at this speed per user it does this much prefill and decode
 * work when fully busy, with this time to the first token. Faster streams per user mean smaller
 * batches and so less throughput per replica.
 */
public record OperatingPoint(double outputTokensPerSecondPerUser, double prefillTokensPerSecond,
                             double decodeTokensPerSecond, double timeToFirstTokenSeconds) {
    /** The same bound as a v1 throughput. */
    public static final double MAX_TOKENS_PER_SECOND = 1e9;

    public OperatingPoint {
        Problems p = new Problems();
        p.number("outputTokensPerSecondPerUser", outputTokensPerSecondPerUser, 0, Latency.MAX_TOKENS_PER_SECOND_PER_USER, false);
        p.above("prefillTokensPerSecond", prefillTokensPerSecond, 0, MAX_TOKENS_PER_SECOND);
        p.above("decodeTokensPerSecond", decodeTokensPerSecond, 0, MAX_TOKENS_PER_SECOND);
        p.above("timeToFirstTokenSeconds", timeToFirstTokenSeconds, 0, Latency.MAX_TIME_TO_FIRST_TOKEN_SECONDS);
        p.throwIfAny();
    }
}
