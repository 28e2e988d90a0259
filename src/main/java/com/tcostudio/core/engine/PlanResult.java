package com.tcostudio.core.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One plan's breakdown, month by month (index 0 is month 1): the single source for every chart,
 * table and export of the plan. Arrays are owned by this result and handed out without copying:
 * callers must not change them.
 */
public final class PlanResult {
    private final String planId;
    private final String name;
    private final Map<Category, double[]> categories;
    private final double[] total;
    private final double[] cumulative;
    private final double[] discounted;
    private final double[] costPerMTok;
    private final double tco;
    private final double npv;
    private final double[] gpus;
    private final double[] idleCapacity;
    private final Map<String, DeploymentResult> deployments;
    private final Map<String, double[]> byWorkload;
    private final List<Violation> violations;
    private final List<Violation> warnings;

    /**
     * @param categories  every category, in {@link Category} order
     * @param costPerMTok NaN in a month with no tokens
     * @param deployments the deployments the plan uses, in file order
     * @param byWorkload  what each workload costs, in file order; sums to {@code total}
     */
    public PlanResult(String planId, String name, Map<Category, double[]> categories, double[] total, double[] cumulative,
                      double[] discounted, double[] costPerMTok, double tco, double npv, double[] gpus,
                      double[] idleCapacity, Map<String, DeploymentResult> deployments, Map<String, double[]> byWorkload,
                      List<Violation> violations, List<Violation> warnings) {
        this.planId = planId;
        this.name = name;
        this.categories = Collections.unmodifiableMap(new EnumMap<>(categories));
        this.total = total;
        this.cumulative = cumulative;
        this.discounted = discounted;
        this.costPerMTok = costPerMTok;
        this.tco = tco;
        this.npv = npv;
        this.gpus = gpus;
        this.idleCapacity = idleCapacity;
        this.deployments = Collections.unmodifiableMap(new LinkedHashMap<>(deployments));
        this.byWorkload = Collections.unmodifiableMap(new LinkedHashMap<>(byWorkload));
        this.violations = List.copyOf(violations);
        this.warnings = List.copyOf(warnings);
    }

    public String planId() {
        return planId;
    }

    public String name() {
        return name;
    }

    public int months() {
        return total.length;
    }

    public double[] category(Category c) {
        return categories.get(c);
    }

    public Map<Category, double[]> categories() {
        return categories;
    }

    public double[] total() {
        return total;
    }

    public double[] cumulative() {
        return cumulative;
    }

    public double[] discounted() {
        return discounted;
    }

    public double[] costPerMTok() {
        return costPerMTok;
    }

    public double tco() {
        return tco;
    }

    public double npv() {
        return npv;
    }

    /** GPUs of all the plan's deployments, by month. */
    public double[] gpus() {
        return gpus;
    }

    /** GPU spend that pays for nothing, over all the plan's deployments (not added to the total). */
    public double[] idleCapacity() {
        return idleCapacity;
    }

    public Map<String, DeploymentResult> deployments() {
        return deployments;
    }

    public Map<String, double[]> byWorkload() {
        return byWorkload;
    }

    public List<Violation> violations() {
        return violations;
    }

    public List<Violation> warnings() {
        return warnings;
    }

    public boolean feasible() {
        return violations.isEmpty();
    }

    /** Sum of one category over the horizon. */
    public double categoryTotal(Category c) {
        double sum = 0;
        for (double v : categories.get(c)) {
            sum += v;
        }
        return sum;
    }
}
