package com.tcostudio.support;

import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.HybridPolicy;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;

/**
 * Scenarios with round numbers, so that expectations can be computed by hand. Everything that
 * costs is switched off unless a test turns it on: one FTE costs 10,000 a month, no growth, no
 * discounting, no price changes.
 */
public final class TestScenarios {
    /** Seconds in a month: 730 h x 3600 s. */
    public static final double S = 2_628_000;

    private TestScenarios() {
    }

    /** Rent mode, no hybrid, all costs zero but the FTE price. */
    public static Scenario.Builder quiet() {
        return Scenario.builder()
                .name("test")
                .hostingMode(HostingMode.RENT)
                .hybridPolicy(HybridPolicy.NONE)
                .set(Input.HORIZON_MONTHS, 12)
                .set(Input.ANNUAL_DISCOUNT_RATE, 0)
                .set(Input.SALARY_GROWTH_PER_YEAR, 0)
                .set(Input.LOADED_ANNUAL_COST_PER_FTE, 120_000)
                .set(Input.INPUT_TOKENS_PER_MONTH, 0)
                .set(Input.OUTPUT_TOKENS_PER_MONTH, 0)
                .set(Input.MONTHLY_GROWTH, 0)
                .set(Input.PEAK_TO_AVERAGE, 1)
                .set(Input.CACHED_INPUT_SHARE, 0)
                .set(Input.BATCH_SHARE, 0)
                .set(Input.INPUT_PER_MTOK, 0)
                .set(Input.OUTPUT_PER_MTOK, 0)
                .set(Input.BATCH_DISCOUNT, 0)
                .set(Input.ANNUAL_PRICE_CHANGE, 0)
                .set(Input.PLATFORM_FEE_PER_MONTH, 0)
                .set(Input.INTEGRATION_FTE, 0)
                .set(Input.GPUS_PER_REPLICA, 1)
                .set(Input.PREFILL_TOKENS_PER_SECOND, 10_000)
                .set(Input.DECODE_TOKENS_PER_SECOND, 1_000)
                .set(Input.TARGET_UTILIZATION, 1)
                .set(Input.MIN_REPLICAS, 0)
                .set(Input.REDUNDANT_REPLICAS, 0)
                .set(Input.ANNUAL_GPU_PRICE_CHANGE, 0)
                .set(Input.BASE_FTE, 0)
                .set(Input.FTE_PER_GPU, 0)
                .set(Input.SETUP_PERSON_MONTHS, 0)
                .set(Input.SETUP_ONE_TIME_COST, 0)
                .set(Input.UPGRADE_EVERY_MONTHS, 0)
                .set(Input.UPGRADE_PERSON_MONTHS, 0)
                .set(Input.TOOLING_PER_MONTH, 0)
                .set(Input.OTHER_PER_MONTH, 0)
                .set(Input.GPU_HOURLY, 0);
    }

    /** Own mode with zero costs; set the hosting numbers a test needs. */
    public static Scenario.Builder quietOwn() {
        return quiet().hostingMode(HostingMode.OWN)
                .set(Input.CAPEX_PER_GPU, 0)
                .set(Input.DEPRECIATION_MONTHS, 12)
                .set(Input.RESIDUAL_SHARE, 0)
                .set(Input.MAINTENANCE_PER_YEAR, 0)
                .set(Input.POWER_WATTS_PER_GPU, 0)
                .set(Input.PUE, 1)
                .set(Input.ENERGY_PER_KWH, 0)
                .set(Input.COLOCATION_PER_GPU_MONTH, 0);
    }

    /** The example scenario of METHODOLOGY.md (rent, hybrid share 0.6, 36 months). */
    public static Scenario.Builder methodologyExample() {
        return Scenario.builder()
                .name("Methodology example")
                .hostingMode(HostingMode.RENT)
                .hybridPolicy(HybridPolicy.SHARE)
                .set(Input.HORIZON_MONTHS, 36)
                .set(Input.ANNUAL_DISCOUNT_RATE, 0.08)
                .set(Input.SALARY_GROWTH_PER_YEAR, 0.03)
                .set(Input.LOADED_ANNUAL_COST_PER_FTE, 200_000)
                .set(Input.INPUT_TOKENS_PER_MONTH, 2e9)
                .set(Input.OUTPUT_TOKENS_PER_MONTH, 5e8)
                .set(Input.MONTHLY_GROWTH, 0.05)
                .set(Input.PEAK_TO_AVERAGE, 3)
                .set(Input.CACHED_INPUT_SHARE, 0.3)
                .set(Input.BATCH_SHARE, 0)
                .set(Input.INPUT_PER_MTOK, 3)
                .set(Input.OUTPUT_PER_MTOK, 15)
                .set(Input.CACHED_INPUT_PER_MTOK, 0.3)
                .set(Input.BATCH_DISCOUNT, 0.5)
                .set(Input.ANNUAL_PRICE_CHANGE, -0.2)
                .set(Input.PLATFORM_FEE_PER_MONTH, 0)
                .set(Input.INTEGRATION_FTE, 0.1)
                .set(Input.GPUS_PER_REPLICA, 2)
                .set(Input.PREFILL_TOKENS_PER_SECOND, 20_000)
                .set(Input.DECODE_TOKENS_PER_SECOND, 2_500)
                .set(Input.TARGET_UTILIZATION, 0.6)
                .set(Input.MIN_REPLICAS, 1)
                .set(Input.REDUNDANT_REPLICAS, 1)
                .set(Input.GPU_HOURLY, 2.5)
                .set(Input.ANNUAL_GPU_PRICE_CHANGE, -0.15)
                .set(Input.BASE_FTE, 0.5)
                .set(Input.FTE_PER_GPU, 0.02)
                .set(Input.SETUP_PERSON_MONTHS, 3)
                .set(Input.SETUP_ONE_TIME_COST, 10_000)
                .set(Input.UPGRADE_EVERY_MONTHS, 6)
                .set(Input.UPGRADE_PERSON_MONTHS, 0.5)
                .set(Input.TOOLING_PER_MONTH, 1000)
                .set(Input.OTHER_PER_MONTH, 200)
                .set(Input.SELF_HOSTED_SHARE, 0.6);
    }

    /**
     * The methodology example with four ranges of different kinds, as in the methodology's own
     * uncertainty example: GPU price (PERT), growth (triangular), API price change (uniform) and
     * staff cost (normal, by its 5th and 95th percentiles).
     */
    public static Scenario.Builder methodologyExampleWithRanges() {
        return methodologyExample()
                .name("Methodology example with ranges")
                .uncertainty(Input.GPU_HOURLY, Distribution.pert(1.8, 2.5, 4.0))
                .uncertainty(Input.MONTHLY_GROWTH, Distribution.triangular(0.01, 0.05, 0.10))
                .uncertainty(Input.ANNUAL_PRICE_CHANGE, Distribution.uniform(-0.5, 0.0))
                .uncertainty(Input.LOADED_ANNUAL_COST_PER_FTE, Distribution.normal(150_000, 260_000));
    }
}
