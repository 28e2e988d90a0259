package com.tcostudio.core.portfolio;

import com.tcostudio.core.model.Scenario;

/**
 * A share of one workload's tokens sent to one target; to a fixed deployment, with the API that
 * takes what the fleet cannot.
 *
 * @param share    in [0, 1]; NaN: the rest of the workload (at most one such route per workload)
 * @param overflow API id for what a fixed deployment cannot serve; null for any other target
 */
public record Route(String workload, String to, double share, String overflow) {
    public Route {
        Problems p = new Problems();
        if (workload == null) {
            p.add("workload", "is required");
        }
        if (to == null) {
            p.add("to", "is required");
        }
        if (!Double.isNaN(share) && !(share >= 0 && share <= 1)) {
            p.add("share", "must be a share between 0 and 1 (was " + Scenario.format(share) + ")");
        }
        p.throwIfAny();
    }

    /** The whole workload to one target. */
    public static Route all(String workload, String to) {
        return new Route(workload, to, 1.0, null);
    }

    public boolean hasShare() {
        return !Double.isNaN(share);
    }

    public boolean hasOverflow() {
        return overflow != null;
    }

    public Route withShare(double s) {
        return new Route(workload, to, s, overflow);
    }
}
