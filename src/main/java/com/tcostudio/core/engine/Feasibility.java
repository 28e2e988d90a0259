package com.tcostudio.core.engine;

import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.portfolio.Api;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Latency;
import com.tcostudio.core.portfolio.Workload;

import java.util.List;

/**
 * The rules a route can break (METHODOLOGY-V2, "Feasibility"), each with its reason in words that
 * name the workload and target by name and the regions or figures involved.
 */
final class Feasibility {
    private Feasibility() {
    }

    /** The target's regions; null when it does not say. */
    private static List<String> regions(Object target) {
        return target instanceof Api ? ((Api) target).regions() : ((Deployment) target).regions();
    }

    private static String name(Object target) {
        return target instanceof Api ? ((Api) target).name() : ((Deployment) target).name();
    }

    private static double quality(Object target) {
        return target instanceof Api ? ((Api) target).quality() : ((Deployment) target).quality();
    }

    private static String id(Object target) {
        return target instanceof Api ? ((Api) target).id() : ((Deployment) target).id();
    }

    /**
     * A residency violation, or null when the target may process the workload's data. An owned
     * deployment that names no regions runs on the user's premises and satisfies any residency;
     * any other target that names none satisfies none.
     */
    static Violation residency(Workload w, Object target) {
        if (!w.hasResidency()) {
            return null;
        }
        List<String> regions = regions(target);
        if (regions == null) {
            boolean premises = target instanceof Deployment && ((Deployment) target).mode() == HostingMode.OWN;
            return premises ? null : new Violation(w.id(), id(target), Violation.RESIDENCY,
                    w.name() + " must stay in " + String.join(" or ", w.residency()) + "; " + name(target)
                            + " does not say where it processes data");
        }
        if (regions.stream().anyMatch(w.residency()::contains)) {
            return null;
        }
        return new Violation(w.id(), id(target), Violation.RESIDENCY, w.name() + " must stay in "
                + String.join(" or ", w.residency()) + "; " + name(target) + " processes in " + String.join(", ", regions));
    }

    /** A quality violation, or null when the target is rated at least the workload's minimum. */
    static Violation quality(Workload w, Object target) {
        if (!w.hasMinQuality()) {
            return null;
        }
        double q = quality(target);
        String need = w.name() + " needs a quality of at least " + Scenario.format(w.minQuality()) + "; ";
        if (Double.isNaN(q)) {
            return new Violation(w.id(), id(target), Violation.QUALITY, need + name(target) + " has no quality rating");
        }
        return q >= w.minQuality() ? null
                : new Violation(w.id(), id(target), Violation.QUALITY, need + name(target) + " is rated " + Scenario.format(q));
    }

    /** A latency violation when the operating point the deployment is costed at misses the workload's need. */
    static Violation latency(Workload w, Deployment d, OperatingPointChoice c) {
        Latency need = w.latency();
        boolean slow = need.hasMinOutputTokensPerSecondPerUser() && need.minOutputTokensPerSecondPerUser() > c.pointU();
        boolean late = need.hasMaxTimeToFirstTokenSeconds() && need.maxTimeToFirstTokenSeconds() < c.pointF();
        if (!slow && !late) {
            return null;
        }
        StringBuilder m = new StringBuilder(w.name()).append(" needs ");
        if (slow) {
            m.append(Scenario.format(need.minOutputTokensPerSecondPerUser())).append(" output tokens a second per user");
        }
        if (late) {
            m.append(slow ? " and " : "").append("the first token within ")
                    .append(Scenario.format(need.maxTimeToFirstTokenSeconds())).append(" s");
        }
        m.append("; ").append(d.name()).append(" at its best point for this plan gives ")
                .append(Scenario.format(c.pointU())).append(" tokens a second per user and the first token in ")
                .append(Scenario.format(c.pointF())).append(" s");
        return new Violation(w.id(), d.id(), Violation.LATENCY, m.toString());
    }

    /** The warning for a latency need routed to a deployment with v1 throughputs, which cannot be checked. */
    static Violation latencyUnchecked(Workload w, Deployment d) {
        return new Violation(w.id(), d.id(), Violation.LATENCY_UNCHECKED, w.name() + " has a latency need; "
                + d.name() + " gives one throughput, not operating points, so the need is not checked");
    }
}
