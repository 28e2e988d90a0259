package com.tcostudio.core.engine;

import java.util.Arrays;

/**
 * The monthly breakdown of one setup: cost per category and month, and what follows from it.
 * This is the single source for every chart, table and export; nothing downstream recomputes a
 * cost. Months are addressed by index {@code i = m - 1}. Arrays handed out are copies.
 */
public final class SetupResult {
    private final Setup setup;
    private final int months;
    final double[][] categories;
    final double[] total;
    final double[] cumulative;
    final double[] discounted;
    final double[] cumulativeDiscounted;
    final double[] costPerMTok;
    /** One-time costs that fall at the start of the month (setup, upgrades, cash-view purchases). */
    final double[] once;
    final double[] replicas;
    final double[] gpus;
    final double[] utilization;
    final double[] idleCapacity;
    double tco;
    double npv;
    /** Scratch for the finance formulas' two results. */
    final double[] tcoNpv = new double[2];

    SetupResult(Setup setup, int months) {
        this.setup = setup;
        this.months = months;
        this.categories = new double[Category.all().length][months];
        this.total = new double[months];
        this.cumulative = new double[months];
        this.discounted = new double[months];
        this.cumulativeDiscounted = new double[months];
        this.costPerMTok = new double[months];
        this.once = new double[months];
        boolean self = setup.selfHosted();
        this.replicas = self ? new double[months] : null;
        this.gpus = self ? new double[months] : null;
        this.utilization = self ? new double[months] : null;
        this.idleCapacity = self ? new double[months] : null;
    }

    /**
     * Zeroes what the engine adds into (categories, one-time costs, idle capacity) so that a
     * workspace can evaluate again; everything else is overwritten month by month.
     */
    void clear() {
        for (double[] category : categories) {
            Arrays.fill(category, 0);
        }
        Arrays.fill(once, 0);
        if (idleCapacity != null) {
            Arrays.fill(idleCapacity, 0);
        }
    }

    public Setup setup() {
        return setup;
    }

    public int months() {
        return months;
    }

    public double category(Category c, int i) {
        return categories[c.ordinal()][i];
    }

    public double[] category(Category c) {
        return categories[c.ordinal()].clone();
    }

    /** Sum of a category over the horizon. */
    public double categoryTotal(Category c) {
        double sum = 0;
        for (double v : categories[c.ordinal()]) {
            sum += v;
        }
        return sum;
    }

    public double total(int i) {
        return total[i];
    }

    public double[] total() {
        return total.clone();
    }

    public double cumulative(int i) {
        return cumulative[i];
    }

    public double[] cumulative() {
        return cumulative.clone();
    }

    /** Cost of month i discounted to the start of month 1. */
    public double discounted(int i) {
        return discounted[i];
    }

    public double[] discounted() {
        return discounted.clone();
    }

    public double[] cumulativeDiscounted() {
        return cumulativeDiscounted.clone();
    }

    /** Cost per million tokens; NaN in a month with no tokens. */
    public double costPerMTok(int i) {
        return costPerMTok[i];
    }

    public double[] costPerMTok() {
        return costPerMTok.clone();
    }

    /** Total cost over the horizon (undiscounted). */
    public double tco() {
        return tco;
    }

    /** Present value of all costs at the start of month 1. */
    public double npv() {
        return npv;
    }

    /** Self-hosted setups only; replicas running in month i (including redundant ones). */
    public double replicas(int i) {
        return selfHostedOnly(replicas)[i];
    }

    public double[] replicas() {
        return selfHostedOnly(replicas).clone();
    }

    public double gpus(int i) {
        return selfHostedOnly(gpus)[i];
    }

    public double[] gpus() {
        return selfHostedOnly(gpus).clone();
    }

    public double utilization(int i) {
        return selfHostedOnly(utilization)[i];
    }

    public double[] utilization() {
        return selfHostedOnly(utilization).clone();
    }

    /** The part of the GPU bill that pays for nothing (not added to the total). */
    public double idleCapacity(int i) {
        return selfHostedOnly(idleCapacity)[i];
    }

    public double[] idleCapacity() {
        return selfHostedOnly(idleCapacity).clone();
    }

    /**
     * Share of the TCO that self-hosting hides: operations staff, setup, upgrades and idle
     * capacity over the TCO. Zero for the closed API and when the TCO is not positive.
     */
    public double hiddenCostShare() {
        if (!setup.selfHosted() || !(tco > 0)) {
            return 0;
        }
        double hidden = categoryTotal(Category.OPS) + categoryTotal(Category.SETUP) + categoryTotal(Category.UPGRADES);
        for (double v : idleCapacity) {
            hidden += v;
        }
        return hidden / tco;
    }

    private double[] selfHostedOnly(double[] a) {
        if (a == null) {
            throw new UnsupportedOperationException(setup.key() + " runs no GPUs");
        }
        return a;
    }

    @Override
    public String toString() {
        return setup.key() + "[tco=" + tco + ", npv=" + npv + ", total=" + Arrays.toString(total) + "]";
    }
}
