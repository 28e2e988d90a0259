package com.tcostudio.core.portfolio;

import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.HybridPolicy;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.support.RandomScenarios;
import com.tcostudio.support.TestScenarios;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract's "Version 1 files" paragraph, item by item. */
class V1MigrationTest {

    @Test
    void aScenarioWithoutHybridBecomesOneWorkloadOneApiOneDeploymentTwoPlans() {
        Scenario s = TestScenarios.methodologyExample().hybridPolicy(HybridPolicy.NONE).build();
        Portfolio p = V1Migration.migrate(s);

        assertEquals(s.name(), p.name());
        assertEquals(s.horizonMonths(), p.horizonMonths());
        assertEquals(List.of("main"), p.workloads().stream().map(Workload::id).toList());
        assertEquals("Workload", p.workloads().get(0).name());
        assertEquals(List.of("closed"), p.apis().stream().map(Api::id).toList());
        assertEquals("Closed API", p.apis().get(0).name());
        assertEquals(List.of("open"), p.deployments().stream().map(Deployment::id).toList());
        assertEquals("Self-hosted", p.deployments().get(0).name());
        assertEquals(List.of("closed", "open"), p.plans().stream().map(Plan::id).toList());
        assertEquals(List.of("Closed API", "Self-hosted"), p.plans().stream().map(Plan::name).toList());
        assertEquals(List.of(Route.all("main", "closed")), p.plans().get(0).routes());
        assertEquals(List.of(Route.all("main", "open")), p.plans().get(1).routes());
    }

    @Test
    void everyV1NumberLandsInItsPart() {
        Scenario s = TestScenarios.methodologyExample().build();
        Portfolio p = V1Migration.migrate(s);
        for (Input i : Input.values()) {
            if (!s.has(i)) {
                continue;
            }
            switch (i.section()) {
                case FINANCE -> assertEquals(s.get(i), p.finance().get(i), i.path());
                case WORKLOAD -> assertEquals(s.get(i), p.workloads().get(0).get(i), i.path());
                case CLOSED -> assertEquals(s.get(i), p.apis().get(0).get(i), i.path());
                case OPEN, RENT, OWN -> assertEquals(s.get(i), p.deployments().get(0).get(i), i.path());
                default -> { }
            }
        }
        Deployment d = p.deployments().get(0);
        assertEquals(s.hostingMode(), d.mode());
        assertFalse(d.isFixed());
        assertFalse(d.autoscale());
        assertNull(d.reservation());
        assertNull(d.regions(), "a v1 deployment says nothing about regions");
        assertTrue(Double.isNaN(d.quality()));
    }

    @Test
    void shareHybridRoutesTheShareToTheDeploymentAndTheRestToTheApi() {
        Scenario s = TestScenarios.quiet().hybridPolicy(HybridPolicy.SHARE).set(Input.SELF_HOSTED_SHARE, 0.6).build();
        Plan hybrid = V1Migration.migrate(s).plan("hybrid").orElseThrow();

        assertEquals("Hybrid", hybrid.name());
        assertEquals(2, hybrid.routes().size());
        assertEquals(new Route("main", "open", 0.6, null), hybrid.routes().get(0));
        Route rest = hybrid.routes().get(1);
        assertEquals("closed", rest.to());
        assertFalse(rest.hasShare(), "the API's route takes the rest (1 - 0.6)");
    }

    @Test
    void spilloverHybridAddsAFixedCopyOfTheDeploymentWithOverflowToTheApi() {
        Scenario s = TestScenarios.quiet().hybridPolicy(HybridPolicy.SPILLOVER).set(Input.SELF_HOSTED_REPLICAS, 4)
                .set(Input.MIN_REPLICAS, 2).build();
        Portfolio p = V1Migration.migrate(s);

        assertEquals(List.of("open", "open-spillover"), p.deployments().stream().map(Deployment::id).toList());
        Deployment fixed = p.deployments().get(1);
        assertEquals("Self-hosted (fixed fleet)", fixed.name());
        assertEquals(4, fixed.fixedReplicas());
        assertEquals(p.deployments().get(0).fields(), fixed.fields());
        assertEquals(List.of(new Route("main", "open-spillover", 1.0, "closed")),
                p.plan("hybrid").orElseThrow().routes());
    }

    @Test
    void uncertaintyPathsMapToTheNewOnesAndOpenPathsToBothDeployments() {
        Scenario s = TestScenarios.quiet().hybridPolicy(HybridPolicy.SPILLOVER).set(Input.SELF_HOSTED_REPLICAS, 2)
                .uncertainty(Input.GPU_HOURLY, Distribution.uniform(1, 3))
                .uncertainty(Input.MONTHLY_GROWTH, Distribution.uniform(0, 0.1))
                .uncertainty(Input.INPUT_PER_MTOK, Distribution.uniform(1, 2))
                .uncertainty(Input.ANNUAL_DISCOUNT_RATE, Distribution.uniform(0, 0.1))
                .build();
        Portfolio p = V1Migration.migrate(s);

        assertEquals(Set.of("deployments.open.hosting.gpuHourly", "deployments.open-spillover.hosting.gpuHourly",
                        "workloads.main.monthlyGrowth", "apis.closed.inputPerMTok", "finance.annualDiscountRate"),
                p.uncertainty().keySet());
        assertEquals(Distribution.uniform(1, 3), p.uncertainty().get("deployments.open-spillover.hosting.gpuHourly"));
    }

    @Test
    void theSelfHostedShareRangeBecomesTheHybridFirstRouteShare() {
        Scenario s = TestScenarios.quiet().hybridPolicy(HybridPolicy.SHARE).set(Input.SELF_HOSTED_SHARE, 0.5)
                .uncertainty(Input.SELF_HOSTED_SHARE, Distribution.uniform(0.2, 0.8)).build();
        Portfolio p = V1Migration.migrate(s);
        assertEquals(Set.of("plans.hybrid.routes.0.share"), p.uncertainty().keySet());
        assertTrue(p.realValuedPaths().containsKey("plans.hybrid.routes.0.share"));
    }

    @Test
    void ownModeKeepsItsViewAndCataloguelessFields() {
        Scenario s = TestScenarios.quietOwn().amortize(true).build();
        Deployment d = V1Migration.migrate(s).deployments().get(0);
        assertEquals(HostingMode.OWN, d.mode());
        assertTrue(d.amortize());
        assertTrue(d.fields().has(Input.CAPEX_PER_GPU));
        assertFalse(d.fields().has(Input.GPU_HOURLY), "rent fields do not apply to an owned fleet");
    }

    @Test
    void everyRandomScenarioMigratesToAValidPortfolio() {
        for (long seed = 0; seed < 300; seed++) {
            Scenario s = RandomScenarios.builder(seed).build();
            Portfolio p = V1Migration.migrate(s);
            assertEquals(s.hasHybrid() ? 3 : 2, p.plans().size(), "seed " + seed);
        }
    }
}
