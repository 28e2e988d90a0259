package com.tcostudio.core.engine;

import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.portfolio.Api;
import com.tcostudio.core.portfolio.Committed;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Fields;
import com.tcostudio.core.portfolio.Latency;
import com.tcostudio.core.portfolio.Migration;
import com.tcostudio.core.portfolio.OperatingPoint;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Reservation;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.core.portfolio.Workload;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.tcostudio.support.TestPortfolios.S;
import static com.tcostudio.support.TestPortfolios.api;
import static com.tcostudio.support.TestPortfolios.apiFields;
import static com.tcostudio.support.TestPortfolios.autoscaled;
import static com.tcostudio.support.TestPortfolios.fixed;
import static com.tcostudio.support.TestPortfolios.plan;
import static com.tcostudio.support.TestPortfolios.portfolio;
import static com.tcostudio.support.TestPortfolios.rentFields;
import static com.tcostudio.support.TestPortfolios.reserved;
import static com.tcostudio.support.TestPortfolios.sized;
import static com.tcostudio.support.TestPortfolios.withPoints;
import static com.tcostudio.support.TestPortfolios.workload;
import static com.tcostudio.support.TestPortfolios.workloadFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each new formula of METHODOLOGY-V2 on round numbers, the expectation worked out by hand in a comment. */
class PortfolioEngineTest {
    /** Hand arithmetic with decimal fractions: money to a millionth. */
    private static final double EPS = 1e-6;
    /** One FTE a month in the test portfolios: 120,000 / 12. */
    private static final double FTE = 10_000;

    private static PortfolioEvaluation eval(Portfolio p) {
        return PortfolioEngine.DEFAULT.evaluate(p);
    }

    @Nested
    class PooledFleets {
        @Test
        void workloadsSharingASizedFleetAddTheirLoadsAndTheirPeaks() {
            // w1: input of half a replica (0.5 S 10,000 tokens at 10,000/s), peak 2; w2: output of a
            // quarter replica (0.25 S 1,000 at 1,000/s), peak 1.
            // loadAvg = 0.5 + 0.25 = 0.75; loadPeak = 2 * 0.5 + 1 * 0.25 = 1.25 -> ceil(1.25 / 1) = 2 replicas
            Workload w1 = workload("w1", 0.5 * S * 10_000, 0, 2);
            Workload w2 = workload("w2", 0, 0.25 * S * 1_000, 1);
            Portfolio p = portfolio(3, List.of(w1, w2), List.of(), List.of(sized("d", rentFields(1))),
                    plan("all", Route.all("w1", "d"), Route.all("w2", "d")));
            PlanResult r = eval(p).plan("all");
            DeploymentResult d = r.deployments().get("d");

            assertEquals(2, d.replicas()[0], EPS);
            // 2 GPUs * 1 an hour * 730 h = 1,460
            assertEquals(1_460, r.category(Category.COMPUTE)[0], EPS);
            // utilization 0.75 / 2 = 0.375; idle 1,460 * (1 - 0.375) = 912.5
            assertEquals(0.375, d.utilization()[0], EPS);
            assertEquals(912.5, r.idleCapacity()[0], EPS);
            // attributed by each workload's part of the load: 0.5 / 0.75 and 0.25 / 0.75 of 1,460
            assertEquals(1_460 * 2.0 / 3, r.byWorkload().get("w1")[0], EPS);
            assertEquals(1_460 / 3.0, r.byWorkload().get("w2")[0], EPS);
        }

        @Test
        void aFixedFleetServesWhatItCanAndEachRouteOverflowsToItsApi() {
            // peak load offered 4 replicas (4 S 10,000 input tokens, peak 1); 1 fixed replica at target 1:
            // phi = min(1, 1 * 1 / 4) = 0.25; 0.75 of 4 S 10,000 = 7.884e10 tokens overflow at 1 per MTok
            Workload w = workload("w", 4 * S * 10_000, 0, 1);
            Portfolio p = portfolio(2, List.of(w), List.of(api("a", 1, 0)), List.of(fixed("d", rentFields(2), 1)),
                    plan("spill", new Route("w", "d", 1, "a")));
            PlanResult r = eval(p).plan("spill");

            assertEquals(78_840, r.category(Category.API_USAGE)[0], EPS);
            // 1 replica * 2 an hour * 730 h
            assertEquals(1_460, r.category(Category.COMPUTE)[0], EPS);
            // served load 0.25 * 4 = 1 on 1 replica
            assertEquals(1, r.deployments().get("d").utilization()[0], EPS);
            assertEquals(0, r.idleCapacity()[0], EPS);
        }

        @Test
        void aFixedFleetOfZeroSendsEverythingToTheOverflowAndStillPaysItsFixedCosts() {
            // 0 serving + 1 redundant replica at 1 an hour: 730 a month; all 1e6 input tokens at 2 per MTok: 2
            Workload w = workload("w", 1e6, 0, 1);
            Fields f = rentFields(1).with(Input.REDUNDANT_REPLICAS, 1);
            Portfolio p = portfolio(1, List.of(w), List.of(api("a", 2, 0)), List.of(fixed("d", f, 0)),
                    plan("spill", new Route("w", "d", 1, "a")));
            PlanResult r = eval(p).plan("spill");
            assertEquals(2, r.category(Category.API_USAGE)[0], EPS);
            assertEquals(730, r.category(Category.COMPUTE)[0], EPS);
        }
    }

    @Nested
    class OperatingPoints {
        // u = 10, 30, 50 tokens/s per user; throughput falls as the stream gets faster
        private final List<OperatingPoint> points = List.of(
                new OperatingPoint(10, 20_000, 2_000, 1),
                new OperatingPoint(30, 10_000, 1_000, 2),
                new OperatingPoint(50, 4_000, 400, 4));

        private PlanResult run(Latency need) {
            // output of 1,500 tokens/s all month: at the interpolated point (q = 1,500) exactly one replica
            Workload w = new Workload("w", "Support chat", workloadFields(0, S * 1_500, 1), null, Double.NaN, need);
            Deployment d = withPoints("d", rentFields(1), points);
            return eval(portfolio(1, List.of(w), List.of(), List.of(d), plan("p", Route.all("w", "d")))).plan("p");
        }

        @Test
        void betweenTwoPointsThroughputIsInterpolatedInSpeed() {
            // u* = 20, halfway from 10 to 30: p = 20,000 - 0.5 * 10,000 = 15,000; q = 2,000 - 0.5 * 1,000 = 1,500
            PlanResult r = run(new Latency(20, Double.NaN));
            UsedOperatingPoint op = r.deployments().get("d").operatingPoint();
            assertEquals(20, op.outputTokensPerSecondPerUser(), EPS);
            assertEquals(15_000, op.prefillTokensPerSecond(), EPS);
            assertEquals(1_500, op.decodeTokensPerSecond(), EPS);
            assertEquals(1, r.deployments().get("d").replicas()[0], EPS);
            assertTrue(r.feasible());
        }

        @Test
        void atOrBelowTheFirstPointThatPointIsUsedAndReported() {
            UsedOperatingPoint op = run(new Latency(5, Double.NaN)).deployments().get("d").operatingPoint();
            assertEquals(10, op.outputTokensPerSecondPerUser(), EPS);
            assertEquals(2_000, op.decodeTokensPerSecond(), EPS);
            UsedOperatingPoint none = run(Latency.NONE).deployments().get("d").operatingPoint();
            assertEquals(10, none.outputTokensPerSecondPerUser(), EPS, "no need: u* = 0");
        }

        @Test
        void exactlyOnAPointThatPointIsUsed() {
            UsedOperatingPoint op = run(new Latency(30, Double.NaN)).deployments().get("d").operatingPoint();
            assertEquals(30, op.outputTokensPerSecondPerUser(), EPS);
            assertEquals(10_000, op.prefillTokensPerSecond(), EPS);
        }

        @Test
        void aboveTheLastPointTheLastIsUsedAndTheNeedIsAViolation() {
            PlanResult r = run(new Latency(60, Double.NaN));
            assertEquals(50, r.deployments().get("d").operatingPoint().outputTokensPerSecondPerUser(), EPS);
            assertFalse(r.feasible());
            Violation v = r.violations().get(0);
            assertEquals(Violation.LATENCY, v.rule());
            assertEquals("d", v.target());
            assertTrue(v.message().startsWith("Support chat needs 60 output tokens a second per user"), v.message());
        }

        @Test
        void theTimeToFirstTokenLimitLeavesOnlyEligiblePoints() {
            // f* = 1.5: only the first point (f = 1) is eligible; u* = 20 lies above it -> that point, violation
            PlanResult r = run(new Latency(20, 1.5));
            assertEquals(10, r.deployments().get("d").operatingPoint().outputTokensPerSecondPerUser(), EPS);
            assertEquals(List.of(Violation.LATENCY), r.violations().stream().map(Violation::rule).toList());
        }

        @Test
        void withNoEligiblePointTheQuickestFirstTokenIsUsedAndTheLimitIsAViolation() {
            // f* = 0.5 is below every point's f; the smallest f is the first point's (1 s)
            PlanResult r = run(new Latency(Double.NaN, 0.5));
            assertEquals(2_000, r.deployments().get("d").operatingPoint().decodeTokensPerSecond(), EPS);
            Violation v = r.violations().get(0);
            assertTrue(v.message().contains("the first token within 0.5 s"), v.message());
        }

        @Test
        void aDeploymentWithV1ThroughputsWarnsThatTheNeedIsUnchecked() {
            Workload w = new Workload("w", "Support chat", workloadFields(1, 0, 1), null, Double.NaN,
                    new Latency(30, Double.NaN));
            PlanResult r = eval(portfolio(1, List.of(w), List.of(), List.of(sized("d", rentFields(1))),
                    plan("p", Route.all("w", "d")))).plan("p");
            assertTrue(r.feasible());
            assertEquals(List.of(Violation.LATENCY_UNCHECKED), r.warnings().stream().map(Violation::rule).toList());
            assertTrue(Double.isNaN(r.deployments().get("d").operatingPoint().outputTokensPerSecondPerUser()));
            assertEquals(10_000, r.deployments().get("d").operatingPoint().prefillTokensPerSecond(), EPS);
        }
    }

    @Nested
    class Contracts {
        @Test
        void anAutoscaledFleetPaysForItsAverageLoadNotRounded() {
            // loadAvg 1.5 replicas (1.5 S 10,000 input), target 0.5: max(1, 1.5 / 0.5) + 1 redundant = 4 replicas
            // 4 replicas * 2 GPUs * 1 an hour * 730 h = 5,840
            Workload w = workload("w", 1.5 * S * 10_000, 0, 3);
            Fields f = rentFields(1).with(Input.TARGET_UTILIZATION, 0.5).with(Input.MIN_REPLICAS, 1)
                    .with(Input.REDUNDANT_REPLICAS, 1).with(Input.GPUS_PER_REPLICA, 2);
            PlanResult r = eval(portfolio(1, List.of(w), List.of(), List.of(autoscaled("d", f)),
                    plan("p", Route.all("w", "d")))).plan("p");
            assertEquals(4, r.deployments().get("d").replicas()[0], EPS);
            assertEquals(5_840, r.category(Category.COMPUTE)[0], EPS);
            // the fractional replicas are not rounded: 1.2 / 0.5 = 2.4 + 1 = 3.4
            Workload smaller = workload("w", 1.2 * S * 10_000, 0, 3);
            PlanResult r2 = eval(portfolio(1, List.of(smaller), List.of(), List.of(autoscaled("d", f)),
                    plan("p", Route.all("w", "d")))).plan("p");
            assertEquals(3.4, r2.deployments().get("d").replicas()[0], EPS);
        }

        @Test
        void reservedGpusArePaidUpfrontAndMonthlyInTermsAndTheLastTermIsShort() {
            // H = 5, terms of 2 months from months 1, 3, 5 (the last one month long); G = 4 at 1 an hour,
            // upfront 0.5. Load needs 6 GPUs (loadAvg 3, target 0.5); 2 above G at 3 an hour.
            // month 1: upfront 0.5 * 4 * 1 * 730 * 2 = 2,920; monthly 0.5 * 4 * 730 = 1,460; above 2 * 3 * 730 = 4,380
            Workload w = workload("w", 3 * S * 10_000, 0, 1);
            Fields f = rentFields(3).with(Input.TARGET_UTILIZATION, 0.5);
            Deployment d = reserved("d", f, new Reservation(4, 2, 1, 0.5));
            PlanResult r = eval(portfolio(5, List.of(w), List.of(), List.of(d), plan("p", Route.all("w", "d"))))
                    .plan("p");
            double[] compute = r.category(Category.COMPUTE);
            assertEquals(2_920 + 1_460 + 4_380, compute[0], EPS);
            assertEquals(1_460 + 4_380, compute[1], EPS);
            assertEquals(2_920 + 1_460 + 4_380, compute[2], EPS);
            assertEquals(1_460 + 4_380, compute[3], EPS);
            // month 5's term is 1 month: upfront 0.5 * 4 * 730 * 1 = 1,460
            assertEquals(1_460 + 1_460 + 4_380, compute[4], EPS);
            // idle: (4 * 730 + 4,380) * (1 - 3 / max(6, 4)) = 7,300 * 0.5 = 3,650
            assertEquals(3_650, r.idleCapacity()[0], EPS);
            // gpus are what the load needs, not G
            assertEquals(6, r.gpus()[0], EPS);
        }

        @Test
        void aTermKeepsThePriceLockedAtItsStart() {
            // GPU prices halve a year: gpuFactor(m) = 0.5^((m-1)/12). Term 2 starts in month 3 at 0.5^(2/12).
            // month 4: (1 - 0.5) * 4 * 1 * 730 * 0.5^(2/12) + above 2 * 3 * 730 * 0.5^(3/12)
            Workload w = workload("w", 3 * S * 10_000, 0, 1);
            Fields f = rentFields(3).with(Input.TARGET_UTILIZATION, 0.5).with(Input.ANNUAL_GPU_PRICE_CHANGE, -0.5);
            Deployment d = reserved("d", f, new Reservation(4, 2, 1, 0.5));
            PlanResult r = eval(portfolio(5, List.of(w), List.of(), List.of(d), plan("p", Route.all("w", "d"))))
                    .plan("p");
            double expected = 0.5 * 4 * 730 * Math.pow(0.5, 2 / 12.0) + 2 * 3 * 730 * Math.pow(0.5, 3 / 12.0);
            assertEquals(expected, r.category(Category.COMPUTE)[3], EPS);
        }

        @Test
        void committedCapacityCoversItsShareOfThePeakAndItsFeeIsPaidEveryMonth() {
            // 87,600,000 input tokens a month at peak 1 = 2,000 a minute (87.6e6 / 43,800); C = 500 a minute:
            // psi = 0.25; usage at 1 per MTok = 87.6, billed (1 - 0.25) * 87.6 = 65.7; fee 100 a month
            Workload w = workload("w", 87_600_000, 0, 1);
            Api a = api("a", apiFields(1, 0), null, new Committed(500, 100));
            PlanResult r = eval(portfolio(3, List.of(w), List.of(a), List.of(), plan("p", Route.all("w", "a"))))
                    .plan("p");
            assertEquals(65.7, r.category(Category.API_USAGE)[0], EPS);
            assertEquals(100, r.category(Category.COMMITTED)[2], EPS);
            assertEquals(3 * (65.7 + 100), r.tco(), EPS);
        }

        @Test
        void migrationsFallEveryNMonthsAfterTheFirstAsOneTimeCosts() {
            // every 3 months: t = 3, 6, 9 (months 4, 7, 10); 0.5 person-months * 10,000 + 1,000 = 6,000 each
            Workload w = workload("w", 0, 0, 1);
            Api a = api("a", apiFields(0, 0), new Migration(3, 0.5, 1_000), null);
            PlanResult r = eval(portfolio(12, List.of(w), List.of(a), List.of(), plan("p", Route.all("w", "a"))))
                    .plan("p");
            double[] m = r.category(Category.MIGRATION);
            for (int t = 0; t < 12; t++) {
                assertEquals(t == 3 || t == 6 || t == 9 ? 6_000 : 0, m[t], EPS, "month " + (t + 1));
            }
            assertEquals(18_000, r.tco(), EPS);
        }

        @Test
        void aUsedTargetPaysItsFixedCostsEvenWithShareZero() {
            // route of share 0 to an API with a 300 fee: paid in each of 2 months
            Workload w = workload("w", 1e6, 0, 1);
            Fields fee = apiFields(1, 0).with(Input.PLATFORM_FEE_PER_MONTH, 300);
            Portfolio p = portfolio(2, List.of(w), List.of(api("a", 1, 0), api("b", fee, null, null)), List.of(),
                    plan("p", new Route("w", "a", 1, null), new Route("w", "b", 0, null)));
            PlanResult r = eval(p).plan("p");
            // 1e6 tokens at 1 per MTok = 1 on a; 300 on b
            assertEquals(2 * (1 + 300), r.tco(), EPS);
            assertEquals(r.tco(), r.byWorkload().get("w")[0] + r.byWorkload().get("w")[1], EPS);
        }
    }

    @Nested
    class Attribution {
        @Test
        void anApisFixedCostsAreSharedByTokensAndEquallyWhenThereAreNone() {
            // fee 300; w1 1e6 tokens, w2 2e6 at 1 per MTok: w1 = 1 + 100, w2 = 2 + 200
            Fields fee = apiFields(1, 0).with(Input.PLATFORM_FEE_PER_MONTH, 300);
            Portfolio p = portfolio(1, List.of(workload("w1", 1e6, 0, 1), workload("w2", 2e6, 0, 1)),
                    List.of(api("a", fee, null, null)), List.of(),
                    plan("p", Route.all("w1", "a"), Route.all("w2", "a")));
            PlanResult r = eval(p).plan("p");
            assertEquals(101, r.byWorkload().get("w1")[0], EPS);
            assertEquals(202, r.byWorkload().get("w2")[0], EPS);

            Portfolio none = portfolio(1, List.of(workload("w1", 0, 0, 1), workload("w2", 0, 0, 1)),
                    List.of(api("a", fee, null, null)), List.of(),
                    plan("p", Route.all("w1", "a"), Route.all("w2", "a")));
            PlanResult r0 = eval(none).plan("p");
            assertEquals(150, r0.byWorkload().get("w1")[0], EPS);
            assertEquals(150, r0.byWorkload().get("w2")[0], EPS);
        }

        @Test
        void aCommittedApisUsageIsEachWorkloadsOwnAfterTheCoveredShare() {
            // 43.8e6 tokens each (1,000 a minute each at peak 1, 2,000 together); C = 1,000 -> psi = 0.5
            // each: own usage 43.8 * 0.5 = 21.9; fee 100 split by tokens: 50 each
            Api a = api("a", apiFields(1, 0), null, new Committed(1_000, 100));
            Portfolio p = portfolio(1, List.of(workload("w1", 43_800_000, 0, 1), workload("w2", 43_800_000, 0, 1)),
                    List.of(a), List.of(), plan("p", Route.all("w1", "a"), Route.all("w2", "a")));
            PlanResult r = eval(p).plan("p");
            assertEquals(71.9, r.byWorkload().get("w1")[0], EPS);
            assertEquals(71.9, r.byWorkload().get("w2")[0], EPS);
        }
    }

    @Nested
    class Feasibility {
        private Workload support(List<String> residency, double minQuality) {
            return new Workload("support", "Support chat", workloadFields(1e6, 0, 1), residency, minQuality,
                    Latency.NONE);
        }

        private Api sonnet(List<String> regions, double quality) {
            return new Api("sonnet", "Claude Sonnet", apiFields(1, 0), null, regions, quality, null, null);
        }

        @Test
        void residencyNamesTheWorkloadTheTargetAndTheRegions() {
            Portfolio p = portfolio(1, List.of(support(List.of("AE"), Double.NaN)), List.of(sonnet(List.of("US"), 70)),
                    List.of(), plan("p", Route.all("support", "sonnet")));
            PlanResult r = eval(p).plan("p");
            assertEquals(List.of(new Violation("support", "sonnet", Violation.RESIDENCY,
                    "Support chat must stay in AE; Claude Sonnet processes in US")), r.violations());
            assertFalse(r.feasible());
            assertTrue(r.tco() > 0, "an infeasible plan is still costed");
        }

        @Test
        void aTargetWithoutRegionsSatisfiesNoResidencyUnlessOwnedOnPremises() {
            Workload w = support(List.of("AE"), Double.NaN);
            Portfolio rented = portfolio(1, List.of(w), List.of(), List.of(sized("d", rentFields(1))),
                    plan("p", Route.all("support", "d")));
            assertEquals(Violation.RESIDENCY, eval(rented).plan("p").violations().get(0).rule());

            Fields own = rentFields(0).with(Input.GPU_HOURLY, Double.NaN).with(Input.CAPEX_PER_GPU, 0)
                    .with(Input.DEPRECIATION_MONTHS, 36).with(Input.RESIDUAL_SHARE, 0)
                    .with(Input.MAINTENANCE_PER_YEAR, 0).with(Input.POWER_WATTS_PER_GPU, 0).with(Input.PUE, 1)
                    .with(Input.ENERGY_PER_KWH, 0).with(Input.COLOCATION_PER_GPU_MONTH, 0);
            Deployment premises = new Deployment("d", "On premises", own, HostingMode.OWN, false, false, null, null,
                    List.of(), null, Double.NaN, Map.of());
            Portfolio owned = portfolio(1, List.of(w), List.of(), List.of(premises), plan("p", Route.all("support", "d")));
            assertTrue(eval(owned).plan("p").feasible());
        }

        @Test
        void regionCodesCompareLiterally() {
            Portfolio p = portfolio(1, List.of(support(List.of("DE"), Double.NaN)), List.of(sonnet(List.of("EU"), 70)),
                    List.of(), plan("p", Route.all("support", "sonnet")));
            assertFalse(eval(p).plan("p").feasible(), "EU does not cover DE");
        }

        @Test
        void qualityBelowTheMinimumOrUnratedIsAViolation() {
            Portfolio low = portfolio(1, List.of(support(null, 75)), List.of(sonnet(null, 70)), List.of(),
                    plan("p", Route.all("support", "sonnet")));
            Violation v = eval(low).plan("p").violations().get(0);
            assertEquals(Violation.QUALITY, v.rule());
            assertEquals("Support chat needs a quality of at least 75; Claude Sonnet is rated 70", v.message());

            Portfolio unrated = portfolio(1, List.of(support(null, 75)), List.of(sonnet(null, Double.NaN)), List.of(),
                    plan("p", Route.all("support", "sonnet")));
            assertEquals(Violation.QUALITY, eval(unrated).plan("p").violations().get(0).rule());
        }

        @Test
        void routesWithShareZeroAndOverflowApisAreChecked() {
            Workload w = support(List.of("AE"), Double.NaN);
            Api local = new Api("local", "Local API", apiFields(1, 0), null, List.of("AE"), 70, null, null);
            Deployment d = new Deployment("d", "UAE fleet", rentFields(1), HostingMode.RENT, false, false, null, 1,
                    List.of(), List.of("AE"), Double.NaN, Map.of());
            Portfolio p = portfolio(1, List.of(w), List.of(local, sonnet(List.of("US"), 70)), List.of(d),
                    plan("p", new Route("support", "local", 1, null), new Route("support", "d", 0, "sonnet")));
            PlanResult r = eval(p).plan("p");
            assertEquals(List.of(new Violation("support", "sonnet", Violation.RESIDENCY,
                    "Support chat must stay in AE; Claude Sonnet processes in US")), r.violations());
        }
    }

    @Nested
    class Scales {
        @Test
        void aFixedFleetAgainstTheApiIsNoDearerFromTheVolumeItsCostBuys() {
            // B: everything to the API at U1 = 100 a month at k = 1; A: a fixed fleet of 1 replica (1,000 a
            // month) that holds 20 times today's peak, overflow to the same API.
            // A(k) = 1,000 + 100 max(0, k - 20), B(k) = 100 k: A <= B from k = 10 on -> first = sustained = 10
            double input = S * 10_000 / 20;
            double price = 100 / (input / 1e6);
            Workload w = workload("w", input, 0, 1);
            Fields f = rentFields(1_000 / 730.0);
            Portfolio p = portfolio(1, List.of(w), List.of(api("a", price, 0)), List.of(fixed("d", f, 1)),
                    plan("api", Route.all("w", "a")), plan("fleet", new Route("w", "d", 1, "a")));
            Scale s = eval(p).breakEven("fleet", "api").orElseThrow().scale();
            assertEquals(10, s.first(), 1e-9);
            assertEquals(10, s.sustained(), 1e-9);
        }

        @Test
        void aCommittedCapacityPaysFromTheVolumeItsFeeBuys() {
            // U1 = 100 a month; committed capacity covers 10 times today's peak for F = 500:
            // A(k) = 500 + 100 max(0, k - 10), B(k) = 100 k -> A <= B from k = 5: first = sustained = 5
            double tokens = 43_800_000;          // 1,000 a minute at peak 1
            double price = 100 / (tokens / 1e6);
            Workload w = workload("w", tokens, 0, 1);
            Api committed = api("c", apiFields(price, 0), null, new Committed(10_000, 500));
            Portfolio p = portfolio(1, List.of(w), List.of(api("a", price, 0), committed), List.of(),
                    plan("api", Route.all("w", "a")), plan("commit", Route.all("w", "c")));
            Scale s = eval(p).breakEven("commit", "api").orElseThrow().scale();
            assertEquals(5, s.first(), 1e-9);
            assertEquals(5, s.sustained(), 1e-9);

            // F = 1,500 > 100 * 10: A(k) - B(k) = 1,500 - 100 min(k, 10) > 0 everywhere -> none
            Api dear = api("c", apiFields(price, 0), null, new Committed(10_000, 1_500));
            Portfolio q = portfolio(1, List.of(w), List.of(api("a", price, 0), dear), List.of(),
                    plan("api", Route.all("w", "a")), plan("commit", Route.all("w", "c")));
            Scale none = eval(q).breakEven("commit", "api").orElseThrow().scale();
            assertTrue(Double.isNaN(none.first()));
            assertTrue(Double.isNaN(none.sustained()));
        }

        @Test
        void withoutTokensInMonthOneScaleIsZeroOrNone() {
            Fields fee = apiFields(1, 0).with(Input.PLATFORM_FEE_PER_MONTH, 10);
            Portfolio p = portfolio(1, List.of(workload("w", 0, 0, 1)), List.of(api("a", 1, 0), api("b", fee, null, null)),
                    List.of(), plan("a", Route.all("w", "a")), plan("b", Route.all("w", "b")));
            PortfolioEvaluation e = eval(p);
            Scale dearer = e.breakEven("b", "a").orElseThrow().scale();
            assertTrue(Double.isNaN(dearer.first()) && Double.isNaN(dearer.sustained()));
            Portfolio q = portfolio(1, List.of(workload("w", 0, 0, 1)), List.of(api("a", 1, 0), api("b", fee, null, null)),
                    List.of(), plan("b", Route.all("w", "b")), plan("a", Route.all("w", "a")));
            Scale cheaper = eval(q).breakEven("a", "b").orElseThrow().scale();
            assertEquals(0, cheaper.first());
            assertEquals(0, cheaper.sustained());
        }

        @Test
        void plansEqualUpToRoundingAreNoDearerEverywhere() {
            // A sends w 0.35 + 0.65 to an API with committed capacity, B sends it 1.0: A(k) = B(k) at
            // every k, mathematically: 30,000 + 150 max(0, k - C / peak) with U = 1e9 tokens at 0.15 per
            // MTok = 150 and peak = 2.5 * 1e9 / 43,800 a minute. In doubles, A's peak summed from 0.35 and
            // 0.65 parts moves its knot by a relative 4e-16: a tie, not "dearer". A is no dearer at
            // every k -> first = sustained = 0. Both also pool v on one sized fleet, so both run-rates
            // step (0.37 replicas of load at k = 1: one more replica at 730 a month each time k grows
            // by 1 / 0.37).
            Workload w = workload("w", 1e9, 0, 2.5);
            Workload v = workload("v", S * 10_000 * 0.37, 0, 1);
            Api committed = api("a", apiFields(0.15, 15), null, new Committed(200_000, 30_000));
            Portfolio p = portfolio(1, List.of(w, v), List.of(committed), List.of(sized("d", rentFields(1))),
                    plan("whole", Route.all("w", "a"), Route.all("v", "d")),
                    plan("split", new Route("w", "a", 0.35, null), new Route("w", "a", 0.65, null), Route.all("v", "d")));
            Scale s = eval(p).breakEven("split", "whole").orElseThrow().scale();
            assertEquals(0, s.first());
            assertEquals(0, s.sustained());
            Portfolio q = portfolio(1, List.of(w, v), List.of(committed), List.of(sized("d", rentFields(1))),
                    plan("split", new Route("w", "a", 0.35, null), new Route("w", "a", 0.65, null), Route.all("v", "d")),
                    plan("whole", Route.all("w", "a"), Route.all("v", "d")));
            Scale back = eval(q).breakEven("whole", "split").orElseThrow().scale();
            assertEquals(0, back.first());
            assertEquals(0, back.sustained());
        }

        @Test
        void aPlanDearerAtEverySmallVolumeHasNoFirstScaleFromZero() {
            // Both plans use APIs a (1 per MTok) and b (2 per MTok), each with a platform fee of 100:
            // the same fixed costs. U = today's 1e8 input tokens at 1 per MTok = 100.
            // B (cheap): w wholly to a (share 0 to b): B(k) = 200 + 100 k.
            // A (dear):  w wholly to b (share 0 to a): A(k) = 200 + 200 k.
            // D(k) = 100 k > 0 at every k > 0: D(0+) = 0 is a tie and its slope is positive, so A is
            // dearer at every k in range -> first = sustained = none.
            // The other way round, D(k) = -100 k <= 0 everywhere -> first = sustained = 0.
            Workload w = workload("w", 1e8, 0, 1);
            Api a = api("a", apiFields(1, 0).with(Input.PLATFORM_FEE_PER_MONTH, 100), null, null);
            Api b = api("b", apiFields(2, 0).with(Input.PLATFORM_FEE_PER_MONTH, 100), null, null);
            Portfolio p = portfolio(1, List.of(w), List.of(a, b), List.of(),
                    plan("cheap", Route.all("w", "a"), new Route("w", "b", 0, null)),
                    plan("dear", new Route("w", "a", 0, null), Route.all("w", "b")));
            Scale dearer = eval(p).breakEven("dear", "cheap").orElseThrow().scale();
            assertTrue(Double.isNaN(dearer.first()), "first " + dearer.first());
            assertTrue(Double.isNaN(dearer.sustained()), "sustained " + dearer.sustained());

            Portfolio q = portfolio(1, List.of(w), List.of(a, b), List.of(),
                    plan("dear", new Route("w", "a", 0, null), Route.all("w", "b")),
                    plan("cheap", Route.all("w", "a"), new Route("w", "b", 0, null)));
            Scale cheaper = eval(q).breakEven("cheap", "dear").orElseThrow().scale();
            assertEquals(0, cheaper.first());
            assertEquals(0, cheaper.sustained());
        }

        @Test
        void aTieIsARelativeGapWithinTheNamedTolerance() {
            // 1e-13 relative apart: a tie; 1e-11 apart: a real difference of its sign
            assertEquals(0, ScaleSearch.gap(1_000_000 * (1 + 1e-13), 1_000_000));
            assertEquals(0, ScaleSearch.gap(1_000_000, 1_000_000 * (1 + 1e-13)));
            assertTrue(ScaleSearch.gap(1_000_000 * (1 + 1e-11), 1_000_000) > 0);
            assertTrue(ScaleSearch.gap(1_000_000, 1_000_000 * (1 + 1e-11)) < 0);
            assertEquals(0, ScaleSearch.gap(0, 0));
        }

        @Test
        void pairsAreListedByIThenJWithTheLaterPlanAsA() {
            Portfolio p = portfolio(1, List.of(workload("w", 1, 0, 1)), List.of(api("a", 1, 0)), List.of(),
                    plan("p1", Route.all("w", "a")), plan("p2", Route.all("w", "a")), plan("p3", Route.all("w", "a")));
            List<String> pairs = eval(p).breakEvens().stream().map(b -> b.a() + "-" + b.b()).toList();
            assertEquals(List.of("p2-p1", "p3-p1", "p3-p2"), pairs);
        }
    }
}
