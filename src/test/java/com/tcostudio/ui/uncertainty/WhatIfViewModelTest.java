package com.tcostudio.ui.uncertainty;

import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.model.TypicalValues;
import com.tcostudio.core.uncertainty.WhatIf;
import com.tcostudio.support.TestScenarios;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WhatIfViewModelTest {
    private static final double EXACT = 0;

    private final SimpleObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(TestScenarios.methodologyExample().build());
    private final WhatIfViewModel vm = new WhatIfViewModel(scenario, Runnable::run, Runnable::run);

    WhatIfViewModelTest() {
        vm.activeProperty().set(true);
    }

    @Test
    void startsOnTheGpuPriceFromHalfToTwiceItsValue() {
        assertEquals(Input.GPU_HOURLY, vm.inputProperty().get());
        assertEquals("1.25", vm.lowProperty().get());
        assertEquals("5", vm.highProperty().get());
        WhatIfViewModel.Result r = vm.resultProperty().get();
        assertEquals(WhatIfViewModel.POINTS, r.curve().length);
        assertEquals(WhatIf.delta(scenario.get(), Input.GPU_HOURLY, 5), r.curve()[WhatIfViewModel.POINTS - 1][1], EXACT);
        assertEquals(WhatIf.breakEven(scenario.get(), Input.GPU_HOURLY, 1.25, 5), r.breakEven());
    }

    @Test
    void theStatementGivesTheValueTheScenariosValueAndWhichSideIsCheaper() {
        Scenario s = scenario.get();
        double[][] curve = {{1, -5}, {2, 0.5}, {3, 7}};
        assertEquals("Self-hosting and the closed API cost the same over 36 months at GPU hourly price = 1.952 USD per GPU-hour"
                        + " (scenario: 2.5). Below it, self-hosting is cheaper.",
                WhatIfViewModel.statement(s, Input.GPU_HOURLY, 1, 3, curve, OptionalDouble.of(1.95238)));
        assertEquals("No break-even between 1 and 3 USD per GPU-hour: the closed API is cheaper throughout over 36 months.",
                WhatIfViewModel.statement(s, Input.GPU_HOURLY, 1, 3, new double[][]{{1, 5}, {3, 9}}, OptionalDouble.empty()));
        assertTrue(WhatIfViewModel.statement(s, Input.GPU_HOURLY, 1, 4, new double[][]{{1, -1}, {2, 1}, {3, -1}, {4, 1}},
                OptionalDouble.of(1.5)).endsWith("the difference changes sign 3 times in this range (see the chart)."));
    }

    @Test
    void anotherInputGetsItsOwnRangeAndItsRangeFromTheUncertaintySection() {
        scenario.set(scenario.get().toBuilder().uncertainty(Input.INPUT_PER_MTOK, Distribution.pert(1, 3, 6)).build());
        vm.inputProperty().set(Input.INPUT_PER_MTOK);
        assertEquals("1", vm.lowProperty().get());
        assertEquals("6", vm.highProperty().get());
        assertEquals(WhatIf.breakEven(scenario.get(), Input.INPUT_PER_MTOK, 1, 6), vm.resultProperty().get().breakEven());
        vm.inputProperty().set(Input.CACHED_INPUT_SHARE);
        assertEquals("0", vm.lowProperty().get());
        assertEquals("1", vm.highProperty().get());
    }

    @Test
    void aRangeThatCannotBeSweptIsRefusedAndTheLastCurveStays() {
        WhatIfViewModel.Result before = vm.resultProperty().get();
        vm.lowProperty().set("6");
        assertEquals("From must be below to", vm.errorProperty().get());
        vm.lowProperty().set("-1");
        assertEquals("GPU hourly price must be from 0 to 1,000 (USD; times currency.perUsd in another currency)", vm.errorProperty().get());
        vm.lowProperty().set("x");
        assertEquals("From and to must be numbers", vm.errorProperty().get());
        assertEquals(before, vm.resultProperty().get());
        vm.lowProperty().set("2");
        assertEquals("", vm.errorProperty().get());
        assertEquals(2, vm.resultProperty().get().low(), EXACT);
    }

    @Test
    void theChoicesFollowTheHostingModeAndExcludeWholeNumbers() {
        assertTrue(vm.choicesProperty().contains(Input.GPU_HOURLY));
        assertFalse(vm.choicesProperty().contains(Input.MIN_REPLICAS));
        scenario.set(TypicalValues.fillMissing(scenario.get().toBuilder().hostingMode(HostingMode.OWN), 1).build());
        assertFalse(vm.choicesProperty().contains(Input.GPU_HOURLY));
        assertEquals(Input.CAPEX_PER_GPU, vm.inputProperty().get());
    }

    @Test
    void anEditOfTheScenarioRedrawsTheCurveOverTheSameRange() {
        vm.highProperty().set("4");
        scenario.set(scenario.get().with(Input.INPUT_TOKENS_PER_MONTH, 4e9));
        assertEquals(4, vm.resultProperty().get().high(), EXACT);
        assertEquals(scenario.get(), vm.resultProperty().get().scenario());
    }

    @Test
    void inactiveItOnlyFollowsTheChoicesAndSweepsWhenShownAgain() {
        vm.activeProperty().set(false);
        WhatIfViewModel.Result before = vm.resultProperty().get();
        scenario.set(scenario.get().with(Input.INPUT_TOKENS_PER_MONTH, 4e9));
        assertEquals(before, vm.resultProperty().get());
        vm.activeProperty().set(true);
        assertEquals(scenario.get(), vm.resultProperty().get().scenario());
    }
}
