package com.tcostudio.core.engine;

import com.tcostudio.core.model.Scenario;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the engine computes for one scenario: the monthly breakdown per setup, break-even
 * months per pair of setups, the run-rates against volume and the break-even volumes.
 */
public final class Evaluation {
    private final Scenario scenario;
    private final double[] inputTokens;
    private final double[] outputTokens;
    private final Map<Setup, SetupResult> setups;
    private final Map<Pair, BreakEven> breakEvens;
    private final RunRates runRates;
    private final BreakEvenVolume breakEvenVolume;

    Evaluation(Scenario scenario, double[] inputTokens, double[] outputTokens, EnumMap<Setup, SetupResult> setups,
               EnumMap<Pair, BreakEven> breakEvens, RunRates runRates) {
        this.scenario = scenario;
        this.inputTokens = inputTokens;
        this.outputTokens = outputTokens;
        this.setups = Collections.unmodifiableMap(setups);
        this.breakEvens = Collections.unmodifiableMap(breakEvens);
        this.runRates = runRates;
        this.breakEvenVolume = runRates.breakEvenVolume();
    }

    public Scenario scenario() {
        return scenario;
    }

    public int months() {
        return inputTokens.length;
    }

    /** Input tokens of the whole workload in month i (index m - 1), after growth and plateau. */
    public double inputTokens(int i) {
        return inputTokens[i];
    }

    public double outputTokens(int i) {
        return outputTokens[i];
    }

    public double[] inputTokens() {
        return inputTokens.clone();
    }

    public double[] outputTokens() {
        return outputTokens.clone();
    }

    /** Closed and open always; hybrid when the scenario has a hybrid part. */
    public Map<Setup, SetupResult> setups() {
        return setups;
    }

    public SetupResult setup(Setup setup) {
        SetupResult r = setups.get(setup);
        if (r == null) {
            throw new IllegalArgumentException("the scenario has no " + setup.key() + " setup");
        }
        return r;
    }

    public boolean has(Setup setup) {
        return setups.containsKey(setup);
    }

    /** Empty for the hybrid pairs of a scenario without a hybrid part. */
    public Optional<BreakEven> breakEven(Pair pair) {
        return Optional.ofNullable(breakEvens.get(pair));
    }

    public RunRates runRates() {
        return runRates;
    }

    public BreakEvenVolume breakEvenVolume() {
        return breakEvenVolume;
    }

    /** The setup with the lowest TCO over the horizon (the first in setup order on a tie). */
    public Setup cheapest() {
        Setup best = Setup.CLOSED;
        for (SetupResult r : setups.values()) {
            if (r.tco() < setups.get(best).tco()) {
                best = r.setup();
            }
        }
        return best;
    }
}
