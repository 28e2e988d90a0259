package com.tcostudio.core.engine;

import com.tcostudio.core.portfolio.OperatingPoint;

import java.util.List;

/**
 * The throughput a deployment with measured operating points is costed at, for the latency target
 * of the workloads routed to it (METHODOLOGY-V2, "Serving at a latency target").
 *
 * @param reportedU  the speed per user reported: u* where interpolated, else the used point's
 * @param pointU     the speed per user the workloads get, checked against their needs
 * @param pointF     the time to first token they get
 * @param checkNeeds true when u* lies above the last eligible point or no point is eligible: each
 *                   workload's need must then be checked against (pointU, pointF)
 */
record OperatingPointChoice(double reportedU, double prefill, double decode, double pointU, double pointF,
                            boolean checkNeeds) {

    /**
     * @param uStar the fastest speed per user any routed workload asks for (0 when none)
     * @param fStar the shortest time to first token any asks for (infinity when none)
     */
    static OperatingPointChoice choose(List<OperatingPoint> points, double uStar, double fStar) {
        OperatingPoint previous = null;
        OperatingPoint lastEligible = null;
        for (OperatingPoint p : points) {
            if (!(p.timeToFirstTokenSeconds() <= fStar)) {
                continue;
            }
            double u = p.outputTokensPerSecondPerUser();
            if (previous == null && uStar <= u) {
                return at(p, false);
            }
            if (previous != null && uStar <= u) {
                if (uStar == u) {
                    return new OperatingPointChoice(uStar, p.prefillTokensPerSecond(), p.decodeTokensPerSecond(), u,
                            p.timeToFirstTokenSeconds(), false);
                }
                double u0 = previous.outputTokensPerSecondPerUser();
                double share = (uStar - u0) / (u - u0);
                double pre = previous.prefillTokensPerSecond()
                        + share * (p.prefillTokensPerSecond() - previous.prefillTokensPerSecond());
                double dec = previous.decodeTokensPerSecond()
                        + share * (p.decodeTokensPerSecond() - previous.decodeTokensPerSecond());
                // both neighbours meet the time-to-first-token limit; the speed is u* itself
                return new OperatingPointChoice(uStar, pre, dec, uStar,
                        Math.max(previous.timeToFirstTokenSeconds(), p.timeToFirstTokenSeconds()), false);
            }
            previous = p;
            lastEligible = p;
        }
        if (lastEligible != null) {
            return at(lastEligible, true);
        }
        // nothing meets the time limit: the quickest first token, the fastest stream among ties
        OperatingPoint best = points.get(0);
        for (OperatingPoint p : points) {
            if (p.timeToFirstTokenSeconds() <= best.timeToFirstTokenSeconds()) {
                best = p;
            }
        }
        return at(best, true);
    }

    private static OperatingPointChoice at(OperatingPoint p, boolean check) {
        return new OperatingPointChoice(p.outputTokensPerSecondPerUser(), p.prefillTokensPerSecond(),
                p.decodeTokensPerSecond(), p.outputTokensPerSecondPerUser(), p.timeToFirstTokenSeconds(), check);
    }
}
