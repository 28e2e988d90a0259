package com.tcostudio.core.catalogue;

/**
 * One measured operating point of a serving replica (METHODOLOGY-V2, "Serving at a latency
 * target"): at a batch load where each user receives {@code outputTokensPerSecondPerUser} tokens a
 * second, the replica as a whole prefills {@code prefillTokensPerSecond} and decodes
 * {@code decodeTokensPerSecond}, and a request waits {@code timeToFirstTokenSeconds} for its first token.
 */
public record MeasuredPoint(double outputTokensPerSecondPerUser, double prefillTokensPerSecond,
                            double decodeTokensPerSecond, double timeToFirstTokenSeconds) {
    public MeasuredPoint {
        Checks.atLeast("outputTokensPerSecondPerUser", outputTokensPerSecondPerUser, 0);
        Checks.above("prefillTokensPerSecond", prefillTokensPerSecond, 0);
        Checks.above("decodeTokensPerSecond", decodeTokensPerSecond, 0);
        Checks.above("timeToFirstTokenSeconds", timeToFirstTokenSeconds, 0);
    }
}
