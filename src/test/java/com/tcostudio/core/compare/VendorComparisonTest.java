package com.tcostudio.core.compare;

import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.support.SmallCatalogue;
import com.tcostudio.support.TestScenarios;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VendorComparisonTest {
    private static final double TOL = 1e-6;

    /** The methodology example's workload, no hybrid. */
    private final Scenario base = TestScenarios.methodologyExample().hybridPolicy(com.tcostudio.core.model.HybridPolicy.NONE).build();

    private final Catalogue catalogue = SmallCatalogue.of();

    @Test
    void ranksEveryOptionCheapestFirstWithTheEnginesNumbers() {
        List<VendorComparison.Option> ranked = VendorComparison.rank(base, catalogue);
        // 2 API models, 2 profiles x 2 offers, and the hybrid of the best of each
        assertEquals(7, ranked.size());
        List<VendorComparison.Option> usable = ranked.stream().filter(VendorComparison.Option::usable).toList();
        for (int i = 1; i < usable.size(); i++) {
            assertTrue(usable.get(i - 1).tco() <= usable.get(i).tco());
        }
        // the cheap API's TCO is the engine's on the scenario with its prices
        double expected = CostEngine.DEFAULT.evaluate(base.toBuilder().set(Input.INPUT_PER_MTOK, 0.5)
                .set(Input.OUTPUT_PER_MTOK, 2).set(Input.CACHED_INPUT_PER_MTOK, Double.NaN).set(Input.BATCH_DISCOUNT, 0)
                .clearUncertainty().build()).setup(Setup.CLOSED).tco();
        VendorComparison.Option cheap = ranked.stream().filter(o -> o.id().equals("acme/cheap")).findFirst().orElseThrow();
        assertEquals(expected, cheap.tco(), TOL);
        // a dearer GPU hour makes the same profile dearer
        double us = ranked.stream().filter(o -> o.id().equals("fits @ cloud/h100-us")).findFirst().orElseThrow().tco();
        double ae = ranked.stream().filter(o -> o.id().equals("fits @ cloud/h100-ae")).findFirst().orElseThrow().tco();
        assertTrue(us < ae);
        // a self-hosted option's break-even is the engine's against the scenario's own API
        VendorComparison.Option fits = ranked.stream().filter(o -> o.id().equals("fits @ cloud/h100-us")).findFirst().orElseThrow();
        assertEquals(CostEngine.DEFAULT.evaluate(fits.scenario()).breakEven(com.tcostudio.core.engine.Pair.OPEN_VS_CLOSED)
                .orElseThrow().month(), fits.breakEvenVsScenarioApi(), 0);
        assertEquals(3.0, fits.scenario().get(Input.INPUT_PER_MTOK));
        assertTrue(Double.isNaN(cheap.breakEvenVsScenarioApi()));
        assertTrue(ranked.stream().anyMatch(o -> o.kind() == VendorComparison.Kind.HYBRID && o.usable()));
    }

    @Test
    void anOptionThatCannotServeSaysWhyAndComesLast() {
        List<VendorComparison.Option> ranked = VendorComparison.rank(base, catalogue);
        VendorComparison.Option last = ranked.get(ranked.size() - 1);
        assertFalse(last.usable());
        assertTrue(last.id().startsWith("too-big @ "));
        assertEquals("weights need 400 GB, 1 x H100 have 80 GB", last.problem());
        assertTrue(Double.isNaN(last.tco()));
    }

    @Test
    void residencyFilterKeepsOnlyOptionsWhoseDataStaysInTheRegion() {
        List<VendorComparison.Option> ae = VendorComparison.stayingIn(VendorComparison.rank(base, catalogue), "AE");
        assertEquals(List.of("acme/dear", "fits @ cloud/h100-ae", "too-big @ cloud/h100-ae"),
                ae.stream().map(VendorComparison.Option::id).sorted().toList());
    }
}
