package com.tcostudio.core.uncertainty;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.support.TestScenarios;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SensitivityTest {
    /** Hand-built amounts are exact to rounding. */
    private static final double TOL = 1e-6;

    @Test
    void tornadoIsOrderedByTheLargerSwingOfTheDifference() {
        // 12 months, no discounting. Open: one GPU at the hourly price (730 h), so TCO(open) = 8,760 x hourly.
        // Closed: platform fee only, so TCO(closed) = 12 x fee.
        Scenario s = TestScenarios.quiet().set(Input.MIN_REPLICAS, 1).set(Input.GPU_HOURLY, 1)
                .set(Input.PLATFORM_FEE_PER_MONTH, 500)
                .uncertainty(Input.GPU_HOURLY, Distribution.uniform(0.5, 3))          // open 4,380 .. 26,280: swing 17,520
                .uncertainty(Input.PLATFORM_FEE_PER_MONTH, Distribution.uniform(400, 700)) // closed 4,800 .. 8,400: swing 2,400
                .uncertainty(Input.TOOLING_PER_MONTH, Distribution.uniform(0, 100))    // open + 0 .. 1,200: swing 1,200
                .build();
        Sensitivity.Result r = Sensitivity.run(s);
        double base = 8_760 - 6_000;
        assertEquals(base, r.baseDelta(), TOL);
        assertEquals(List.of(Input.GPU_HOURLY, Input.PLATFORM_FEE_PER_MONTH, Input.TOOLING_PER_MONTH),
                r.bars().stream().map(Sensitivity.Bar::input).toList());
        Sensitivity.Bar gpu = r.bars().get(0);
        assertEquals(4_380 - 6_000, gpu.deltaAtLow(), TOL);
        assertEquals(26_280 - 6_000, gpu.deltaAtHigh(), TOL);
        Sensitivity.Bar fee = r.bars().get(1);
        assertEquals(8_760 - 4_800, fee.deltaAtLow(), TOL);
        assertEquals(8_760 - 8_400, fee.deltaAtHigh(), TOL);
        // at a GPU price of 0.5 self-hosting is cheaper from the start of month 1
        assertEquals(0, gpu.breakEvenAtLow(), TOL);
        assertEquals(CostEngine.DEFAULT.evaluate(s).setup(Setup.OPEN).tco(), 8_760, TOL);
    }
}
