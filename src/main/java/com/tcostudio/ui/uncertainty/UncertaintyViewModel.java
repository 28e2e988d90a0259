package com.tcostudio.ui.uncertainty;

import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.uncertainty.MonteCarlo;
import com.tcostudio.core.uncertainty.Sensitivity;
import com.tcostudio.core.uncertainty.SimulationResult;
import com.tcostudio.report.Formats;
import com.tcostudio.report.Summary;
import com.tcostudio.report.UncertaintyAnalysis;
import com.tcostudio.ui.util.LatestWins;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.value.ObservableValue;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * The Monte Carlo and the tornado of the scenario being edited. Every change of a scenario with
 * ranges starts a new run off the FX thread; a newer change or {@link #cancel()} stops the running
 * one at its next block of samples. The last finished analysis stays available (with the scenario
 * it belongs to), so a view can tell whether its bands still match what is on screen.
 *
 * <p>Threading: called on the FX thread; runs on {@code background}; results and progress come
 * back through {@code fxThread}.
 */
public final class UncertaintyViewModel {
    /** The sample counts offered; the default is the methodology's (docs/methodology.md, Uncertainty). */
    public static final List<Integer> SAMPLE_CHOICES = List.of(1_000, MonteCarlo.DEFAULT_SAMPLES, 100_000);
    /** The same default seed as {@code simulate}, so the app, the command line and the report agree. */
    public static final long DEFAULT_SEED = 1;

    public enum Status { NO_RANGES, RUNNING, DONE, CANCELLED, FAILED }

    /** One finished analysis of one scenario: what the cards, the charts and the exported report show. */
    public record Analysis(Scenario scenario, UncertaintyAnalysis result, long millis) {
        /** Whether this analysis is of the scenario the evaluation is of. */
        public boolean matches(Evaluation e) {
            return e != null && scenario.equals(e.scenario());
        }

        public SimulationResult simulation() {
            return result.simulation();
        }

        public Sensitivity.Result sensitivity() {
            return result.sensitivity();
        }
    }

    /** Runs a Monte Carlo, reporting progress (0 to 1) and stopping when asked with CancellationException. */
    @FunctionalInterface
    public interface Simulator {
        SimulationResult run(Scenario s, int samples, long seed, DoubleConsumer progress, BooleanSupplier cancelled);
    }

    private final ObservableValue<Scenario> scenario;
    private final Simulator simulator;
    /** The runs: a newer change or cancel() stops the running one at its next block of samples. */
    private final LatestWins runs;
    private final IntegerProperty samples = new SimpleIntegerProperty(this, "samples", MonteCarlo.DEFAULT_SAMPLES);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", DEFAULT_SEED);
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.NO_RANGES);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public UncertaintyViewModel(ObservableValue<Scenario> scenario, Simulator simulator, Executor background,
                                Executor fxThread) {
        this.scenario = scenario;
        this.simulator = simulator;
        this.runs = new LatestWins(background, fxThread, progress::set);
        scenario.addListener((o, old, now) -> run());
        samples.addListener((o, old, now) -> run());
        seed.addListener((o, old, now) -> run());
        run();
    }

    /** The Monte Carlo of the core, with progress and cancel. */
    public static SimulationResult monteCarlo(Scenario s, int samples, long seed, DoubleConsumer progress,
                                              BooleanSupplier cancelled) {
        return MonteCarlo.run(s, samples, seed, new MonteCarlo.Monitor() {
            @Override
            public void progress(int done, int total) {
                progress.accept((double) done / total);
            }

            @Override
            public boolean cancelled() {
                return cancelled.getAsBoolean();
            }
        });
    }

    public IntegerProperty samplesProperty() {
        return samples;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Share of the running simulation's samples done, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last finished analysis; null when the scenario has no ranges. */
    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** One line on what the simulation is doing or did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The cards of the last analysis. */
    public List<Summary.Card> cards() {
        Analysis a = analysis.get();
        return a == null ? List.of() : Summary.uncertaintyCards(a.simulation());
    }

    /** The uncertainty part of a report, to be computed off the FX thread. */
    @FunctionalInterface
    public interface ReportAnalysis {
        /** Null when the scenario has no ranges. */
        UncertaintyAnalysis compute(DoubleConsumer progress, BooleanSupplier cancelled);
    }

    /**
     * The analysis of an evaluation for its report: the one on screen when it is of the same
     * scenario, otherwise simulated with the same cases and seed. Called on the FX thread, which
     * fixes the analysis, cases and seed; the returned computation may take seconds and runs on a
     * background thread.
     */
    public ReportAnalysis forReport(Evaluation e) {
        if (e.scenario().uncertainty().isEmpty()) {
            return (progress, cancelled) -> null;
        }
        Analysis a = analysis.get();
        if (a != null && a.matches(e)) {
            return (progress, cancelled) -> a.result();
        }
        Scenario s = e.scenario();
        int n = samples.get();
        long sd = seed.get();
        return (progress, cancelled) -> analyse(s, n, sd, progress, cancelled).result();
    }

    /** The simulation, the tornado and the what-if rows of one scenario: what a run shows and a report prints. */
    private Analysis analyse(Scenario s, int n, long sd, DoubleConsumer progress, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        SimulationResult r = simulator.run(s, n, sd, progress, cancelled);
        UncertaintyAnalysis result = new UncertaintyAnalysis(r, Sensitivity.run(s), UncertaintyAnalysis.whatIfRows(s));
        return new Analysis(s, result, (System.nanoTime() - start) / 1_000_000);
    }

    /** Starts (again) a simulation of the current scenario. */
    public void run() {
        Scenario s = scenario.getValue();
        if (s == null || s.uncertainty().isEmpty()) {
            runs.cancel();
            analysis.set(null);
            progress.set(0);
            status.set(Status.NO_RANGES);
            message.set("No ranges: give an input a range (the ± beside it) to see how sure the answer is.");
            return;
        }
        int n = samples.get();
        long sd = seed.get();
        status.set(Status.RUNNING);
        progress.set(0);
        message.set("Simulating " + Formats.count(n) + " cases over " + s.uncertainty().size() + " ranges...");
        runs.submit(job -> analyse(s, n, sd, job::progress, job::stale), a -> {
            analysis.set(a);
            progress.set(1);
            status.set(Status.DONE);
            message.set(Formats.count(n) + " cases, seed " + sd + ", " + s.uncertainty().size()
                    + (s.uncertainty().size() == 1 ? " range" : " ranges") + ": " + a.millis() + " ms");
        }, e -> {
            status.set(Status.FAILED);
            message.set("The simulation failed: " + e.getMessage());
        });
    }

    /** Stops the running simulation; the last finished analysis stays. */
    public void cancel() {
        if (status.get() != Status.RUNNING) {
            return;
        }
        runs.cancel();
        progress.set(0);
        status.set(Status.CANCELLED);
        message.set(analysis.get() == null ? "Simulation cancelled."
                : "Simulation cancelled; the figures shown are from the previous run.");
    }
}
