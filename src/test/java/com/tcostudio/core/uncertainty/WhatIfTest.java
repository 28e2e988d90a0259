package com.tcostudio.core.uncertainty;

import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.InvalidScenarioException;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.support.TestScenarios;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WhatIfTest {
    /** The solver's accuracy is far finer than this. */
    private static final double TOL = 1e-9;

    /** 12 months: open is one GPU at the hourly price (8,760 h a year); closed is a 500 platform fee a month. */
    private final Scenario s = TestScenarios.quiet().set(Input.MIN_REPLICAS, 1).set(Input.GPU_HOURLY, 1)
            .set(Input.PLATFORM_FEE_PER_MONTH, 500).build();

    @Test
    void theGpuPriceAtWhichBothCostTheSame() {
        // 8,760 x hourly = 6,000
        OptionalDouble x = WhatIf.breakEven(s, Input.GPU_HOURLY, 0, 5);
        assertEquals(6000.0 / 8760, x.orElseThrow(), TOL);
        assertEquals(0, WhatIf.delta(s, Input.GPU_HOURLY, x.getAsDouble()), 1e-6);
    }

    @Test
    void noneInRangeWhenTheDifferenceKeepsItsSign() {
        assertTrue(WhatIf.breakEven(s, Input.GPU_HOURLY, 1, 5).isEmpty());
    }

    @Test
    void theCurveIsTheDifferenceAcrossTheRange() {
        double[][] c = WhatIf.curve(s, Input.GPU_HOURLY, 0, 2, 5);
        assertEquals(5, c.length);
        assertEquals(0.5, c[1][0], TOL);
        assertEquals(8760 * 0.5 - 6000, c[1][1], 1e-6);
    }

    @Test
    void wholeNumberInputsAreRefused() {
        assertThrows(InvalidScenarioException.class, () -> WhatIf.breakEven(s, Input.MIN_REPLICAS, 0, 5));
    }
}
