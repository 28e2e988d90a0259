package com.tcostudio.report;

import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.uncertainty.MonteCarlo;
import com.tcostudio.core.uncertainty.Sensitivity;
import com.tcostudio.core.uncertainty.SimulationResult;
import com.tcostudio.core.uncertainty.WhatIf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Everything the reports say about a scenario's ranges, computed once: the Monte Carlo run, the
 * tornado, and for each uncertain input the what-if break-even within its range with the curve of
 * the difference. The app passes in the analysis it already shows; the command line computes one
 * with {@link #compute}. Immutable.
 */
public final class UncertaintyAnalysis {
    /** Points of each what-if curve: enough for a smooth line, cheap next to the simulation. */
    public static final int CURVE_POINTS = 41;

    /**
     * One what-if row: the input, the range searched (its low and high, clipped to the input's valid
     * range as the sensitivity does), the value at which open and closed cost the same over the
     * horizon (empty: none in range), and the difference at {@link #CURVE_POINTS} values across the
     * range, {value, TCO(self-hosted) - TCO(closed API)}.
     */
    public record WhatIfRow(Input input, double low, double high, OptionalDouble breakEven, double[][] curve) {
        public WhatIfRow {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(breakEven, "breakEven");
            if (!(low <= high)) {
                throw new IllegalArgumentException(input.path() + ": low (" + low + ") must not be above high (" + high + ")");
            }
            curve = copy(curve);
        }

        /** A copy: the row stays as it was made. */
        @Override
        public double[][] curve() {
            return copy(curve);
        }

        private static double[][] copy(double[][] points) {
            double[][] c = new double[points.length][];
            for (int i = 0; i < points.length; i++) {
                c[i] = points[i].clone();
            }
            return c;
        }
    }

    private final SimulationResult simulation;
    private final Sensitivity.Result sensitivity;
    private final List<WhatIfRow> whatIf;

    public UncertaintyAnalysis(SimulationResult simulation, Sensitivity.Result sensitivity, List<WhatIfRow> whatIf) {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.sensitivity = Objects.requireNonNull(sensitivity, "sensitivity");
        this.whatIf = List.copyOf(whatIf);
    }

    /**
     * Simulates the scenario ({@code samples} cases, {@code seed}), runs the sensitivity, and finds
     * the what-if break-even of every uncertain input within its range.
     */
    public static UncertaintyAnalysis compute(Scenario scenario, int samples, long seed) {
        SimulationResult simulation = MonteCarlo.run(scenario, samples, seed);
        return new UncertaintyAnalysis(simulation, Sensitivity.run(scenario), whatIfRows(scenario));
    }

    /** The what-if rows of every uncertain real-valued input, in the order of the scenario's ranges. */
    public static List<WhatIfRow> whatIfRows(Scenario scenario) {
        List<WhatIfRow> rows = new ArrayList<>();
        for (Map.Entry<Input, Distribution> e : scenario.uncertainty().entrySet()) {
            Input input = e.getKey();
            if (input.isInteger()) {
                continue;
            }
            double lo = input.rule().clip(e.getValue().low());
            double hi = input.rule().clip(e.getValue().high());
            if (lo < hi) {
                rows.add(new WhatIfRow(input, lo, hi, WhatIf.breakEven(scenario, input, lo, hi),
                        WhatIf.curve(scenario, input, lo, hi, CURVE_POINTS)));
            } else {
                // a range of one value (or clipped to one) has nothing to search
                double d = WhatIf.delta(scenario, input, lo);
                rows.add(new WhatIfRow(input, lo, hi, d == 0 ? OptionalDouble.of(lo) : OptionalDouble.empty(),
                        new double[][] {{lo, d}}));
            }
        }
        return rows;
    }

    /**
     * Whether a report of this evaluation shows the analysis: only for a scenario with ranges, and
     * only with an analysis, which must then be of that scenario.
     *
     * @param analysis null for none
     * @throws IllegalArgumentException when the analysis covers another horizon or other inputs
     */
    static boolean shownFor(Evaluation evaluation, UncertaintyAnalysis analysis) {
        Scenario s = evaluation.scenario();
        if (analysis == null || s.uncertainty().isEmpty()) {
            return false;
        }
        SimulationResult r = analysis.simulation;
        if (r.months() != evaluation.months()) {
            throw new IllegalArgumentException("the uncertainty analysis covers " + r.months()
                    + " months, the evaluation " + evaluation.months());
        }
        if (!new HashSet<>(r.uncertainInputs()).equals(s.uncertainty().keySet())) {
            throw new IllegalArgumentException("the uncertainty analysis simulated " + paths(r.uncertainInputs())
                    + ", the scenario has ranges on " + paths(s.uncertainty().keySet()));
        }
        return true;
    }

    private static String paths(Collection<Input> inputs) {
        List<String> p = new ArrayList<>();
        inputs.forEach(i -> p.add(i.path()));
        return String.join(", ", p);
    }

    public SimulationResult simulation() {
        return simulation;
    }

    public Sensitivity.Result sensitivity() {
        return sensitivity;
    }

    public List<WhatIfRow> whatIf() {
        return whatIf;
    }

    /**
     * The probability that self-hosting (and the hybrid, when simulated) costs less than the closed
     * API over the horizon, in plain words: "Self-hosting costs less than the closed API over 60
     * months in 73% of 10,000 simulated cases (seed 1)."
     */
    public List<String> probabilityStatements() {
        SimulationResult r = simulation;
        List<String> sentences = new ArrayList<>();
        sentences.add("Self-hosting costs less than the closed API over " + r.months() + " months in "
                + Formats.probability(r.probabilityCheaperThanClosed(Setup.OPEN)) + " of "
                + Formats.count(r.samples(), "simulated case", "simulated cases") + " (seed " + r.seed() + ").");
        if (r.setups().contains(Setup.HYBRID)) {
            sentences.add("The hybrid costs less than the closed API in "
                    + Formats.probability(r.probabilityCheaperThanClosed(Setup.HYBRID)) + " of them.");
        }
        return sentences;
    }

    /**
     * The spread of the open-vs-closed break-even month in words: "Self-hosting pays off between
     * month 14.2 (P10) and month 22.5 (P90), median month 17.8; in 12% of cases not within 60 months."
     */
    public String breakEvenStatement() {
        SimulationResult r = simulation;
        SimulationResult.Summary be = r.breakEvenMonth();
        String none = Formats.probability(r.noBreakEvenShare());
        if (be == null) {
            return "Self-hosting pays off against the closed API within " + r.months() + " months in none of the cases.";
        }
        String spread = "Where self-hosting pays off against the closed API, it does so between " + Formats.month(be.p10())
                + " (P10) and " + Formats.month(be.p90()) + " (P90), median " + Formats.month(be.p50()) + ".";
        return r.noBreakEvenShare() == 0 ? spread + " It pays off within " + r.months() + " months in every case."
                : spread + " In " + none + " of the cases it does not pay off within " + r.months() + " months.";
    }
}
