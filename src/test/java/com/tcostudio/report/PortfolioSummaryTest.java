package com.tcostudio.report;

import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.DeploymentResult;
import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.engine.Scale;
import com.tcostudio.core.engine.UsedOperatingPoint;
import com.tcostudio.core.model.Currency;
import com.tcostudio.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portfolio in words: hand-written sentences and hand-computed shares. */
class PortfolioSummaryTest {
    /** Shares are ratios of sums of a few doubles: equal to the hand value within rounding. */
    private static final double SHARE_TOL = 1e-12;

    @Test
    void scaleSentencesSayTheMultipleOfTodaysVolume() {
        assertEquals("Fleet would cost no more a month than API only above 2.4 times today's volume.",
                PortfolioSummary.otherAgainstBest("Fleet", "API", new Scale(2.4, 2.4)));
        assertEquals("Fleet would cost no more a month than API only above 1.34 times today's volume, and for good "
                + "only above 1.76 times.", PortfolioSummary.otherAgainstBest("Fleet", "API", new Scale(1.34, 1.76)));
        assertEquals("Fleet costs more a month than API at every volume up to 10,000 times today's volume.",
                PortfolioSummary.otherAgainstBest("Fleet", "API", new Scale(Double.NaN, Double.NaN)));
        // cheaper only at small volumes (fewer fixed costs), dearer at today's and beyond
        assertEquals("Sonnet costs no more a month than API only at volumes well below today's (the smallest), and more "
                + "at every larger volume up to 10,000 times today's.",
                PortfolioSummary.otherAgainstBest("Sonnet", "API", new Scale(0, Double.NaN)));
        assertEquals("Fleet already costs no more a month than API at today's volume (from 0.5 times today's volume on); "
                + "over the horizon API is still cheaper.", PortfolioSummary.otherAgainstBest("Fleet", "API", new Scale(0.5, 0.8)));
        assertEquals("At today's volume Fleet costs more a month than API; it costs no more from 1.34 times today's "
                + "volume, and over this horizon it is the cheaper.",
                PortfolioSummary.bestAgainstOther("Fleet", "API", new Scale(1.34, 1.76)));
        assertEquals("Fleet costs no more a month than API at any volume from 0.5 times today's up.",
                PortfolioSummary.bestAgainstOther("Fleet", "API", new Scale(0.2, 0.5)));
    }

    @Test
    void theRecommendationOfTheExampleAt36Months() throws Exception {
        PortfolioEvaluation e = PortfolioFixtures.evaluate(PortfolioFixtures.example());
        // all-api 725,163.46 is cheapest; next feasible shared-fleet 764,778.42: 39,614.95 less,
        // 39,614.95 / 764,778.42 = 5.2% -> "5%"; the cheapest is the first plan, the baseline
        assertEquals("Recommended: Everything on the APIs, the cheapest plan that meets every rule over 36 months "
                + "(TCO USD 725,163): USD 39,615 (5%) less than the next feasible plan, Support and documents on one "
                + "reserved fleet, coding on Sonnet; it is the baseline plan.", PortfolioSummary.recommendation(e));
        assertEquals("baseline", PortfolioSummary.breakEvenAgainstBaseline(e, e.plans().get(0)));
        assertEquals("never", PortfolioSummary.breakEvenAgainstBaseline(e, e.plans().get(1)));
    }

    @Test
    void aPlanWithNoOneTimeCostsThatIsDearerFromMonthOneIsDearerThroughout() throws Exception {
        // internal-assistant template: "Claude Sonnet for everything" and the baseline are API plans with
        // no one-time costs, so the gap after month 1's one-time costs is 0 (the contract's month 0),
        // and Sonnet turns dearer within month 1 (a crossing up at month 0) and stays so
        byte[] file = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("pricing-data/templates/internal-assistant-2000-seats.json"));
        PortfolioEvaluation e = PortfolioFixtures.evaluate(new com.tcostudio.io.scenario.ScenarioFiles(
                com.tcostudio.core.model.CatalogueLookup.NONE).read(file, "internal-assistant.json").portfolio());
        assertEquals("dearer throughout", PortfolioSummary.breakEvenAgainstBaseline(e, e.plans().get(1)));
    }

    @Test
    void atLongerHorizonsTheFleetWinsAgainstTheBaseline() throws Exception {
        PortfolioEvaluation e = PortfolioFixtures.evaluate(PortfolioFixtures.example(120, new Currency("USD", 1)));
        String s = PortfolioSummary.recommendation(e);
        assertTrue(s.startsWith("Recommended: Support and documents on one reserved fleet, coding on Sonnet, "), s);
        assertTrue(s.endsWith("less than the next feasible plan, Everything on the APIs, which is the baseline."), s);
    }

    @Test
    void withNoFeasiblePlanNoneIsRecommended() throws Exception {
        Portfolio p = PortfolioFixtures.withResidencyBreach();
        Portfolio onlyBreach = p.withPlans(List.of(p.plans().get(3)));
        PortfolioEvaluation e = PortfolioFixtures.evaluate(onlyBreach);
        assertTrue(PortfolioSummary.recommendation(e).startsWith("No plan meets every rule"));
        assertTrue(PortfolioSummary.scaleSentences(e).isEmpty());
    }

    @Test
    void staffAndIdleGpuSpendAreTwoSeparateShares() {
        // two months: compute 200 + 200, ops 100 + 100, setup 50 + 0 -> total 350, 300; TCO 650
        Map<Category, double[]> cats = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            cats.put(c, new double[2]);
        }
        cats.put(Category.COMPUTE, new double[]{200, 200});
        cats.put(Category.OPS, new double[]{100, 100});
        cats.put(Category.SETUP, new double[]{50, 0});
        double[] idle = {40, 60};
        // a fleet of 2 GPUs at 50% busy, then 4 GPUs at 80%: (2 x 0.5 + 4 x 0.8) / (2 + 4) = 4.2 / 6 = 0.7
        DeploymentResult fleet = new DeploymentResult("d", new double[]{2, 4}, new double[]{2, 4}, new double[]{0.5, 0.8},
                idle, new UsedOperatingPoint(Double.NaN, 1000, 100));
        PlanResult p = new PlanResult("p", "Plan", cats, new double[]{350, 300}, new double[]{350, 650},
                new double[]{350, 648}, new double[]{1, 1}, 650, 648, new double[]{2, 4}, idle, Map.of("d", fleet),
                Map.of("w", new double[]{350, 300}), List.of(), List.of());
        // staff: ops 200 + setup 50 = 250; 250 / 650 = 0.384615...
        assertEquals(250.0 / 650, PortfolioSummary.staffShare(p), SHARE_TOL);
        // idle: 40 + 60 = 100; 100 / 650 = 0.153846...
        assertEquals(100.0 / 650, PortfolioSummary.idleShare(p), SHARE_TOL);
        assertEquals(0.7, PortfolioSummary.averageUtilization(p), SHARE_TOL);
        assertEquals("Operations staff, setup, upgrades and migrations: 38% of TCO. GPU time paid for but idle: 15% of "
                + "TCO (inside GPU compute); the fleet is busy 70% of the time on average.", PortfolioSummary.hiddenCostLine(p));
    }

    @Test
    void theTargetThatChoseTheOperatingPoint() throws Exception {
        Portfolio p = PortfolioFixtures.example();
        assertEquals("Support chat (customer data, stays in the UAE): 30 tokens/s per user, first token within 2 s",
                PortfolioSummary.chosenBy(p, p.plan("shared-fleet").orElseThrow(), p.deployment("gpt-oss-h100").orElseThrow()));
        assertEquals("one measured throughput, no operating points",
                PortfolioSummary.chosenBy(p, p.plan("spillover").orElseThrow(), p.deployment("gpt-oss-fixed").orElseThrow()));
    }
}
