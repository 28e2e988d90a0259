package com.tcostudio.ui.uncertainty;

import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.uncertainty.MonteCarlo;
import com.tcostudio.core.uncertainty.Sensitivity;
import com.tcostudio.core.uncertainty.SimulationResult;
import com.tcostudio.report.Formats;
import com.tcostudio.report.Summary;
import com.tcostudio.support.TestScenarios;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UncertaintyViewModelTest {
    private static final double EXACT = 0;

    private static Scenario withRanges() {
        return TestScenarios.methodologyExample()
                .uncertainty(Input.GPU_HOURLY, Distribution.pert(1.8, 2.5, 4.0))
                .uncertainty(Input.ANNUAL_PRICE_CHANGE, Distribution.uniform(-0.5, 0))
                .uncertainty(Input.MONTHLY_GROWTH, Distribution.triangular(0.01, 0.05, 0.1)).build();
    }

    private final SimpleObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(withRanges());

    @Test
    void aScenarioWithRangesIsSimulatedWithTheDefaultSamplesAndSeed() {
        UncertaintyViewModel vm = new UncertaintyViewModel(scenario, UncertaintyViewModel::monteCarlo, Runnable::run, Runnable::run);
        assertEquals(UncertaintyViewModel.Status.DONE, vm.statusProperty().get());
        SimulationResult expected = MonteCarlo.run(withRanges(), 10_000, 1);
        SimulationResult shown = vm.analysisProperty().get().simulation();
        assertEquals(expected.probabilityCheaperThanClosed(Setup.OPEN), shown.probabilityCheaperThanClosed(Setup.OPEN), EXACT);
        assertEquals(expected.tco(Setup.HYBRID), shown.tco(Setup.HYBRID));
        assertEquals(Sensitivity.run(withRanges()), vm.analysisProperty().get().sensitivity());
        assertEquals(1.0, vm.progressProperty().get(), EXACT);
        assertTrue(vm.messageProperty().get().startsWith("10,000 cases, seed 1, 3 ranges: "), vm.messageProperty().get());
    }

    @Test
    void theCardsAreTheSummarysOfTheSimulation() {
        UncertaintyViewModel vm = new UncertaintyViewModel(scenario, UncertaintyViewModel::monteCarlo, Runnable::run, Runnable::run);
        SimulationResult r = vm.analysisProperty().get().simulation();
        List<Summary.Card> cards = vm.cards();
        assertEquals(Summary.uncertaintyCards(r), cards);
        assertEquals("Chance self-hosting is cheaper", cards.get(0).title());
        assertEquals(Formats.probability(r.probabilityCheaperThanClosed(Setup.OPEN)), cards.get(0).value());
        assertTrue(cards.get(0).detail().contains("hybrid: " + Formats.probability(r.probabilityCheaperThanClosed(Setup.HYBRID))));
    }

    @Test
    void aScenarioWithoutRangesHasNoAnalysis() {
        scenario.set(TestScenarios.methodologyExample().build());
        UncertaintyViewModel vm = new UncertaintyViewModel(scenario, UncertaintyViewModel::monteCarlo, Runnable::run, Runnable::run);
        assertEquals(UncertaintyViewModel.Status.NO_RANGES, vm.statusProperty().get());
        assertNull(vm.analysisProperty().get());
        assertEquals(List.of(), vm.cards());
    }

    @Test
    void samplesAndSeedRerunTheSimulation() {
        List<String> runs = new ArrayList<>();
        UncertaintyViewModel vm = new UncertaintyViewModel(scenario, (s, n, seed, progress, cancelled) -> {
            runs.add(n + "/" + seed);
            return MonteCarlo.run(s, n, seed);
        }, Runnable::run, Runnable::run);
        vm.samplesProperty().set(1000);
        vm.seedProperty().set(7);
        assertEquals(List.of("10000/1", "1000/1", "1000/7"), runs);
        assertEquals(1000, vm.analysisProperty().get().simulation().samples());
        assertEquals(7, vm.analysisProperty().get().simulation().seed());
    }

    @Test
    void cancelStopsTheRunAndKeepsThePreviousAnalysis() {
        boolean[] cancelNext = {false};
        UncertaintyViewModel[] self = new UncertaintyViewModel[1];
        UncertaintyViewModel vm = new UncertaintyViewModel(scenario, (s, n, seed, progress, cancelled) -> {
            if (cancelNext[0]) {
                progress.accept(0.25);
                self[0].cancel();
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
            }
            return MonteCarlo.run(s, 500, seed);
        }, Runnable::run, Runnable::run);
        self[0] = vm;
        UncertaintyViewModel.Analysis before = vm.analysisProperty().get();
        cancelNext[0] = true;
        scenario.set(scenario.get().with(Input.GPU_HOURLY, 2.6));
        assertEquals(UncertaintyViewModel.Status.CANCELLED, vm.statusProperty().get());
        assertSame(before, vm.analysisProperty().get());
        assertEquals(0.0, vm.progressProperty().get(), EXACT);
        assertEquals("Simulation cancelled; the figures shown are from the previous run.", vm.messageProperty().get());
    }

    @Test
    void aNewerEditSupersedesARunNotYetStarted() {
        Deque<Runnable> queue = new ArrayDeque<>();
        List<Double> simulatedPrices = new ArrayList<>();
        UncertaintyViewModel vm = new UncertaintyViewModel(scenario, (s, n, seed, progress, cancelled) -> {
            simulatedPrices.add(s.get(Input.GPU_HOURLY));
            return MonteCarlo.run(s, 100, seed);
        }, queue::add, Runnable::run);
        scenario.set(scenario.get().with(Input.GPU_HOURLY, 2.6));
        scenario.set(scenario.get().with(Input.GPU_HOURLY, 2.7));
        assertEquals(UncertaintyViewModel.Status.RUNNING, vm.statusProperty().get());
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
        assertEquals(List.of(2.7), simulatedPrices);
        assertEquals(2.7, vm.analysisProperty().get().scenario().get(Input.GPU_HOURLY), EXACT);
        assertTrue(vm.analysisProperty().get().matches(
                com.tcostudio.core.engine.CostEngine.DEFAULT.evaluate(scenario.get())));
    }

    @Test
    void aFailureIsShownNotThrown() {
        UncertaintyViewModel vm = new UncertaintyViewModel(scenario, (s, n, seed, progress, cancelled) -> {
            throw new IllegalStateException("out of memory for samples");
        }, Runnable::run, Runnable::run);
        assertEquals(UncertaintyViewModel.Status.FAILED, vm.statusProperty().get());
        assertEquals("The simulation failed: out of memory for samples", vm.messageProperty().get());
    }
}
