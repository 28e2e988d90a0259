package com.tcostudio.support;

import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.portfolio.Api;
import com.tcostudio.core.portfolio.Committed;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Fields;
import com.tcostudio.core.portfolio.Latency;
import com.tcostudio.core.portfolio.Migration;
import com.tcostudio.core.portfolio.OperatingPoint;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Reservation;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.core.portfolio.Workload;

import java.util.List;
import java.util.Map;

/**
 * Portfolio parts with round numbers, so that expectations can be computed by hand, in the spirit
 * of {@link TestScenarios}: everything that costs is off unless a test turns it on; one FTE costs
 * 10,000 a month, no growth, no discounting, no price changes.
 */
public final class TestPortfolios {
    /** Seconds in a month: 730 h x 3600 s. */
    public static final double S = TestScenarios.S;

    private TestPortfolios() {
    }

    public static Fields finance() {
        return Fields.empty().with(Input.ANNUAL_DISCOUNT_RATE, 0).with(Input.SALARY_GROWTH_PER_YEAR, 0)
                .with(Input.LOADED_ANNUAL_COST_PER_FTE, 120_000);
    }

    /** Workload fields: these tokens a month, no growth, peak 1, no cache, no batch. */
    public static Fields workloadFields(double input, double output, double peakToAverage) {
        return Fields.empty().with(Input.INPUT_TOKENS_PER_MONTH, input).with(Input.OUTPUT_TOKENS_PER_MONTH, output)
                .with(Input.MONTHLY_GROWTH, 0).with(Input.PEAK_TO_AVERAGE, peakToAverage)
                .with(Input.CACHED_INPUT_SHARE, 0).with(Input.BATCH_SHARE, 0);
    }

    public static Workload workload(String id, double input, double output, double peakToAverage) {
        return new Workload(id, "Workload " + id, workloadFields(input, output, peakToAverage), null, Double.NaN,
                Latency.NONE);
    }

    /** API fields: these prices per MTok, nothing else. */
    public static Fields apiFields(double inputPerMTok, double outputPerMTok) {
        return Fields.empty().with(Input.INPUT_PER_MTOK, inputPerMTok).with(Input.OUTPUT_PER_MTOK, outputPerMTok)
                .with(Input.BATCH_DISCOUNT, 0).with(Input.ANNUAL_PRICE_CHANGE, 0)
                .with(Input.PLATFORM_FEE_PER_MONTH, 0).with(Input.INTEGRATION_FTE, 0);
    }

    public static Api api(String id, double inputPerMTok, double outputPerMTok) {
        return new Api(id, "API " + id, apiFields(inputPerMTok, outputPerMTok), null, null, Double.NaN, null, null);
    }

    public static Api api(String id, Fields f, Migration migration, Committed committed) {
        return new Api(id, "API " + id, f, null, null, Double.NaN, migration, committed);
    }

    /** Rented deployment: 1 GPU a replica, 10,000 prefill and 1,000 decode tokens a second, target 1, no staff. */
    public static Fields rentFields(double gpuHourly) {
        return Fields.empty().with(Input.GPUS_PER_REPLICA, 1).with(Input.PREFILL_TOKENS_PER_SECOND, 10_000)
                .with(Input.DECODE_TOKENS_PER_SECOND, 1_000).with(Input.TARGET_UTILIZATION, 1)
                .with(Input.MIN_REPLICAS, 0).with(Input.REDUNDANT_REPLICAS, 0).with(Input.ANNUAL_GPU_PRICE_CHANGE, 0)
                .with(Input.BASE_FTE, 0).with(Input.FTE_PER_GPU, 0).with(Input.SETUP_PERSON_MONTHS, 0)
                .with(Input.SETUP_ONE_TIME_COST, 0).with(Input.UPGRADE_EVERY_MONTHS, 0)
                .with(Input.UPGRADE_PERSON_MONTHS, 0).with(Input.TOOLING_PER_MONTH, 0).with(Input.OTHER_PER_MONTH, 0)
                .with(Input.GPU_HOURLY, gpuHourly);
    }

    public static Deployment sized(String id, Fields f) {
        return new Deployment(id, "Deployment " + id, f, HostingMode.RENT, false, false, null, null, List.of(), null,
                Double.NaN, Map.of());
    }

    public static Deployment fixed(String id, Fields f, int replicas) {
        return new Deployment(id, "Deployment " + id, f, HostingMode.RENT, false, false, null, replicas, List.of(), null,
                Double.NaN, Map.of());
    }

    public static Deployment autoscaled(String id, Fields f) {
        return new Deployment(id, "Deployment " + id, f, HostingMode.RENT, false, true, null, null, List.of(), null,
                Double.NaN, Map.of());
    }

    public static Deployment reserved(String id, Fields f, Reservation r) {
        return new Deployment(id, "Deployment " + id, f, HostingMode.RENT, false, false, r, null, List.of(), null,
                Double.NaN, Map.of());
    }

    /** A sized deployment with measured points instead of v1 throughputs. */
    public static Deployment withPoints(String id, Fields f, List<OperatingPoint> points) {
        Fields noThroughput = f.with(Input.PREFILL_TOKENS_PER_SECOND, Double.NaN)
                .with(Input.DECODE_TOKENS_PER_SECOND, Double.NaN);
        return new Deployment(id, "Deployment " + id, noThroughput, HostingMode.RENT, false, false, null, null, points,
                null, Double.NaN, Map.of());
    }

    public static Plan plan(String id, Route... routes) {
        return new Plan(id, "Plan " + id, List.of(routes));
    }

    public static Portfolio portfolio(int months, List<Workload> ws, List<Api> apis, List<Deployment> ds, Plan... plans) {
        return new Portfolio("test", months, Currency.USD, finance(), ws, apis, ds, List.of(plans), Map.of());
    }
}
