package com.tcostudio.ui.portfolio;

/**
 * Where a deployment is costed on its throughput-against-latency curve in the plan shown: the speed
 * per user of its operating point and the prefill and decode throughput there, with the use case
 * whose latency need set the target (empty when none has one).
 *
 * @param outputTokensPerSecondPerUser NaN for a deployment with v1 throughputs (no curve)
 */
public record ChosenPoint(String planName, double outputTokensPerSecondPerUser, double prefillTokensPerSecond,
                          double decodeTokensPerSecond, String chosenBy) {
}
