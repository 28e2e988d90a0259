package com.tcostudio.core.engine;

import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.V1Migration;
import com.tcostudio.io.scenario.ScenarioReader;
import com.tcostudio.support.RandomScenarios;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract's promise for version 1 files: the migrated portfolio gives v1's numbers within
 * 1e-9 relative, setup by setup, category by category, and the break-evens of the same pairs.
 */
class PortfolioEngineV1Test {
    /** The contract's bound for a migrated v1 file. */
    private static final double REL = 1e-9;
    /** Money compared near zero: a micro-unit. */
    private static final double ABS = 1e-6;

    @ParameterizedTest
    @ValueSource(strings = {"rent-share", "own-cash-spillover", "own-accrual", "rent-120-spillover",
            "edge-no-tokens", "own-cash-short-depreciation"})
    void everyGoldenScenarioMigratedGivesItsV1Numbers(String name) throws Exception {
        Scenario s;
        try (InputStream in = getClass().getResourceAsStream("/golden/" + name + ".scenario.json")) {
            s = new ScenarioReader(CatalogueLookup.NONE).read(in.readAllBytes(), name);
        }
        compare(s);
    }

    @Property(tries = 400)
    void everyRandomScenarioMigratedGivesItsV1Numbers(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        compare(RandomScenarios.builder(seed).build());
    }

    static void compare(Scenario s) {
        Evaluation v1 = CostEngine.DEFAULT.evaluate(s);
        Portfolio p = V1Migration.migrate(s);
        PortfolioEvaluation v2 = PortfolioEngine.DEFAULT.evaluate(p);
        String[] plans = s.hasHybrid() ? new String[]{"closed", "open", "hybrid"} : new String[]{"closed", "open"};
        Setup[] setups = s.hasHybrid() ? Setup.values() : new Setup[]{Setup.CLOSED, Setup.OPEN};
        for (int i = 0; i < plans.length; i++) {
            SetupResult a = v1.setup(setups[i]);
            PlanResult b = v2.plan(plans[i]);
            close(a.tco(), b.tco(), plans[i] + " tco");
            close(a.npv(), b.npv(), plans[i] + " npv");
            for (Category c : Category.V1) {
                double[] x = a.category(c);
                double[] y = b.category(c);
                for (int t = 0; t < x.length; t++) {
                    close(x[t], y[t], plans[i] + " " + c.key() + " month " + (t + 1));
                }
            }
            for (int t = 0; t < s.horizonMonths(); t++) {
                close(a.cumulative(t), b.cumulative()[t], plans[i] + " cumulative " + (t + 1));
                if (setups[i].selfHosted()) {
                    close(a.gpus(t), b.gpus()[t], plans[i] + " gpus " + (t + 1));
                    close(a.idleCapacity(t), b.idleCapacity()[t], plans[i] + " idle " + (t + 1));
                }
                double cpm = a.costPerMTok(t);
                if (Double.isNaN(cpm)) {
                    assertTrue(Double.isNaN(b.costPerMTok()[t]));
                } else {
                    close(cpm, b.costPerMTok()[t], plans[i] + " costPerMTok " + (t + 1));
                }
            }
        }
        breakEven(v1.breakEven(Pair.OPEN_VS_CLOSED).orElseThrow(), v2.breakEven("open", "closed").orElseThrow().breakEven());
        if (s.hasHybrid()) {
            breakEven(v1.breakEven(Pair.HYBRID_VS_CLOSED).orElseThrow(),
                    v2.breakEven("hybrid", "closed").orElseThrow().breakEven());
        }
        Scale scale = v2.breakEven("open", "closed").orElseThrow().scale();
        BreakEvenVolume volume = v1.breakEvenVolume();
        double tokens1 = v2.inputTokens()[0] + v2.outputTokens()[0];
        // v1 searches volumes up to 1e15 tokens, v2 multiples up to 10,000: compare within both ranges
        double reach = Scale.MAX_SCALE * tokens1;
        if (tokens1 > 0 && volume.sustained() <= reach && volume.first() <= reach) {
            volume(volume.first(), scale.first() * tokens1, "first");
            volume(volume.sustained(), scale.sustained() * tokens1, "sustained");
        }
    }

    private static void volume(double v1, double v2, String what) {
        if (Double.isNaN(v1)) {
            // v1 searches volumes up to 1e15 tokens, v2 multiples up to 10,000
            return;
        }
        if (Double.isNaN(v2)) {
            return;
        }
        assertEquals(v1, v2, REL * Math.abs(v1) + ABS, what);
    }

    private static void breakEven(BreakEven a, BreakEven b) {
        month(a.month(), b.month(), "month");
        month(a.discountedMonth(), b.discountedMonth(), "discountedMonth");
        assertEquals(a.crossings().size(), b.crossings().size(), "crossings");
        for (int i = 0; i < a.crossings().size(); i++) {
            month(a.crossings().get(i).month(), b.crossings().get(i).month(), "crossing " + i);
            assertEquals(a.crossings().get(i).aCheaper(), b.crossings().get(i).aCheaper());
        }
    }

    private static void month(double a, double b, String what) {
        if (Double.isNaN(a)) {
            assertTrue(Double.isNaN(b), what + ": v1 none, v2 " + b);
        } else {
            assertEquals(a, b, REL * Math.abs(a) + 1e-9, what);
        }
    }

    private static void close(double a, double b, String what) {
        assertEquals(a, b, REL * Math.abs(a) + ABS, what);
    }
}
