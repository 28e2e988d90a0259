package com.tcostudio.core.engine;

import com.tcostudio.core.model.HybridPolicy;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Rule;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.support.RandomScenarios;
import com.tcostudio.support.TestScenarios;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reused workspace gives what a fresh evaluation of the same values gives, to the bit. */
class CostEngineWorkspaceTest {
    private static final double EXACT = 0;

    /** Values of s with a few real-valued inputs moved, kept valid by their rules. */
    private static double[] varied(Scenario s, Random r) {
        double[] v = s.valuesCopy();
        for (Input input : Input.values()) {
            if (!input.isInteger() && s.has(input) && r.nextInt(4) == 0) {
                Rule rule = input.rule();
                v[input.ordinal()] = rule.clip(v[input.ordinal()] * (0.5 + r.nextDouble()) + (r.nextDouble() - 0.5) * 0.1);
            }
        }
        return v;
    }

    private static void assertSame(Evaluation expected, CostEngine.Workspace w, String what) {
        for (Setup setup : expected.setups().keySet()) {
            SetupResult r = expected.setup(setup);
            assertEquals(r.tco(), w.tco(setup), EXACT, what + " tco " + setup.key());
            assertEquals(r.npv(), w.npv(setup), EXACT, what + " npv " + setup.key());
            double[] copied = new double[r.months() + 2];
            w.copyCumulative(setup, copied, 1);
            for (int i = 0; i < r.months(); i++) {
                assertEquals(r.cumulative(i), w.cumulative(setup, i), EXACT, what + " cumulative " + setup.key() + " " + i);
                assertEquals(r.cumulative(i), copied[i + 1], EXACT, what + " copied cumulative " + setup.key() + " " + i);
            }
        }
        assertEquals(expected.breakEven(Pair.OPEN_VS_CLOSED).orElseThrow().month(), w.breakEvenMonth(), EXACT,
                what + " break-even month");
    }

    @Test
    void aReusedWorkspaceMatchesFreshEvaluationsOfRandomScenarios() {
        for (long seed = 0; seed < 300; seed++) {
            Scenario s = RandomScenarios.scenario(seed);
            Random r = new Random(seed);
            CostEngine.Workspace w = CostEngine.DEFAULT.workspace(s);
            List<double[]> vectors = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                vectors.add(varied(s, r));
            }
            // the first vector again last: nothing of the others may linger
            vectors.add(vectors.get(0));
            for (int k = 0; k < vectors.size(); k++) {
                double[] v = vectors.get(k);
                w.evaluate(v);
                assertSame(CostEngine.DEFAULT.evaluate(s.withValues(v)), w, "seed " + seed + " vector " + k);
            }
        }
    }

    @Test
    void aWorkspaceForgetsThePurchasesOfTheEvaluationBefore() {
        // owned GPUs, cash view: with growth the fleet is bought month after month, without it
        // only in month 1; the second evaluation must not pay for the first one's purchases
        Scenario s = TestScenarios.quietOwn().hybridPolicy(HybridPolicy.SHARE).set(Input.SELF_HOSTED_SHARE, 0.5)
                .set(Input.HORIZON_MONTHS, 24).set(Input.INPUT_TOKENS_PER_MONTH, 2e10)
                .set(Input.MONTHLY_GROWTH, 0.1).set(Input.MIN_REPLICAS, 1).set(Input.CAPEX_PER_GPU, 30_000)
                .set(Input.RESIDUAL_SHARE, 0.1).build();
        CostEngine.Workspace w = CostEngine.DEFAULT.workspace(s);
        double[] growing = s.valuesCopy();
        double[] flat = s.valuesCopy();
        flat[Input.MONTHLY_GROWTH.ordinal()] = 0;
        assertTrue(CostEngine.DEFAULT.evaluate(s).setup(Setup.OPEN).gpus(23) > CostEngine.DEFAULT.evaluate(s)
                .setup(Setup.OPEN).gpus(0), "the growing fleet buys after month 1");
        w.evaluate(growing);
        assertSame(CostEngine.DEFAULT.evaluate(s), w, "growing");
        w.evaluate(flat);
        assertSame(CostEngine.DEFAULT.evaluate(s.withValues(flat)), w, "flat after growing");
    }

    @Test
    void aWorkspaceRefusesValuesOfAnotherHorizon() {
        Scenario s = RandomScenarios.scenario(3);
        CostEngine.Workspace w = CostEngine.DEFAULT.workspace(s);
        double[] v = s.valuesCopy();
        v[Input.HORIZON_MONTHS.ordinal()] = s.horizonMonths() + 1;
        assertThrows(IllegalArgumentException.class, () -> w.evaluate(v));
        assertThrows(IllegalArgumentException.class, () -> w.evaluate(new double[3]));
    }

    @Test
    void aWorkspaceWithoutHybridHasNoHybridSetup() {
        Scenario s = TestScenarios.quiet().build();
        CostEngine.Workspace w = CostEngine.DEFAULT.workspace(s);
        w.evaluate(s.valuesCopy());
        assertThrows(IllegalArgumentException.class, () -> w.tco(Setup.HYBRID));
    }
}
