package com.tcostudio.core.engine;

import com.tcostudio.core.model.Input;
import com.tcostudio.core.portfolio.Domain;
import com.tcostudio.core.portfolio.Portfolio;

import java.util.Arrays;

/**
 * A portfolio evaluated again and again with some of its real-valued fields changed in place: how
 * the Monte Carlo, the sensitivity and the what-if search evaluate a value without building and
 * validating a new {@link Portfolio} each time. A field is named once by its uncertainty path
 * ({@link Portfolio#realValuedPaths()}) and then set through its slot; {@link #evaluate()} runs
 * every plan on the engine's lean path ({@link PlanEvaluator#run(boolean) run(false)}), the
 * computation {@link PortfolioEngine#evaluate} does for the same numbers.
 *
 * <p>The caller keeps values valid (the uncertainty code clips them to the path's domain): the
 * portfolio's structure never changes, and no portfolio rule relates two real-valued fields
 * except the shares of a workload, which the caller keeps summing to at most 1.
 * Not thread-safe: one per thread.
 */
public final class PortfolioWorkspace {
    private final PortfolioNumbers n;
    private final PlanEvaluator e;
    private final int plans;
    private final int h;
    private final double[] tco;
    private final double[] npv;
    private final double[][] cumulative;
    private final double[][] once;
    /** Each slot's value lives at slotArray[k][slotIndex[k]] in the engine's numbers. */
    private double[][] slotArray = new double[0][];
    private int[] slotIndex = new int[0];

    public PortfolioWorkspace(Portfolio p) {
        n = new PortfolioNumbers(p);
        e = new PlanEvaluator(n);
        plans = p.plans().size();
        h = n.h;
        tco = new double[plans];
        npv = new double[plans];
        cumulative = new double[plans][h];
        once = new double[plans][h];
    }

    /**
     * The slot of the field at an uncertainty path such as {@code apis.sonnet.inputPerMTok} or
     * {@code plans.hybrid.routes.0.share}.
     *
     * @throws IllegalArgumentException when the path names no real-valued field of the portfolio
     */
    public int slot(String path) {
        Domain domain = n.portfolio.realValuedPaths().get(path);
        if (domain == null) {
            throw new IllegalArgumentException(path + " names no real-valued field of this scenario");
        }
        // the v1 field at the path, when it is one (every path but the contract terms and shares)
        int field = domain.input().map(Input::ordinal).orElse(-1);
        double[] array;
        int index;
        String[] part = path.split("\\.", 3);
        switch (part[0]) {
            case "finance":
                array = n.finance;
                index = field;
                break;
            case "workloads":
                array = n.workloadValues[n.workloadIndex.get(part[1])];
                index = field;
                break;
            case "apis": {
                int a = n.apiIndex.get(part[1]);
                index = a;
                switch (part[2]) {
                    case "committed.tokensPerMinute":
                        array = n.committedTpm;
                        break;
                    case "committed.feePerMonth":
                        array = n.committedFee;
                        break;
                    case "migration.personMonths":
                        array = n.migrationPersonMonths;
                        break;
                    case "migration.oneTimeCost":
                        array = n.migrationOneTimeCost;
                        break;
                    default:
                        array = n.apiValues[a];
                        index = field;
                }
                break;
            }
            case "deployments": {
                int d = n.deploymentIndex.get(part[1]);
                index = d;
                switch (part[2]) {
                    case "hosting.reservation.gpuHourly":
                        array = n.reservedGpuHourly;
                        break;
                    case "hosting.reservation.upfrontShare":
                        array = n.reservedUpfrontShare;
                        break;
                    default:
                        array = n.deploymentValues[d];
                        index = field;
                }
                break;
            }
            case "plans": {
                // plans.ID.routes.R.share
                String[] rest = part[2].split("\\.");
                array = n.rawShares[n.portfolio.planIndex(part[1])];
                index = Integer.parseInt(rest[1]);
                break;
            }
            default:
                throw new IllegalArgumentException(path + " names no real-valued field of this scenario");
        }
        int k = slotIndex.length;
        slotArray = Arrays.copyOf(slotArray, k + 1);
        slotIndex = Arrays.copyOf(slotIndex, k + 1);
        slotArray[k] = array;
        slotIndex[k] = index;
        return k;
    }

    public double get(int slot) {
        return slotArray[slot][slotIndex[slot]];
    }

    public void set(int slot, double value) {
        slotArray[slot][slotIndex[slot]] = value;
    }

    /** Evaluates every plan with the values set; the series of unchanged inputs are kept. */
    public void evaluate() {
        n.refresh();
        for (int i = 0; i < plans; i++) {
            e.load(i);
            e.run(false);
            tco[i] = e.tco();
            npv[i] = e.npv();
            System.arraycopy(e.cumulative, 0, cumulative[i], 0, h);
            System.arraycopy(e.once, 0, once[i], 0, h);
        }
    }

    public int plans() {
        return plans;
    }

    public int months() {
        return h;
    }

    public double tco(int plan) {
        return tco[plan];
    }

    public double npv(int plan) {
        return npv[plan];
    }

    /** Copies the plan's cumulative cost of every month into {@code into} from index {@code at}. */
    public void copyCumulative(int plan, double[] into, int at) {
        System.arraycopy(cumulative[plan], 0, into, at, h);
    }

    /**
     * When plan a's cumulative cost becomes no dearer than plan b's, as {@link BreakEven#month()}
     * (the same rule as {@link PortfolioEngine}'s pairs); NaN when never within the horizon.
     */
    public double breakEvenMonth(int a, int b) {
        return Components.crossings(cumulative[a], once[a], cumulative[b], once[b], null, null);
    }
}
