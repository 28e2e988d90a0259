package com.tcostudio.core.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plausible ranges of issue 11, item 1: bounds, their words, and money bounds scaled by the currency. */
class RuleTest {
    @Test
    void everyInputHasABoundedRuleAndMoneyRulesAreExactlyTheMoneyInputs() {
        for (Input input : Input.values()) {
            Rule rule = input.rule();
            assertTrue(Double.isFinite(rule.min()) && Double.isFinite(rule.max()), input.path());
            assertEquals(input.unit().isMoney(), rule.isMoney(), input.path() + ": a money input scales with the currency");
        }
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(textBlock = """
            PRICE_PER_MTOK,   10000,     true
            PRICE_PER_MTOK,   10000.01,  false
            PRICE_PER_MTOK,   -0.01,     false
            TOKENS_PER_MONTH, 0,         true
            TOKENS_PER_MONTH, 0.5,       false
            TOKENS_PER_MONTH, 1,         true
            TOKENS_PER_MONTH, 1e16,      true
            TOKENS_PER_MONTH, 1.1e16,    false
            GROWTH_PER_MONTH, -0.5,      true
            GROWTH_PER_MONTH, -0.51,     false
            GROWTH_PER_MONTH, 1,         true
            RATE_PER_YEAR,    -0.99,     true
            RATE_PER_YEAR,    -1,        false
            RATE_PER_YEAR,    10,        true
            RATE_PER_YEAR,    10.5,      false
            UTILIZATION,      0.001,     true
            UTILIZATION,      0.0009,    false
            UTILIZATION,      1,         true
            THROUGHPUT,       4.9e-324,  false
            THROUGHPUT,       1,         true
            REPLICAS,         100000,    true
            REPLICAS,         100001,    false
            GPU_HOURLY,       1000,      true
            GPU_HOURLY,       1000.5,    false
            CAPEX_PER_GPU,    1e7,       true
            FTE,              10000,     true
            FTE,              10001,     false
            """)
    void theBoundsInUsd(Rule rule, double value, boolean accepted) {
        assertEquals(accepted, rule.accepts(value, 1.0));
    }

    @Test
    void moneyBoundsScaleWithTheCurrency() {
        // 1,000 USD per GPU-hour at 16,000 IDR per USD: 1,000 x 16,000 = 16,000,000 IDR
        assertEquals(16_000_000, Rule.GPU_HOURLY.max(16_000), 0);
        assertTrue(Rule.GPU_HOURLY.accepts(16_000_000, 16_000));
        assertFalse(Rule.GPU_HOURLY.accepts(16_000_001, 16_000));
        // 10,000 USD per MTok at 0.92 EUR per USD: 9,200 EUR
        assertEquals(9_200, Rule.PRICE_PER_MTOK.max(0.92), 1e-9);
        // not money: the same in every currency
        assertEquals(1e16, Rule.TOKENS_PER_MONTH.max(16_000), 0);
    }

    @Test
    void theRuleInWordsNamesItsBounds() {
        assertEquals("must be from 0 to 1,000 (USD; times currency.perUsd in another currency)", Rule.GPU_HOURLY.words());
        assertEquals("must be from 0 to 1,000", Rule.GPU_HOURLY.words(Currency.USD));
        assertEquals("must be from 0 to 16,000,000 (1,000 USD at 16,000 IDR per USD)",
                Rule.GPU_HOURLY.words(new Currency("IDR", 16_000)));
        assertEquals("must be 0, or from 1 to 1e16", Rule.TOKENS_PER_MONTH.words());
        assertEquals("must be a share between 0 and 1", Rule.SHARE.words(new Currency("EUR", 0.92)));
    }

    @Test
    void clippingStaysInTheRule() {
        assertEquals(0, Rule.TOKENS_PER_MONTH.clip(0.4), 0, "below half the least volume: none");
        assertEquals(1, Rule.TOKENS_PER_MONTH.clip(0.6), 0, "above half: the least volume");
        assertEquals(1_000, Rule.GPU_HOURLY.clip(5_000, 1.0), 0);
        assertEquals(5_000, Rule.GPU_HOURLY.clip(5_000), 0, "without a currency: the weakest one's bound, 1e10");
        assertEquals(0.001, Rule.UTILIZATION.clip(Double.NEGATIVE_INFINITY), 0);
        assertTrue(Double.isNaN(Rule.SHARE.clip(Double.NaN)), "NaN is left for validation to refuse");
    }

    @Property
    void aClippedValueIsAlwaysAccepted(@ForAll double value, @ForAll("rules") Rule rule) {
        if (!Double.isNaN(value)) {
            assertTrue(rule.accepts(rule.clip(value)), rule + " " + value);
            assertTrue(rule.accepts(rule.clip(value, 1.0), 1.0), rule + " " + value);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Rule> rules() {
        return net.jqwik.api.Arbitraries.of(Rule.class);
    }

    @Test
    void theCurrencyRateIsBounded() {
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> new Currency("IRR", 1e308));
        assertEquals("currency.perUsd: must be from 0.001 to 10,000,000 units of the currency per USD (was 1e308)", e.getMessage());
        assertEquals(1e7, new Currency("XXX", Currency.MAX_PER_USD).perUsd(), 0);
    }

    @Test
    void hugeAndTinyNumbersAreQuotedShort() {
        assertEquals("1e308", Scenario.format(1e308));
        assertEquals("4.9e-324", Scenario.format(Double.MIN_VALUE));
        assertEquals("2500000000", Scenario.format(2.5e9));
        assertEquals("0.001", Scenario.format(0.001));
    }
}
