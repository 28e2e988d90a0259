package com.tcostudio.support;

import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.HybridPolicy;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;

import java.util.Random;

/**
 * Valid scenarios drawn from wide but realistic ranges, reproducible from a seed, for property
 * tests. Ranges include the edges (zero tokens, zero prices, no redundancy, share 0 and 1).
 */
public final class RandomScenarios {
    private RandomScenarios() {
    }

    public static Scenario.Builder builder(long seed) {
        Random r = new Random(seed);
        HostingMode mode = r.nextBoolean() ? HostingMode.RENT : HostingMode.OWN;
        HybridPolicy policy = HybridPolicy.values()[r.nextInt(3)];
        Scenario.Builder b = Scenario.builder().name("random " + seed).hostingMode(mode).amortize(r.nextBoolean())
                .hybridPolicy(policy)
                .set(Input.HORIZON_MONTHS, 1 + r.nextInt(120))
                .set(Input.ANNUAL_DISCOUNT_RATE, pick(r, 0, 0.2))
                .set(Input.SALARY_GROWTH_PER_YEAR, pick(r, -0.05, 0.1))
                .set(Input.LOADED_ANNUAL_COST_PER_FTE, pick(r, 0, 400_000))
                .set(Input.INPUT_TOKENS_PER_MONTH, r.nextInt(10) == 0 ? 0 : Math.pow(10, pick(r, 6, 11.5)))
                .set(Input.OUTPUT_TOKENS_PER_MONTH, r.nextInt(10) == 0 ? 0 : Math.pow(10, pick(r, 5, 10.5)))
                .set(Input.MONTHLY_GROWTH, pick(r, -0.1, 0.15))
                .set(Input.PLATEAU_TOKENS_PER_MONTH, r.nextBoolean() ? Double.NaN : Math.pow(10, pick(r, 8, 12)))
                .set(Input.PEAK_TO_AVERAGE, pick(r, 1, 6))
                .set(Input.CACHED_INPUT_SHARE, pick(r, 0, 1))
                .set(Input.BATCH_SHARE, pick(r, 0, 1))
                .set(Input.INPUT_PER_MTOK, pick(r, 0, 15))
                .set(Input.OUTPUT_PER_MTOK, pick(r, 0, 75))
                .set(Input.CACHED_INPUT_PER_MTOK, r.nextBoolean() ? Double.NaN : pick(r, 0, 1.5))
                .set(Input.BATCH_DISCOUNT, pick(r, 0, 1))
                .set(Input.ANNUAL_PRICE_CHANGE, pick(r, -0.6, 0.2))
                .set(Input.PLATFORM_FEE_PER_MONTH, pick(r, 0, 5000))
                .set(Input.INTEGRATION_FTE, pick(r, 0, 1))
                .set(Input.GPUS_PER_REPLICA, 1 + r.nextInt(8))
                .set(Input.PREFILL_TOKENS_PER_SECOND, Math.pow(10, pick(r, 3, 5)))
                .set(Input.DECODE_TOKENS_PER_SECOND, Math.pow(10, pick(r, 2, 4.3)))
                .set(Input.TARGET_UTILIZATION, pick(r, 0.05, 1))
                .set(Input.MIN_REPLICAS, r.nextInt(4))
                .set(Input.REDUNDANT_REPLICAS, r.nextInt(3))
                .set(Input.ANNUAL_GPU_PRICE_CHANGE, pick(r, -0.4, 0.2))
                .set(Input.BASE_FTE, pick(r, 0, 3))
                .set(Input.FTE_PER_GPU, pick(r, 0, 0.05))
                .set(Input.SETUP_PERSON_MONTHS, pick(r, 0, 12))
                .set(Input.SETUP_ONE_TIME_COST, pick(r, 0, 100_000))
                .set(Input.UPGRADE_EVERY_MONTHS, r.nextInt(13))
                .set(Input.UPGRADE_PERSON_MONTHS, pick(r, 0, 2))
                .set(Input.TOOLING_PER_MONTH, pick(r, 0, 5000))
                .set(Input.OTHER_PER_MONTH, pick(r, 0, 5000))
                .set(Input.GPU_HOURLY, pick(r, 0, 14))
                .set(Input.CAPEX_PER_GPU, pick(r, 0, 50_000))
                .set(Input.DEPRECIATION_MONTHS, 1 + r.nextInt(72))
                .set(Input.RESIDUAL_SHARE, pick(r, 0, 0.3))
                .set(Input.MAINTENANCE_PER_YEAR, pick(r, 0, 0.1))
                .set(Input.POWER_WATTS_PER_GPU, pick(r, 0, 1200))
                .set(Input.PUE, pick(r, 1, 1.6))
                .set(Input.ENERGY_PER_KWH, pick(r, 0, 0.3))
                .set(Input.COLOCATION_PER_GPU_MONTH, pick(r, 0, 300))
                .set(Input.SELF_HOSTED_SHARE, r.nextInt(5) == 0 ? r.nextInt(2) : pick(r, 0, 1))
                .set(Input.SELF_HOSTED_REPLICAS, r.nextInt(6));
        return b;
    }

    public static Scenario scenario(long seed) {
        return builder(seed).build();
    }

    private static double pick(Random r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }
}
