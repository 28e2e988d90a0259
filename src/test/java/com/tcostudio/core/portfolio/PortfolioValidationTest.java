package com.tcostudio.core.portfolio;

import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.InvalidScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static com.tcostudio.support.TestPortfolios.api;
import static com.tcostudio.support.TestPortfolios.apiFields;
import static com.tcostudio.support.TestPortfolios.finance;
import static com.tcostudio.support.TestPortfolios.fixed;
import static com.tcostudio.support.TestPortfolios.plan;
import static com.tcostudio.support.TestPortfolios.rentFields;
import static com.tcostudio.support.TestPortfolios.sized;
import static com.tcostudio.support.TestPortfolios.workload;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One test per validation rule of the version 2 model (METHODOLOGY-V2, "Scenario file"): each
 * refusal names the field's path and says the rule with the value that broke it.
 */
class PortfolioValidationTest {
    private static final Workload W = workload("w", 1e6, 0, 1);
    private static final Api A = api("a", 1, 1);
    private static final Api COMMITTED = api("c", apiFields(1, 1), null, new Committed(1_000, 10));
    private static final Deployment SIZED = sized("d", rentFields(2));
    private static final Deployment FIXED = fixed("f", rentFields(2), 2);

    private static Portfolio portfolio(List<Workload> ws, List<Api> apis, List<Deployment> ds, List<Plan> plans,
                                       Map<String, Distribution> uncertainty) {
        return new Portfolio("test", 12, Currency.USD, finance(), ws, apis, ds, plans, uncertainty);
    }

    private static Portfolio withRoutes(Route... routes) {
        return portfolio(List.of(W), List.of(A, COMMITTED), List.of(SIZED, FIXED), List.of(plan("p", routes)), Map.of());
    }

    /** Refused with a problem at exactly this path whose rule contains these words. */
    private static void refused(Executable build, String path, String words) {
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, build);
        for (InvalidScenarioException.Problem p : e.problems()) {
            if (p.path().equals(path) && p.rule().contains(words)) {
                assertTrue(!p.rule().contains("\n"), "one line: " + p.rule());
                return;
            }
        }
        fail("no problem at " + path + " saying \"" + words + "\" in " + e.problems());
    }

    @Test
    void aValidPortfolioIsAccepted() {
        assertDoesNotThrow(() -> withRoutes(new Route("w", "a", 0.3, null), new Route("w", "f", 0.6, "a"),
                new Route("w", "d", Double.NaN, null)));
    }

    // ----- the portfolio: lists, ids, routes, shares, overflow, uncertainty

    @Test
    void horizonOutOfRange() {
        refused(() -> new Portfolio("t", 121, Currency.USD, finance(), List.of(W), List.of(A), List.of(),
                List.of(plan("p", Route.all("w", "a"))), Map.of()), "horizonMonths", "from 1 to 120 (was 121)");
    }

    @Test
    void noWorkloads() {
        refused(() -> portfolio(List.of(), List.of(A), List.of(), List.of(plan("p", Route.all("w", "a"))), Map.of()),
                "workloads", "from 1 to 50 entries (has 0)");
    }

    @Test
    void tooManyPlans() {
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            plans.add(plan("p" + i, Route.all("w", "a")));
        }
        refused(() -> portfolio(List.of(W), List.of(A), List.of(), plans, Map.of()), "plans", "from 1 to 12 entries (has 13)");
    }

    @Test
    void tooManyApis() {
        List<Api> apis = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            apis.add(api("a" + i, 1, 1));
        }
        refused(() -> portfolio(List.of(W), apis, List.of(), List.of(plan("p", Route.all("w", "a0"))), Map.of()),
                "apis", "at most 20 entries (has 21)");
    }

    @Test
    void anApiAndADeploymentShareAnId() {
        refused(() -> portfolio(List.of(W), List.of(A), List.of(sized("a", rentFields(2))),
                List.of(plan("p", Route.all("w", "a"))), Map.of()), "deployments[0].id", "repeats the id \"a\"");
    }

    @Test
    void aMalformedId() {
        refused(() -> workload("Chat!", 1, 0, 1), "id", "lower-case letters, digits or dashes");
    }

    @Test
    void aRouteNamesNoWorkload() {
        refused(() -> withRoutes(Route.all("w", "a"), Route.all("x", "a")), "plans[0].routes[1].workload",
                "names no workload of this scenario (was \"x\")");
    }

    @Test
    void aRouteNamesNoTarget() {
        refused(() -> withRoutes(Route.all("w", "nowhere")), "plans[0].routes[0].to",
                "names no API or deployment of this scenario (was \"nowhere\")");
    }

    @Test
    void aShareOutsideZeroToOne() {
        refused(() -> new Route("w", "a", 1.5, null), "share", "between 0 and 1 (was 1.5)");
    }

    @Test
    void sharesThatDoNotSumToOneAreShownRounded() {
        // 0.3 + 0.6 is 0.8999999999999999 in doubles: the message says 0.9
        refused(() -> withRoutes(new Route("w", "a", 0.3, null), new Route("w", "d", 0.6, null)), "plans[0].routes",
                "shares of workload \"w\" must sum to 1 (they sum to 0.9)");
    }

    @Test
    void sharesAboveOneBeforeTheRest() {
        // 0.7 + 0.5 = 1.2 (1.2 in doubles is 1.2 here; rounded either way)
        refused(() -> withRoutes(new Route("w", "a", 0.7, null), new Route("w", "d", 0.5, null),
                new Route("w", "d", Double.NaN, null)), "plans[0].routes", "already sum to 1.2 before the route");
    }

    @Test
    void theRestLeftOutTwice() {
        refused(() -> withRoutes(new Route("w", "a", Double.NaN, null), new Route("w", "d", Double.NaN, null)),
                "plans[0].routes[1].share", "may be left out on one route of workload \"w\" only");
    }

    @Test
    void aWorkloadMissingFromAPlan() {
        Workload other = workload("v", 1, 0, 1);
        refused(() -> portfolio(List.of(W, other), List.of(A), List.of(), List.of(plan("p", Route.all("w", "a"))),
                Map.of()), "plans[0].routes", "must route workload \"v\"");
    }

    @Test
    void aPlanWithoutRoutes() {
        refused(() -> new Plan("p", "P", List.of()), "routes", "must route every workload (no routes given)");
    }

    @Test
    void overflowMissingOnAFixedFleet() {
        refused(() -> withRoutes(Route.all("w", "f")), "plans[0].routes[0].overflow", "is required: deployment \"f\"");
    }

    @Test
    void overflowOnASizedFleet() {
        refused(() -> withRoutes(new Route("w", "d", 1, "a")), "plans[0].routes[0].overflow",
                "applies only to routes to a deployment with fixedReplicas");
    }

    @Test
    void overflowNamingNoTarget() {
        refused(() -> withRoutes(new Route("w", "f", 1, "x")), "plans[0].routes[0].overflow", "names no API of this scenario (was \"x\")");
    }

    @Test
    void overflowNamingADeployment() {
        refused(() -> withRoutes(new Route("w", "f", 1, "d")), "plans[0].routes[0].overflow",
                "must name an API, not the deployment \"d\"");
    }

    @Test
    void overflowToAnApiWithCommittedCapacity() {
        refused(() -> withRoutes(new Route("w", "f", 1, "c")), "plans[0].routes[0].overflow",
                "must name an API without committed capacity (\"c\"");
    }

    @Test
    void anUncertaintyPathThatNamesNoRealValuedField() {
        Distribution range = Distribution.uniform(1, 2);
        refused(() -> portfolio(List.of(W), List.of(A), List.of(), List.of(plan("p", Route.all("w", "a"))),
                Map.of("workloads.w.nothing", range)), "uncertainty.workloads.w.nothing", "names no real-valued field");
    }

    // ----- deployments: hosting terms, throughput, operating points, fixed fleets

    private static Deployment deployment(Fields f, HostingMode mode, boolean autoscale, Reservation r, Integer fixedReplicas,
                                         List<OperatingPoint> points) {
        return new Deployment("d", "D", f, mode, false, autoscale, r, fixedReplicas, points, null, Double.NaN, Map.of());
    }

    private static Fields own() {
        return rentFields(2).with(Input.GPU_HOURLY, Double.NaN).with(Input.CAPEX_PER_GPU, 30_000)
                .with(Input.DEPRECIATION_MONTHS, 36).with(Input.RESIDUAL_SHARE, 0.1).with(Input.MAINTENANCE_PER_YEAR, 0)
                .with(Input.POWER_WATTS_PER_GPU, 700).with(Input.PUE, 1.3).with(Input.ENERGY_PER_KWH, 0.1)
                .with(Input.COLOCATION_PER_GPU_MONTH, 0);
    }

    @Test
    void autoscaleOutsideRent() {
        refused(() -> deployment(own(), HostingMode.OWN, true, null, null, List.of()), "hosting.autoscale",
                "applies to rented GPUs only");
    }

    @Test
    void autoscaleWithAFixedFleet() {
        refused(() -> deployment(rentFields(2), HostingMode.RENT, true, null, 2, List.of()), "hosting.autoscale",
                "cannot be combined with fixedReplicas");
    }

    @Test
    void aReservationOutsideRent() {
        refused(() -> deployment(own(), HostingMode.OWN, false, new Reservation(1, 12, 1, 0), null, List.of()),
                "hosting.reservation", "applies to rented GPUs only");
    }

    @Test
    void aNegativeFixedFleet() {
        refused(() -> deployment(rentFields(2), HostingMode.RENT, false, null, -1, List.of()), "fixedReplicas",
                "whole number from 0");
    }

    @Test
    void throughputsAndOperatingPointsBoth() {
        refused(() -> deployment(rentFields(2), HostingMode.RENT, false, null, null,
                List.of(new OperatingPoint(10, 1_000, 100, 1))), "operatingPoints", "not both");
    }

    @Test
    void neitherThroughputsNorOperatingPoints() {
        Fields none = rentFields(2).with(Input.PREFILL_TOKENS_PER_SECOND, Double.NaN)
                .with(Input.DECODE_TOKENS_PER_SECOND, Double.NaN);
        refused(() -> deployment(none, HostingMode.RENT, false, null, null, List.of()), "operatingPoints",
                "needs either prefillTokensPerSecond and decodeTokensPerSecond, or operatingPoints");
    }

    @Test
    void operatingPointsNotStrictlyIncreasingInSpeed() {
        Fields none = rentFields(2).with(Input.PREFILL_TOKENS_PER_SECOND, Double.NaN)
                .with(Input.DECODE_TOKENS_PER_SECOND, Double.NaN);
        refused(() -> deployment(none, HostingMode.RENT, false, null, null,
                List.of(new OperatingPoint(30, 1_000, 100, 1), new OperatingPoint(30, 900, 90, 1))),
                "operatingPoints[1].outputTokensPerSecondPerUser", "");
    }

    @Test
    void tooManyOperatingPoints() {
        Fields none = rentFields(2).with(Input.PREFILL_TOKENS_PER_SECOND, Double.NaN)
                .with(Input.DECODE_TOKENS_PER_SECOND, Double.NaN);
        List<OperatingPoint> points = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            points.add(new OperatingPoint(i, 1_000, 100, 1));
        }
        refused(() -> deployment(none, HostingMode.RENT, false, null, null, Collections.unmodifiableList(points)),
                "operatingPoints", "at most 50 points (has 51)");
    }

    @Test
    void anOperatingPointWithANegativeSpeed() {
        refused(() -> new OperatingPoint(-1, 1_000, 100, 1), "outputTokensPerSecondPerUser", "(was -1)");
    }

    @Test
    void anOperatingPointWithoutPrefill() {
        refused(() -> new OperatingPoint(10, 0, 100, 1), "prefillTokensPerSecond", "greater than 0");
    }

    @Test
    void anOperatingPointWithoutDecode() {
        refused(() -> new OperatingPoint(10, 1_000, 0, 1), "decodeTokensPerSecond", "greater than 0");
    }

    @Test
    void anOperatingPointWithoutTimeToFirstToken() {
        refused(() -> new OperatingPoint(10, 1_000, 100, 0), "timeToFirstTokenSeconds", "greater than 0");
    }

    // ----- contract terms

    @Test
    void migrationEveryZeroMonths() {
        refused(() -> new Migration(0, 1, 0), "everyMonths", "whole number from 1");
    }

    @Test
    void migrationNegativePersonMonths() {
        refused(() -> new Migration(12, -1, 0), "personMonths", "(was -1)");
    }

    @Test
    void migrationNegativeOneTimeCost() {
        refused(() -> new Migration(12, 1, -5), "oneTimeCost", "(was -5)");
    }

    @Test
    void committedCapacityOfNoTokens() {
        refused(() -> new Committed(0, 10), "tokensPerMinute", "greater than 0");
    }

    @Test
    void committedNegativeFee() {
        refused(() -> new Committed(1_000, -1), "feePerMonth", "(was -1)");
    }

    @Test
    void reservationOfNoGpus() {
        refused(() -> new Reservation(0, 12, 1, 0), "gpus", "whole number from 1");
    }

    @Test
    void reservationOfNoMonths() {
        refused(() -> new Reservation(1, 0, 1, 0), "termMonths", "whole number from 1");
    }

    @Test
    void reservationNegativeHourly() {
        refused(() -> new Reservation(1, 12, -0.5, 0), "gpuHourly", "(was -0.5)");
    }

    @Test
    void reservationUpfrontAboveOne() {
        refused(() -> new Reservation(1, 12, 1, 1.5), "upfrontShare", "from 0 to 1 (was 1.5)");
    }

    // ----- workloads' needs and regions

    @Test
    void aLatencyNeedWithNoTimeToFirstToken() {
        refused(() -> new Latency(10, 0), "maxTimeToFirstTokenSeconds", "greater than 0");
    }

    @Test
    void aNegativeMinimumQuality() {
        refused(() -> new Workload("w", "W", W.fields(), null, -1, Latency.NONE), "minQuality", "(was -1)");
    }

    @Test
    void anUnknownRegionCode() {
        refused(() -> new Workload("w", "W", W.fields(), List.of("XX"), Double.NaN, Latency.NONE), "residency[0]",
                "ISO 3166-1 alpha-2");
    }

    @Test
    void anEmptyRegionList() {
        refused(() -> new Workload("w", "W", W.fields(), List.of(), Double.NaN, Latency.NONE), "residency",
                "at least one region code");
    }
}
