package com.tcostudio.io.json;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.SetupResult;
import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Rule;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.uncertainty.MonteCarlo;
import com.tcostudio.core.uncertainty.SimulationResult;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.support.RandomScenarios;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With every input inside its rule's range, no output is infinite and none is NaN where a value
 * is defined: the bounds exist to make that so. Inputs are drawn at their bounds more often than
 * not, in any allowed currency, so the corners where products are largest (most tokens, fastest
 * growth, slowest replicas, weakest currency, a discount rate near -1) are met.
 */
class InRangeScenariosStayFiniteTest {
    /** Share of draws placed exactly on a bound: corners are where overflow would happen. */
    private static final double AT_A_BOUND = 0.7;

    @Property(tries = 400)
    void everyOutputOfAnInRangeScenarioIsFinite(@ForAll long seed) {
        Scenario s = extreme(seed);
        Evaluation e = CostEngine.DEFAULT.evaluate(s);
        assertFinite(e, "seed " + seed);
        String json = EvaluationJson.toJson(e);
        assertFalse(json.contains("Infinity") || json.contains("NaN"), "seed " + seed + ": JSON holds a non-number");
        String csv = EvaluationCsv.toCsv(e);
        assertFalse(csv.contains("Infinity") || csv.contains("NaN"), "seed " + seed + ": CSV holds a non-number");
    }

    @Test
    void theWorstCornerStaysFinite() {
        // every input where it makes costs largest: each product the engine forms is at its peak here
        Scenario.Builder b = RandomScenarios.builder(1).currency(new Currency("XXX", Currency.MAX_PER_USD))
                .set(Input.HORIZON_MONTHS, 120)
                .set(Input.ANNUAL_DISCOUNT_RATE, Rule.RATE_PER_YEAR.min())
                .set(Input.SALARY_GROWTH_PER_YEAR, Rule.RATE_PER_YEAR.max())
                .set(Input.ANNUAL_PRICE_CHANGE, Rule.RATE_PER_YEAR.max())
                .set(Input.ANNUAL_GPU_PRICE_CHANGE, Rule.RATE_PER_YEAR.max())
                .set(Input.MONTHLY_GROWTH, Rule.GROWTH_PER_MONTH.max())
                .set(Input.PLATEAU_TOKENS_PER_MONTH, Double.NaN)
                .set(Input.INPUT_TOKENS_PER_MONTH, Rule.TOKENS_PER_MONTH.max())
                .set(Input.OUTPUT_TOKENS_PER_MONTH, Rule.TOKENS_PER_MONTH.max())
                .set(Input.PREFILL_TOKENS_PER_SECOND, Rule.THROUGHPUT.min())
                .set(Input.DECODE_TOKENS_PER_SECOND, Rule.THROUGHPUT.min())
                .set(Input.TARGET_UTILIZATION, Rule.UTILIZATION.min())
                .set(Input.PEAK_TO_AVERAGE, Rule.PEAK_TO_AVERAGE.max())
                .set(Input.GPUS_PER_REPLICA, Rule.GPUS_PER_REPLICA.max());
        for (Input input : Input.values()) {
            if (input.rule().isMoney()) {
                b.set(input, input.rule().max(Currency.MAX_PER_USD));
            }
            if (input.rule() == Rule.FTE || input.rule() == Rule.FTE_PER_GPU || input.rule() == Rule.PERSON_MONTHS) {
                b.set(input, input.rule().max());
            }
        }
        for (com.tcostudio.core.model.HostingMode mode : com.tcostudio.core.model.HostingMode.values()) {
            for (com.tcostudio.core.model.HybridPolicy policy : com.tcostudio.core.model.HybridPolicy.values()) {
                Scenario s = b.hostingMode(mode).hybridPolicy(policy).amortize(true).build();
                assertFinite(CostEngine.DEFAULT.evaluate(s), mode + " " + policy);
                assertFinite(CostEngine.DEFAULT.evaluate(s.toBuilder().amortize(false).build()), mode + " " + policy + " cash");
            }
        }
    }

    @Property(tries = 30)
    void samplesOfInRangeRangesAreFinite(@ForAll long seed) {
        Scenario base = extreme(seed);
        Random r = new Random(seed);
        Scenario.Builder b = base.toBuilder();
        for (Input input : Input.values()) {
            if (input.isInteger() || !base.has(input) || r.nextInt(4) != 0) {
                continue;
            }
            double lo = input.rule().min();
            double hi = input.rule().max(base.currency().perUsd());
            // the widest range the rule allows, as a normal whose tails reach past both bounds
            b.uncertainty(input, r.nextBoolean() ? Distribution.uniform(lo, hi) : Distribution.normal(lo, hi));
        }
        Scenario s = b.build();
        SimulationResult result = MonteCarlo.run(s, 200, seed);
        for (Setup setup : result.setups()) {
            // a mean of samples at most ~1e100 is finite exactly when every sample is
            SimulationResult.Summary tco = result.tco(setup);
            SimulationResult.Summary npv = result.npv(setup);
            for (double v : new double[]{tco.p10(), tco.p90(), tco.mean(), npv.p10(), npv.p90(), npv.mean()}) {
                assertTrue(Double.isFinite(v), "seed " + seed + ": " + setup + " " + tco + " " + npv);
            }
        }
    }

    /** A random valid scenario whose every input lies on a bound or anywhere in its range. */
    static Scenario extreme(long seed) {
        Random r = new Random(seed);
        Scenario.Builder b = RandomScenarios.builder(seed);
        double perUsd = r.nextDouble() < AT_A_BOUND ? (r.nextBoolean() ? Currency.MIN_PER_USD : Currency.MAX_PER_USD)
                : Math.exp(logUniform(r, Math.log(Currency.MIN_PER_USD), Math.log(Currency.MAX_PER_USD)));
        b.currency(new Currency("XXX", perUsd));
        for (Input input : Input.values()) {
            if (input.isOptional() && r.nextInt(3) == 0) {
                b.set(input, Double.NaN);
                continue;
            }
            Rule rule = input.rule();
            double lo = rule.min();
            double hi = rule.max(perUsd);
            double u = r.nextDouble();
            double v;
            if (u < AT_A_BOUND / 2) {
                v = lo;
            } else if (u < AT_A_BOUND) {
                v = hi;
            } else if (lo > 0 || (lo == 0 && hi > 1e3)) {
                // wide ranges are drawn on a log scale, so that small values are met as often as large ones
                v = Math.exp(logUniform(r, Math.log(Math.max(lo, 1e-3)), Math.log(hi)));
            } else {
                v = lo + (hi - lo) * r.nextDouble();
            }
            if (input.isInteger()) {
                v = Math.round(v);
            }
            b.set(input, rule.clip(v, perUsd));
        }
        return b.build();
    }

    private static double logUniform(Random r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }

    private static void assertFinite(Evaluation e, String what) {
        for (SetupResult s : e.setups().values()) {
            String where = what + ", " + s.setup();
            boolean selfHosted = s.setup() != Setup.CLOSED;
            for (double[] a : selfHosted ? new double[][]{s.total(), s.cumulative(), s.discounted(), s.cumulativeDiscounted(),
                    s.replicas(), s.gpus(), s.utilization(), s.idleCapacity()}
                    : new double[][]{s.total(), s.cumulative(), s.discounted(), s.cumulativeDiscounted()}) {
                for (double v : a) {
                    assertTrue(Double.isFinite(v), where + ": " + v);
                }
            }
            for (com.tcostudio.core.engine.Category c : com.tcostudio.core.engine.Category.values()) {
                for (double v : s.category(c)) {
                    assertTrue(Double.isFinite(v), where + " " + c + ": " + v);
                }
            }
            assertTrue(Double.isFinite(s.tco()) && Double.isFinite(s.npv()) && Double.isFinite(s.hiddenCostShare()),
                    where + ": TCO " + s.tco() + ", NPV " + s.npv() + ", hidden " + s.hiddenCostShare());
            for (int i = 0; i < s.months(); i++) {
                double tokens = e.inputTokens(i) + e.outputTokens(i);
                // no value (NaN, written null) only where there is nothing to divide by: a month without tokens
                assertTrue(Double.isFinite(s.costPerMTok(i)) || (Double.isNaN(s.costPerMTok(i)) && tokens == 0),
                        where + " month " + i + ": cost per MTok " + s.costPerMTok(i) + " for " + tokens + " tokens");
            }
        }
    }
}
