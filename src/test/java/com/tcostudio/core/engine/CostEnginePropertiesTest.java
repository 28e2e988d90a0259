package com.tcostudio.core.engine;

import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.HybridPolicy;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.support.RandomScenarios;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariants of the cost model over random valid scenarios. */
class CostEnginePropertiesTest {
    /** Relative slack for comparisons of sums built in different orders. */
    private static final double REL = 1e-9;
    /** Absolute slack in money for the same. */
    private static final double ABS = 1e-6;

    private static Evaluation eval(Scenario s) {
        return CostEngine.DEFAULT.evaluate(s);
    }

    private static boolean atMost(double a, double b) {
        return a <= b + ABS + REL * Math.max(Math.abs(a), Math.abs(b));
    }

    @Property
    void moreTokensNeverMakeTheApiCheaper(@ForAll long seed, @ForAll @DoubleRange(min = 1, max = 10) double factor) {
        Scenario s = RandomScenarios.scenario(seed);
        Scenario more = s.toBuilder()
                .set(Input.INPUT_TOKENS_PER_MONTH, s.get(Input.INPUT_TOKENS_PER_MONTH) * factor)
                .set(Input.OUTPUT_TOKENS_PER_MONTH, s.get(Input.OUTPUT_TOKENS_PER_MONTH) * factor).build();
        SetupResult base = eval(s).setup(Setup.CLOSED);
        SetupResult bigger = eval(more).setup(Setup.CLOSED);
        for (int i = 0; i < base.months(); i++) {
            assertTrue(atMost(base.total(i), bigger.total(i)), "month " + (i + 1));
        }
    }

    /**
     * Only while GPU prices do not rise: with rising prices, more tokens make an owner buy GPUs
     * earlier, at a lower price, which can lower the TCO.
     */
    @Property
    void moreTokensNeverMakeSelfHostingCheaper(@ForAll long seed, @ForAll @DoubleRange(min = 1, max = 10) double factor) {
        Scenario.Builder b = RandomScenarios.builder(seed);
        Scenario s = b.set(Input.ANNUAL_GPU_PRICE_CHANGE, Math.min(0, b.get(Input.ANNUAL_GPU_PRICE_CHANGE))).build();
        // both sides scaled: under a plateau, more input alone shifts the capped volume toward cheaper prefill
        Scenario more = s.toBuilder()
                .set(Input.INPUT_TOKENS_PER_MONTH, s.get(Input.INPUT_TOKENS_PER_MONTH) * factor)
                .set(Input.OUTPUT_TOKENS_PER_MONTH, s.get(Input.OUTPUT_TOKENS_PER_MONTH) * factor).build();
        double before = eval(s).setup(Setup.OPEN).tco();
        double after = eval(more).setup(Setup.OPEN).tco();
        assertTrue(atMost(before, after), "seed " + seed + ": " + before + " then " + after + " " + s);
    }

    @Property
    void cumulativeCostNeverFallsExceptByResidualValue(@ForAll long seed) {
        Evaluation e = eval(RandomScenarios.scenario(seed));
        for (SetupResult r : e.setups().values()) {
            for (int i = 0; i < r.months(); i++) {
                for (Category c : Category.values()) {
                    if (c != Category.RESIDUAL) {
                        assertTrue(r.category(c, i) >= 0, r.setup() + " " + c + " month " + (i + 1));
                    }
                }
                double previous = i == 0 ? 0 : r.cumulative(i - 1);
                assertTrue(atMost(previous + r.category(Category.RESIDUAL, i), r.cumulative(i)));
            }
        }
    }

    @Property
    void hybridAtShareOneCostsTheOpenSetupPlusTheApiFixedFees(@ForAll long seed) {
        Scenario s = RandomScenarios.builder(seed).hybridPolicy(HybridPolicy.SHARE).set(Input.SELF_HOSTED_SHARE, 1).build();
        Evaluation e = eval(s);
        SetupResult open = e.setup(Setup.OPEN);
        SetupResult closed = e.setup(Setup.CLOSED);
        SetupResult hybrid = e.setup(Setup.HYBRID);
        for (int i = 0; i < open.months(); i++) {
            double fixedFees = closed.category(Category.API_PLATFORM, i) + closed.category(Category.INTEGRATION, i);
            assertEquals(open.total(i) + fixedFees, hybrid.total(i), ABS + REL * Math.abs(hybrid.total(i)));
            assertEquals(0, hybrid.category(Category.API_USAGE, i), ABS);
        }
    }

    @Property
    void hybridAtShareZeroPaysTheWholeApiBillPlusTheFleetsFixedCosts(@ForAll long seed) {
        Scenario s = RandomScenarios.builder(seed).hybridPolicy(HybridPolicy.SHARE).set(Input.SELF_HOSTED_SHARE, 0).build();
        Evaluation e = eval(s);
        SetupResult closed = e.setup(Setup.CLOSED);
        SetupResult hybrid = e.setup(Setup.HYBRID);
        for (int i = 0; i < closed.months(); i++) {
            assertEquals(closed.total(i), hybrid.category(Category.API_USAGE, i) + hybrid.category(Category.API_PLATFORM, i)
                    + hybrid.category(Category.INTEGRATION, i), ABS + REL * Math.abs(closed.total(i)));
            assertTrue(hybrid.replicas(i) == s.getInt(Input.MIN_REPLICAS) + s.getInt(Input.REDUNDANT_REPLICAS));
        }
    }

    @Property
    void spilloverNeverSendsMoreToTheApiThanTheWholeWorkload(@ForAll long seed) {
        Scenario s = RandomScenarios.builder(seed).hybridPolicy(HybridPolicy.SPILLOVER).build();
        Evaluation e = eval(s);
        for (int i = 0; i < e.months(); i++) {
            assertTrue(atMost(e.setup(Setup.HYBRID).category(Category.API_USAGE, i), e.setup(Setup.CLOSED).category(Category.API_USAGE, i)));
            assertEquals(s.getInt(Input.SELF_HOSTED_REPLICAS) + s.getInt(Input.REDUNDANT_REPLICAS), e.setup(Setup.HYBRID).replicas(i));
        }
    }

    @Property
    void cashAndAccrualViewsCostTheSameWithoutDiscounting(@ForAll long seed) {
        Scenario s = RandomScenarios.builder(seed).hostingMode(HostingMode.OWN).set(Input.ANNUAL_DISCOUNT_RATE, 0).build();
        double cash = eval(s.toBuilder().amortize(false).build()).setup(Setup.OPEN).tco();
        double accrual = eval(s.toBuilder().amortize(true).build()).setup(Setup.OPEN).tco();
        assertEquals(cash, accrual, ABS + REL * Math.abs(cash));
    }

    @Property
    void capacityCoversThePeakAndIdleCapacityIsPartOfTheGpuBill(@ForAll long seed) {
        Scenario s = RandomScenarios.scenario(seed);
        SetupResult open = eval(s).setup(Setup.OPEN);
        int floor = s.getInt(Input.MIN_REPLICAS) + s.getInt(Input.REDUNDANT_REPLICAS);
        for (int i = 0; i < open.months(); i++) {
            assertTrue(open.replicas(i) >= floor);
            assertTrue(open.utilization(i) <= s.get(Input.TARGET_UTILIZATION) / s.get(Input.PEAK_TO_AVERAGE) + 1e-12);
            assertTrue(open.idleCapacity(i) >= -ABS);
            if (s.hostingMode() == HostingMode.RENT) {
                assertTrue(atMost(open.idleCapacity(i), open.category(Category.COMPUTE, i)));
            }
        }
    }

    @Property
    void npvIsAtMostTcoWhenDiscountingAndNothingIsGivenBack(@ForAll long seed) {
        Scenario s = RandomScenarios.builder(seed).hostingMode(HostingMode.RENT).build();
        for (SetupResult r : eval(s).setups().values()) {
            assertTrue(atMost(r.npv(), r.tco()));
        }
    }

    @Property
    void crossingsAlternateAndTheFirstDownIsTheBreakEvenMonth(@ForAll long seed) {
        Evaluation e = eval(RandomScenarios.scenario(seed));
        for (Pair p : Pair.values()) {
            e.breakEven(p).ifPresent(be -> {
                List<BreakEven.Crossing> cs = be.crossings();
                for (int i = 1; i < cs.size(); i++) {
                    assertNotEquals(cs.get(i - 1).aCheaper(), cs.get(i).aCheaper());
                    assertTrue(cs.get(i - 1).month() <= cs.get(i).month());
                }
                if (be.found() && be.month() > 0) {
                    assertEquals(be.month(), cs.stream().filter(BreakEven.Crossing::aCheaper).findFirst().orElseThrow().month());
                }
            });
        }
    }

    @Property
    void breakEvenVolumesBoundWhereSelfHostingIsNoDearer(@ForAll long seed) {
        Evaluation e = eval(RandomScenarios.scenario(seed));
        RunRates rr = e.runRates();
        BreakEvenVolume v = e.breakEvenVolume();
        Random r = new Random(seed);
        double first = v.first();
        double sustained = v.sustained();
        if (!Double.isNaN(first)) {
            assertTrue(first > 0 ? atMost(rr.open(first), rr.closed(first)) : true);
            for (int k = 0; k < 200; k++) {
                double below = first * r.nextDouble();
                if (below > 0) {
                    assertTrue(rr.open(below) > rr.closed(below) - ABS, "open no dearer at " + below + " < first " + first);
                }
            }
        }
        if (!Double.isNaN(sustained)) {
            assertTrue(Double.isNaN(first) || first <= sustained);
            for (int k = 0; k < 200; k++) {
                double above = sustained + (RunRates.MAX_VOLUME - sustained) * Math.pow(r.nextDouble(), 8);
                assertTrue(atMost(rr.open(above), rr.closed(above)), "open dearer at " + above + " >= sustained " + sustained);
            }
            if (sustained > 0) {
                double justBelow = Math.nextDown(sustained) * (1 - 1e-12);
                assertTrue(rr.open(justBelow) >= rr.closed(justBelow) - ABS);
            }
        } else if (!Double.isNaN(first)) {
            // no sustained volume: self-hosting is dearer again somewhere above first, up to the limit
            assertTrue(rr.open(RunRates.MAX_VOLUME) > rr.closed(RunRates.MAX_VOLUME) - ABS
                    || rr.open(Math.nextDown(RunRates.MAX_VOLUME)) > rr.closed(Math.nextDown(RunRates.MAX_VOLUME)));
        }
    }
}
