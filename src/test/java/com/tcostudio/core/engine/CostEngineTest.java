package com.tcostudio.core.engine;

import com.tcostudio.core.model.HybridPolicy;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.tcostudio.support.TestScenarios.S;
import static com.tcostudio.support.TestScenarios.quiet;
import static com.tcostudio.support.TestScenarios.quietOwn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each formula of METHODOLOGY.md on numbers worked out by hand (the arithmetic is in the comments).
 * Month m is index m - 1.
 */
class CostEngineTest {
    /** Hand-computed money amounts are exact to well under a millionth. */
    private static final double TOL = 1e-6;
    /** Relative tolerance for values that go through pow(). */
    private static final double REL = 1e-12;

    private static Evaluation eval(Scenario.Builder b) {
        return CostEngine.DEFAULT.evaluate(b.build());
    }

    private static void assertRel(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * REL + TOL);
    }

    @Nested
    class Workload {
        @Test
        void volumesGrowByCompoundMonthlyGrowth() {
            Evaluation e = eval(quiet().set(Input.INPUT_TOKENS_PER_MONTH, 1e9).set(Input.OUTPUT_TOKENS_PER_MONTH, 5e8)
                    .set(Input.MONTHLY_GROWTH, 0.1));
            // month 3: t = 2, 1.1^2 = 1.21
            assertRel(1.21e9, e.inputTokens(2));
            assertRel(6.05e8, e.outputTokens(2));
            assertEquals(1e9, e.inputTokens(0), TOL);
        }

        @Test
        void plateauCapsTheSumAndKeepsTheMix() {
            Evaluation e = eval(quiet().set(Input.INPUT_TOKENS_PER_MONTH, 3e9).set(Input.OUTPUT_TOKENS_PER_MONTH, 1e9)
                    .set(Input.MONTHLY_GROWTH, 0.5).set(Input.PLATEAU_TOKENS_PER_MONTH, 5e9));
            // month 1: 4e9 < 5e9, unchanged; month 2: 4.5e9 + 1.5e9 = 6e9 scaled by 5/6
            assertEquals(3e9, e.inputTokens(0), TOL);
            assertRel(3.75e9, e.inputTokens(1));
            assertRel(1.25e9, e.outputTokens(1));
            assertRel(3.75e9, e.inputTokens(2));
        }
    }

    @Nested
    class Staff {
        @Test
        void fteCostRisesInYearlySteps() {
            Evaluation e = eval(quiet().set(Input.HORIZON_MONTHS, 25).set(Input.SALARY_GROWTH_PER_YEAR, 0.1)
                    .set(Input.INTEGRATION_FTE, 1));
            SetupResult closed = e.setup(Setup.CLOSED);
            // 120,000 / 12 = 10,000; x1.1 from month 13, x1.21 from month 25
            assertEquals(10_000, closed.category(Category.INTEGRATION, 0), TOL);
            assertEquals(10_000, closed.category(Category.INTEGRATION, 11), TOL);
            assertRel(11_000, closed.category(Category.INTEGRATION, 12));
            assertRel(12_100, closed.category(Category.INTEGRATION, 24));
        }
    }

    @Nested
    class ClosedApi {
        private Scenario.Builder api() {
            return quiet().set(Input.INPUT_TOKENS_PER_MONTH, 1e9).set(Input.OUTPUT_TOKENS_PER_MONTH, 2e8)
                    .set(Input.CACHED_INPUT_SHARE, 0.5).set(Input.INPUT_PER_MTOK, 2)
                    .set(Input.CACHED_INPUT_PER_MTOK, 0.2).set(Input.OUTPUT_PER_MTOK, 10)
                    .set(Input.BATCH_SHARE, 0.5).set(Input.BATCH_DISCOUNT, 0.5);
        }

        @Test
        void usageAppliesCacheAndBatchDiscounts() {
            // (1 - 0.5 x 0.5) / 1e6 x (1e9 x 0.5 x 2 + 1e9 x 0.5 x 0.2 + 2e8 x 10) = 0.75e-6 x 3.1e9 = 2325
            assertEquals(2325, eval(api()).setup(Setup.CLOSED).category(Category.API_USAGE, 0), TOL);
        }

        @Test
        void missingCachedPriceMeansNoCacheDiscount() {
            // cached tokens at the input price: 0.75e-6 x (1e9 x 2 + 2e8 x 10) = 3000
            Evaluation e = eval(api().set(Input.CACHED_INPUT_PER_MTOK, Double.NaN));
            assertEquals(3000, e.setup(Setup.CLOSED).category(Category.API_USAGE, 0), TOL);
        }

        @Test
        void pricesChangeByTheYearlyRateAppliedMonthly() {
            Evaluation e = eval(api().set(Input.HORIZON_MONTHS, 13).set(Input.ANNUAL_PRICE_CHANGE, -0.19));
            SetupResult c = e.setup(Setup.CLOSED);
            // month 7: 0.81^(6/12) = 0.9; month 13: 0.81
            assertRel(2325 * 0.9, c.category(Category.API_USAGE, 6));
            assertRel(2325 * 0.81, c.category(Category.API_USAGE, 12));
        }

        @Test
        void platformFeeIsChargedEveryMonth() {
            SetupResult c = eval(api().set(Input.PLATFORM_FEE_PER_MONTH, 300)).setup(Setup.CLOSED);
            assertEquals(300, c.category(Category.API_PLATFORM, 5), TOL);
            assertEquals(2325 + 300, c.total(5), TOL);
        }
    }

    @Nested
    class RentedGpus {
        /** loadAvg = 2.628e10 / (S x 1e4) + 2.628e9 / (S x 1e3) = 1 + 1 = 2 replicas' worth of work. */
        private Scenario.Builder loaded() {
            return quiet().set(Input.INPUT_TOKENS_PER_MONTH, 2.628e10).set(Input.OUTPUT_TOKENS_PER_MONTH, 2.628e9)
                    .set(Input.PEAK_TO_AVERAGE, 3).set(Input.TARGET_UTILIZATION, 0.6)
                    .set(Input.MIN_REPLICAS, 1).set(Input.REDUNDANT_REPLICAS, 1)
                    .set(Input.GPUS_PER_REPLICA, 2).set(Input.GPU_HOURLY, 2)
                    .set(Input.BASE_FTE, 0.5).set(Input.FTE_PER_GPU, 0.02);
        }

        @Test
        void replicasCoverThePeakAtTargetUtilizationPlusRedundancy() {
            SetupResult open = eval(loaded()).setup(Setup.OPEN);
            // peak 3 x 2 = 6, / 0.6 = 10 (not 11: 6 / 0.6 rounds above 10 in binary), + 1 redundant
            assertEquals(11, open.replicas(0));
            assertEquals(22, open.gpus(0));
            assertEquals(2.0 / 11, open.utilization(0), REL);
        }

        @Test
        void aLoadJustAboveAStepNeedsOneMoreReplica() {
            SetupResult open = eval(loaded().set(Input.INPUT_TOKENS_PER_MONTH, 2.628e10 * 1.0001)).setup(Setup.OPEN);
            assertEquals(12, open.replicas(0));
        }

        @Test
        void minimumReplicasRunWithoutLoad() {
            SetupResult open = eval(quiet().set(Input.MIN_REPLICAS, 2).set(Input.REDUNDANT_REPLICAS, 1)).setup(Setup.OPEN);
            assertEquals(3, open.replicas(0));
            assertEquals(0, open.utilization(0));
        }

        @Test
        void computeIsGpusTimesHourlyPriceTimes730Hours() {
            SetupResult open = eval(loaded()).setup(Setup.OPEN);
            // 22 x 2 x 730 = 32,120
            assertEquals(32_120, open.category(Category.COMPUTE, 0), TOL);
            assertEquals(0, open.category(Category.POWER, 0));
            assertEquals(0, open.category(Category.RESIDUAL, 11));
        }

        @Test
        void gpuPricesChangeByTheYearlyRateAppliedMonthly() {
            SetupResult open = eval(loaded().set(Input.ANNUAL_GPU_PRICE_CHANGE, 0.21)).setup(Setup.OPEN);
            // month 7: 1.21^(6/12) = 1.1 -> 35,332
            assertRel(35_332, open.category(Category.COMPUTE, 6));
        }

        @Test
        void idleCapacityIsTheUnusedShareOfCompute() {
            SetupResult open = eval(loaded()).setup(Setup.OPEN);
            // 32,120 x (1 - 2/11) = 26,280, shown beside the total, not added to it
            assertEquals(26_280, open.idleCapacity(0), TOL);
            assertEquals(32_120 + 9_400, open.total(0), TOL);
        }

        @Test
        void operationsStaffScaleWithGpus() {
            // (0.5 + 0.02 x 22) x 10,000 = 9,400
            assertEquals(9_400, eval(loaded()).setup(Setup.OPEN).category(Category.OPS, 0), TOL);
        }
    }

    @Nested
    class Operations {
        private Scenario.Builder staffed() {
            return quiet().set(Input.HORIZON_MONTHS, 13).set(Input.SALARY_GROWTH_PER_YEAR, 0.1)
                    .set(Input.SETUP_PERSON_MONTHS, 3).set(Input.SETUP_ONE_TIME_COST, 10_000)
                    .set(Input.UPGRADE_EVERY_MONTHS, 6).set(Input.UPGRADE_PERSON_MONTHS, 0.5)
                    .set(Input.TOOLING_PER_MONTH, 1000).set(Input.OTHER_PER_MONTH, 200);
        }

        @Test
        void setupIsPaidInMonthOneOnly() {
            SetupResult open = eval(staffed()).setup(Setup.OPEN);
            // 3 x 10,000 + 10,000
            assertEquals(40_000, open.category(Category.SETUP, 0), TOL);
            assertEquals(0, open.category(Category.SETUP, 1));
        }

        @Test
        void upgradesFallEveryIntervalAfterTheStart() {
            double[] upgrades = eval(staffed()).setup(Setup.OPEN).category(Category.UPGRADES);
            // t = 6 (month 7): 0.5 x 10,000; t = 12 (month 13): 0.5 x 11,000
            double[] expected = new double[13];
            expected[6] = 5_000;
            expected[12] = 5_500;
            assertArrayEquals(expected, upgrades, TOL);
        }

        @Test
        void noUpgradesWhenTheIntervalIsZero() {
            SetupResult open = eval(staffed().set(Input.UPGRADE_EVERY_MONTHS, 0)).setup(Setup.OPEN);
            assertEquals(0, open.categoryTotal(Category.UPGRADES));
        }

        @Test
        void toolingAndOtherAreMonthly() {
            SetupResult open = eval(staffed()).setup(Setup.OPEN);
            assertEquals(1000, open.category(Category.TOOLING, 4));
            assertEquals(200, open.category(Category.OTHER, 4));
            assertEquals(1200, open.total(4), TOL);
        }
    }

    @Nested
    class OwnedGpus {
        /**
         * 4 GPUs bought in month 1 (no load, 3 minimum + 1 redundant): 4 x 10,000 = 40,000.
         * Monthly rate exactly 1%. Power: 4 x 1 kW x 1.5 x 730 h x 0.1 = 438. Colocation 400.
         * Maintenance 40,000 x 0.12 / 12 = 400.
         */
        private Scenario.Builder fleet() {
            return quietOwn().set(Input.HORIZON_MONTHS, 6)
                    .set(Input.MIN_REPLICAS, 3).set(Input.REDUNDANT_REPLICAS, 1)
                    .set(Input.ANNUAL_DISCOUNT_RATE, Math.pow(1.01, 12) - 1)
                    .set(Input.CAPEX_PER_GPU, 10_000).set(Input.DEPRECIATION_MONTHS, 4).set(Input.RESIDUAL_SHARE, 0.2)
                    .set(Input.MAINTENANCE_PER_YEAR, 0.12).set(Input.POWER_WATTS_PER_GPU, 1000).set(Input.PUE, 1.5)
                    .set(Input.ENERGY_PER_KWH, 0.1).set(Input.COLOCATION_PER_GPU_MONTH, 100);
        }

        @Test
        void cashViewPaysPurchasesUpFrontAndGetsBookValueBackAtTheHorizon() {
            SetupResult open = eval(fleet()).setup(Setup.OPEN);
            assertArrayEquals(new double[]{40_000, 0, 0, 0, 0, 0}, open.category(Category.COMPUTE), TOL);
            // fully depreciated after 4 months: residual value 20% of 40,000
            assertArrayEquals(new double[]{0, 0, 0, 0, 0, -8_000}, open.category(Category.RESIDUAL), TOL);
            assertEquals(438, open.category(Category.POWER, 3), TOL);
            assertEquals(400, open.category(Category.COLOCATION, 3), TOL);
            assertEquals(400, open.category(Category.MAINTENANCE, 3), TOL);
        }

        @Test
        void residualBeforeFullDepreciationIsTheBookValue() {
            SetupResult open = eval(fleet().set(Input.HORIZON_MONTHS, 3)).setup(Setup.OPEN);
            // after 3 of 4 months: 40,000 x (1 - 0.8 x 3/4) = 16,000
            assertEquals(-16_000, open.category(Category.RESIDUAL, 2), TOL);
        }

        @Test
        void accrualViewSpreadsDepreciationAndChargesCapital() {
            SetupResult open = eval(fleet().amortize(true)).setup(Setup.OPEN);
            // depreciation 40,000 x 0.8 / 4 = 8,000 in months 1-4; capital charge 1% of the book value at
            // the start of the month: 40,000, 32,000, 24,000, 16,000, 8,000, 8,000
            assertArrayEquals(new double[]{8_400, 8_320, 8_240, 8_160, 80, 80}, open.category(Category.COMPUTE), TOL);
            assertEquals(0, open.categoryTotal(Category.RESIDUAL));
        }

        @Test
        void idleCapacityOfOwnedGpusUsesTheAccrualCostInBothViews() {
            // no load: everything is idle. 8,400 + 438 + 400 + 400 = 9,638
            assertEquals(9_638, eval(fleet()).setup(Setup.OPEN).idleCapacity(0), TOL);
            assertEquals(9_638, eval(fleet().amortize(true)).setup(Setup.OPEN).idleCapacity(0), TOL);
        }

        @Test
        void theFleetOnlyGrowsAndEachPurchaseIsPricedInItsMonth() {
            // load of 4, 6, 9 replicas (growth 50%, P = 1, utilization 1, 1 GPU each)
            Scenario.Builder growing = quietOwn().set(Input.HORIZON_MONTHS, 3)
                    .set(Input.INPUT_TOKENS_PER_MONTH, 4 * S * 10_000).set(Input.MONTHLY_GROWTH, 0.5)
                    .set(Input.CAPEX_PER_GPU, 10_000).set(Input.MAINTENANCE_PER_YEAR, 0.12)
                    .set(Input.ANNUAL_GPU_PRICE_CHANGE, 0.21);
            SetupResult open = eval(growing).setup(Setup.OPEN);
            // month 2: 2 GPUs at 10,000 x 1.21^(1/12); month 3: 3 at 10,000 x 1.21^(2/12)
            double p2 = 2 * 10_000 * Math.pow(1.21, 1.0 / 12);
            double p3 = 3 * 10_000 * Math.pow(1.21, 2.0 / 12);
            assertRel(40_000, open.category(Category.COMPUTE, 0));
            assertRel(p2, open.category(Category.COMPUTE, 1));
            assertRel(p3, open.category(Category.COMPUTE, 2));
            // maintenance: 1% a month of everything bought so far
            assertRel((40_000 + p2 + p3) * 0.01, open.category(Category.MAINTENANCE, 2));
        }

        @Test
        void gpusNoLongerNeededStayInTheFleetAndKeepTheirStaff() {
            Scenario.Builder shrinking = quietOwn().set(Input.HORIZON_MONTHS, 2)
                    .set(Input.INPUT_TOKENS_PER_MONTH, 4 * S * 10_000).set(Input.MONTHLY_GROWTH, -0.5)
                    .set(Input.CAPEX_PER_GPU, 10_000).set(Input.FTE_PER_GPU, 0.1)
                    .set(Input.COLOCATION_PER_GPU_MONTH, 100);
            SetupResult open = eval(shrinking).setup(Setup.OPEN);
            assertEquals(2, open.gpus(1));
            assertEquals(0, open.category(Category.COMPUTE, 1));
            // fleet of 4: ops 0.4 FTE, colocation 400
            assertEquals(4_000, open.category(Category.OPS, 1), TOL);
            assertEquals(400, open.category(Category.COLOCATION, 1), TOL);
            // busy = 2 / 4 serving units: half the owned cost is idle (colocation 400 + depreciation
            // 40,000 / 12 = 3,333.33 a month)
            assertEquals((400 + 40_000.0 / 12) * 0.5, open.idleCapacity(1), TOL);
        }

        @Test
        void accrualAddsTheChargeOfEveryPurchaseStillOnTheBooks() {
            Scenario.Builder growing = fleet().amortize(true).set(Input.MIN_REPLICAS, 0).set(Input.REDUNDANT_REPLICAS, 0)
                    .set(Input.INPUT_TOKENS_PER_MONTH, 4 * S * 10_000).set(Input.MONTHLY_GROWTH, 0.5);
            SetupResult open = eval(growing).setup(Setup.OPEN);
            // month 2: depreciation 8,000 + 20,000 x 0.8 / 4 = 12,000; capital 1% of (32,000 + 20,000)
            assertEquals(12_520, open.category(Category.COMPUTE, 1), TOL);
        }
    }

    @Nested
    class Hybrid {
        private Scenario.Builder mixed() {
            return quiet().set(Input.INPUT_TOKENS_PER_MONTH, 4 * S * 10_000).set(Input.INPUT_PER_MTOK, 1)
                    .set(Input.PLATFORM_FEE_PER_MONTH, 300).set(Input.INTEGRATION_FTE, 0.1)
                    .set(Input.GPU_HOURLY, 1).set(Input.BASE_FTE, 1).set(Input.REDUNDANT_REPLICAS, 1);
        }

        @Test
        void shareSplitsTokensBetweenTheSides() {
            Evaluation e = eval(mixed().hybridPolicy(HybridPolicy.SHARE).set(Input.SELF_HOSTED_SHARE, 0.25));
            SetupResult h = e.setup(Setup.HYBRID);
            // API: 1.0512e11 tokens x 0.75 at 1 per MTok = 78,840
            assertRel(78_840, h.category(Category.API_USAGE, 0));
            // self-hosted load 4 x 0.25 = 1 replica + 1 redundant
            assertEquals(2, h.replicas(0));
            assertEquals(2 * 730, h.category(Category.COMPUTE, 0), TOL);
            // both sides' fixed costs: platform fee, integration 0.1 FTE, base ops 1 FTE
            assertEquals(300, h.category(Category.API_PLATFORM, 0));
            assertEquals(1_000, h.category(Category.INTEGRATION, 0), TOL);
            assertEquals(10_000, h.category(Category.OPS, 0), TOL);
        }

        @Test
        void spilloverSendsWhatTheFixedFleetCannotTakeToTheApi() {
            Evaluation e = eval(mixed().hybridPolicy(HybridPolicy.SPILLOVER).set(Input.SELF_HOSTED_REPLICAS, 2));
            SetupResult h = e.setup(Setup.HYBRID);
            // peak load 4 replicas, the fleet takes 2 x 1.0 / 4 = half
            assertRel(52_560, h.category(Category.API_USAGE, 0));
            assertEquals(3, h.replicas(0));
            assertEquals(2.0 / 3, h.utilization(0), REL);
        }

        @Test
        void spilloverWithoutLoadKeepsEverythingInHouse() {
            Evaluation e = eval(mixed().set(Input.INPUT_TOKENS_PER_MONTH, 0)
                    .hybridPolicy(HybridPolicy.SPILLOVER).set(Input.SELF_HOSTED_REPLICAS, 2));
            assertEquals(0, e.setup(Setup.HYBRID).category(Category.API_USAGE, 0));
            assertEquals(3, e.setup(Setup.HYBRID).replicas(0));
        }

        @Test
        void shareOneCostsTheOpenSetupPlusTheApiFixedFees() {
            Evaluation e = eval(mixed().hybridPolicy(HybridPolicy.SHARE).set(Input.SELF_HOSTED_SHARE, 1));
            // 300 platform + 0.1 x 10,000 integration
            assertEquals(e.setup(Setup.OPEN).total(0) + 1_300, e.setup(Setup.HYBRID).total(0), TOL);
        }

        @Test
        void noHybridSetupWithoutAHybridPart() {
            Evaluation e = eval(mixed());
            assertFalse(e.has(Setup.HYBRID));
            assertTrue(e.breakEven(Pair.HYBRID_VS_CLOSED).isEmpty());
            assertTrue(e.breakEven(Pair.OPEN_VS_HYBRID).isEmpty());
        }
    }

    @Nested
    class Finance {
        @Test
        void costsAreDiscountedFromTheStartOfEachMonth() {
            Evaluation e = eval(quiet().set(Input.HORIZON_MONTHS, 13).set(Input.ANNUAL_DISCOUNT_RATE, 0.1)
                    .set(Input.PLATFORM_FEE_PER_MONTH, 1000));
            SetupResult c = e.setup(Setup.CLOSED);
            assertEquals(1000, c.discounted(0), TOL);
            // month 13 is one year out: 1000 / 1.1
            assertRel(1000 / 1.1, c.discounted(12));
            // npv = 1000 x (1 - q^13) / (1 - q), q = 1.1^(-1/12)
            double q = Math.pow(1.1, -1.0 / 12);
            assertRel(1000 * (1 - Math.pow(q, 13)) / (1 - q), c.npv());
            assertEquals(13_000, c.tco(), TOL);
            assertEquals(13_000, c.cumulative(12), TOL);
        }

        @Test
        void costPerMillionTokensDividesByAllTokens() {
            Evaluation e = eval(quiet().set(Input.INPUT_TOKENS_PER_MONTH, 1e9).set(Input.OUTPUT_TOKENS_PER_MONTH, 2e8)
                    .set(Input.INPUT_PER_MTOK, 2).set(Input.OUTPUT_PER_MTOK, 10));
            // (2,000 + 2,000) / 1,200 MTok
            assertEquals(4000.0 / 1200, e.setup(Setup.CLOSED).costPerMTok(0), REL);
        }

        @Test
        void costPerMillionTokensIsUndefinedWithoutTokens() {
            assertTrue(Double.isNaN(eval(quiet()).setup(Setup.CLOSED).costPerMTok(0)));
        }
    }

    @Nested
    class BreakEvenMonth {
        @Test
        void setupPaysOffPartWayThroughAMonth() {
            // open: 1,000 set up in month 1, nothing after; closed: 300 a month.
            // gap 700, 400, 100, -200: crosses at 3 + 100 / 300
            Scenario.Builder b = quiet().set(Input.HORIZON_MONTHS, 5).set(Input.SETUP_ONE_TIME_COST, 1000)
                    .set(Input.PLATFORM_FEE_PER_MONTH, 300);
            BreakEven be = eval(b).breakEven(Pair.OPEN_VS_CLOSED).orElseThrow();
            assertEquals(3 + 1.0 / 3, be.month(), REL);
            assertEquals(1, be.crossings().size());
            assertTrue(be.crossings().get(0).aCheaper());
        }

        @Test
        void discountedBreakEvenDiscountsTheOneTimeCostsToo() {
            // monthly rate 1/9, so month m's costs are worth 0.9^(m-1): closed 300, 270, 243, 218.7
            // gap 700, 430, 187, -31.7: crosses at 3 + 187 / 218.7
            Scenario.Builder b = quiet().set(Input.HORIZON_MONTHS, 5).set(Input.SETUP_ONE_TIME_COST, 1000)
                    .set(Input.PLATFORM_FEE_PER_MONTH, 300).set(Input.ANNUAL_DISCOUNT_RATE, Math.pow(10.0 / 9, 12) - 1);
            BreakEven be = eval(b).breakEven(Pair.OPEN_VS_CLOSED).orElseThrow();
            assertEquals(3 + 187 / 218.7, be.discountedMonth(), 1e-9);
        }

        @Test
        void noDearerFromTheStartIsMonthZero() {
            Scenario.Builder b = quiet().set(Input.PLATFORM_FEE_PER_MONTH, 300);
            BreakEven be = eval(b).breakEven(Pair.OPEN_VS_CLOSED).orElseThrow();
            assertEquals(0, be.month());
            assertTrue(be.crossings().isEmpty());
        }

        @Test
        void dearerAllThroughHasNoBreakEven() {
            Scenario.Builder b = quiet().set(Input.SETUP_ONE_TIME_COST, 1).set(Input.TOOLING_PER_MONTH, 1);
            BreakEven be = eval(b).breakEven(Pair.OPEN_VS_CLOSED).orElseThrow();
            assertTrue(Double.isNaN(be.month()));
            assertTrue(Double.isNaN(be.discountedMonth()));
            assertFalse(be.found());
        }

        @Test
        void withoutOneTimeCostsTheGapStartsAtZeroSoMonthIsZeroAndDearerIsACrossingUp() {
            // e(1) = d(0) = 0: A is no dearer at the very start; its running costs then make it dearer
            java.util.List<BreakEven.Crossing> out = new java.util.ArrayList<>();
            double month = CostEngine.crossings(new double[]{10, 20}, new double[2], new double[]{5, 10},
                    new double[2], null, out);
            assertEquals(0, month);
            assertEquals(java.util.List.of(new BreakEven.Crossing(0, false)), out);
        }

        @Test
        void aOneTimeCostOfBCanCrossAtTheStartOfAMonth() {
            // cumA 100, 200, 300 (10 of it one-time in month 1); cumB 50, 100, 300 with B's 150 falling
            // at the start of month 3: gap 50, 100, then jumps to -50 at 2 and rises to 0
            double[] cumA = {100, 200, 300};
            double[] cumB = {50, 100, 300};
            java.util.List<BreakEven.Crossing> out = new java.util.ArrayList<>();
            double month = CostEngine.crossings(cumA, new double[]{10, 0, 0}, cumB, new double[]{0, 0, 150}, null, out);
            assertEquals(2, month);
            assertEquals(java.util.List.of(new BreakEven.Crossing(2, true)), out);
        }

        @Test
        void anUpgradeCanMakeADearerSetupJumpAheadAndFallBackWithinTheMonth() {
            // cumA 100, 400; cumB 150, 550; A's 250 upgrade at the start of month 2:
            // gap -50, jumps to 200 at 1 (up), falls to -150 crossing at 1 + 200 / 350 (down)
            java.util.List<BreakEven.Crossing> out = new java.util.ArrayList<>();
            double month = CostEngine.crossings(new double[]{100, 400}, new double[]{0, 250},
                    new double[]{150, 550}, new double[2], null, out);
            assertEquals(0, month);
            assertEquals(2, out.size());
            assertEquals(new BreakEven.Crossing(1, false), out.get(0));
            assertEquals(1 + 200.0 / 350, out.get(1).month(), REL);
            assertTrue(out.get(1).aCheaper());
        }

        @Test
        void theJumpAtTheVeryStartIsNotACrossing() {
            java.util.List<BreakEven.Crossing> out = new java.util.ArrayList<>();
            double month = CostEngine.crossings(new double[]{1000, 1100}, new double[]{1000, 0},
                    new double[]{50, 100}, new double[2], null, out);
            assertTrue(Double.isNaN(month));
            assertTrue(out.isEmpty());
        }
    }

    @Nested
    class BreakEvenVolumes {
        /**
         * All input, one GPU per replica at 1,000 a month (hourly 1000/730), one replica serves exactly
         * 1e9 tokens a month (prefill 1e9 / S), API 1.5 per MTok: closed = 1.5e-6 V, open = 1,000 n.
         */
        private Scenario.Builder steps() {
            return quiet().set(Input.INPUT_TOKENS_PER_MONTH, 1e9).set(Input.INPUT_PER_MTOK, 1.5)
                    .set(Input.PREFILL_TOKENS_PER_SECOND, 1e9 / S).set(Input.GPU_HOURLY, 1000.0 / 730)
                    .set(Input.MIN_REPLICAS, 1);
        }

        @Test
        void firstAndSustainedDifferWhenTheNextReplicaMakesSelfHostingDearerAgain() {
            BreakEvenVolume v = eval(steps()).breakEvenVolume();
            // step 1 (up to 1e9): 1,000 <= 1.5e-6 V from V = 6.667e8
            assertEquals(1000 / 1.5e-6, v.first(), 1e-3);
            // steps 1 and 2 start dearer; from step 3 on (3,000 <= 3,000.0000015) never: 2,000 / 1.5e-6
            assertEquals(2000 / 1.5e-6, v.sustained(), 1e-3);
        }

        @Test
        void aRedundantReplicaPushesBothVolumesUp() {
            BreakEvenVolume v = eval(steps().set(Input.REDUNDANT_REPLICAS, 1)).breakEvenVolume();
            // open = 1,000 (n + 1): step 1 never (2,000 > 1,500); step 2 from 3,000 / 1.5e-6 = 2e9
            assertEquals(2e9, v.first(), 1e-3);
            // bad while 1,000 (n + 1) > 1,500 (n - 1): n <= 4; last at 5,000 / 1.5e-6
            assertEquals(5000 / 1.5e-6, v.sustained(), 1e-3);
        }

        @Test
        void noVolumeWhenTheApiIsFree() {
            BreakEvenVolume v = eval(steps().set(Input.INPUT_PER_MTOK, 0)).breakEvenVolume();
            assertTrue(Double.isNaN(v.first()));
            assertTrue(Double.isNaN(v.sustained()));
        }

        @Test
        void freeSelfHostingBreaksEvenFromTheSmallestVolume() {
            BreakEvenVolume v = eval(steps().set(Input.GPU_HOURLY, 0)).breakEvenVolume();
            assertEquals(0, v.first());
            assertEquals(0, v.sustained());
        }

        @Test
        void runRatesFollowTheReplicaSteps() {
            RunRates r = eval(steps()).runRates();
            assertEquals(1000, r.open(5e8), TOL);
            assertEquals(2000, r.open(1.5e9), TOL);
            assertEquals(1500, r.closed(1e9), TOL);
            assertEquals(1, r.servingReplicas(1e9));
            assertEquals(2, r.servingReplicas(1e9 * 1.0001));
        }

        @Test
        void noMixWithoutTokensSoNoVolumes() {
            BreakEvenVolume v = eval(steps().set(Input.INPUT_TOKENS_PER_MONTH, 0)).breakEvenVolume();
            assertTrue(Double.isNaN(v.first()));
        }
    }
}
