package com.tcostudio.core.engine;

/**
 * The throughput a deployment is costed at in a plan: the operating point chosen at the latency
 * target of the workloads routed to it, or its v1 throughputs.
 *
 * @param outputTokensPerSecondPerUser NaN (null in JSON) for a deployment with v1 throughputs
 */
public record UsedOperatingPoint(double outputTokensPerSecondPerUser, double prefillTokensPerSecond,
                                 double decodeTokensPerSecond) {
}
