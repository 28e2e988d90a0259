package com.tcostudio.core.engine;

import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.support.RandomScenarios;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The run-rates behind the break-even volumes are the monthly breakdown of a steady month: on a
 * random scenario made steady (no growth, no plateau, no price changes, no upgrades, rented GPUs),
 * month 2, past the one-time setup of month 1 and before the first yearly salary step, costs
 * exactly what the run-rates say at month 1's volume, on both sides, with as many replicas.
 */
class RunRatesPropertiesTest {
    /** The same sums in another order: a few ulps of the larger terms. */
    private static final double RELATIVE = 1e-9;
    private static final double ABSOLUTE = 1e-6;

    private static Scenario steady(long seed) {
        return RandomScenarios.builder(seed).hostingMode(HostingMode.RENT)
                .set(Input.HORIZON_MONTHS, 2 + (int) Math.floorMod(seed, 60L))
                .set(Input.MONTHLY_GROWTH, 0)
                .set(Input.PLATEAU_TOKENS_PER_MONTH, Double.NaN)
                .set(Input.ANNUAL_PRICE_CHANGE, 0)
                .set(Input.ANNUAL_GPU_PRICE_CHANGE, 0)
                .set(Input.UPGRADE_EVERY_MONTHS, 0)
                .build();
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, ABSOLUTE + RELATIVE * Math.abs(expected), what);
    }

    @Property(tries = 300)
    void runRatesAreTheCostOfASteadyMonth(@ForAll long seed) {
        Scenario s = steady(seed);
        Evaluation e = CostEngine.DEFAULT.evaluate(s);
        RunRates rates = e.runRates();
        double volume = s.get(Input.INPUT_TOKENS_PER_MONTH) + s.get(Input.OUTPUT_TOKENS_PER_MONTH);
        // month 2 is index 1
        assertClose(e.setup(Setup.CLOSED).total(1), rates.closed(volume), "closed run-rate, seed " + seed);
        assertClose(e.setup(Setup.OPEN).total(1), rates.open(volume), "open run-rate, seed " + seed);
        assertEquals(rates.servingReplicas(volume) + (long) s.get(Input.REDUNDANT_REPLICAS),
                e.setup(Setup.OPEN).replicas(1), 0, "replicas, seed " + seed);
    }

    @Property(tries = 300)
    void atTheFirstBreakEvenVolumeTheRunRatesMeet(@ForAll long seed) {
        Scenario s = steady(seed);
        RunRates rates = CostEngine.DEFAULT.evaluate(s).runRates();
        double first = rates.breakEvenVolume().first();
        if (Double.isNaN(first) || first == 0) {
            return;
        }
        // the open side is no dearer there, and dearer just below (the volume is the least such)
        double below = Math.nextDown(first);
        assertTrue(rates.open(first) <= rates.closed(first) * (1 + RELATIVE) + ABSOLUTE, "at " + first);
        assertTrue(rates.open(below) >= rates.closed(below) * (1 - RELATIVE) - ABSOLUTE, "below " + first);
    }
}
