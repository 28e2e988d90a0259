package com.tcostudio.ui.portfolio;

import com.tcostudio.core.engine.BreakEven;
import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.DeploymentResult;
import com.tcostudio.core.engine.PlanBreakEven;
import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.engine.Scale;
import com.tcostudio.core.engine.Violation;
import com.tcostudio.core.portfolio.Portfolio;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.tcostudio.ui.portfolio.EvaluationFixtures.every;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsViewModelTest {
    private static final int H = 12;
    private static final Portfolio P = PortfolioFixtures.twoByTwo();
    private static final Violation RESIDENCY = new Violation("support", "sonnet", Violation.RESIDENCY,
            "Support chat must stay in AE; Claude Sonnet processes in US");

    /** All on the API: 1,000 a month of API usage, TCO 12 x 1,000 = 12,000. */
    private static PlanResult allApi(List<Violation> violations) {
        return EvaluationFixtures.plan("all-api", "All on the API", H, Map.of(Category.API_USAGE, every(H, 1_000)),
                new double[H], Map.of(), Map.of(), violations);
    }

    /**
     * Hybrid: GPU compute 500, operations staff 200 and API usage 100 a month, setup 1,200 in month 1:
     * TCO = 12 x 800 + 1,200 = 10,800. Idle GPU time 100 a month = 1,200.
     */
    private static PlanResult hybrid(Map<String, DeploymentResult> fleets) {
        double[] setup = new double[H];
        setup[0] = 1_200;
        return EvaluationFixtures.plan("hybrid", "Hybrid", H, Map.of(Category.COMPUTE, every(H, 500),
                        Category.OPS, every(H, 200), Category.API_USAGE, every(H, 100), Category.SETUP, setup),
                every(H, 100), fleets, EvaluationFixtures.byWorkload("support", every(H, 700), "coding", every(H, 100)),
                List.of());
    }

    private static Map<String, DeploymentResult> oneFleet() {
        // 2 GPUs busy 0.4 in months 1-6 and 0.6 in months 7-12: (6 x 0.8 + 6 x 1.2) / 24 = 0.5
        double[] u = new double[H];
        for (int m = 0; m < H; m++) {
            u[m] = m < 6 ? 0.4 : 0.6;
        }
        return Map.of("gpt-oss", EvaluationFixtures.fleet("gpt-oss", every(H, 2), u));
    }

    private ResultsViewModel results(PortfolioEvaluation e) {
        return new ResultsViewModel(new SimpleObjectProperty<>(P), p -> e, Runnable::run, Runnable::run);
    }

    @Test
    void theVerdictNamesTheCheapestFeasiblePlanAndWhatTheNextCostsMore() {
        ResultsViewModel vm = results(EvaluationFixtures.evaluation(P, List.of(allApi(List.of()), hybrid(oneFleet())),
                List.of()));
        // 12,000 - 10,800 = 1,200
        assertEquals("Hybrid is the cheapest feasible plan over 12 months (TCO USD 10,800), USD 1.2k less than "
                + "All on the API.", vm.verdictProperty().get());
        assertEquals("hybrid", vm.chosenPlanProperty().get());
        assertTrue(vm.cards().get(1).cheapest());
        // the cards' compact money: 10,800 is "10.8k"
        assertEquals("USD 10.8k", vm.cards().get(1).tco());
    }

    @Test
    void anInfeasiblePlanCarriesABadgeWithItsReasonsAndTheVerdictSaysWhatItWouldSave() {
        PlanResult cheap = EvaluationFixtures.plan("cheap", "Cheapest model everywhere", H,
                Map.of(Category.API_USAGE, every(H, 750)), new double[H], Map.of(), Map.of(), List.of(RESIDENCY));
        ResultsViewModel vm = results(EvaluationFixtures.evaluation(P, List.of(allApi(List.of(RESIDENCY)),
                hybrid(oneFleet()), cheap), List.of()));
        // cheap: 12 x 750 = 9,000, below Hybrid's 10,800, but infeasible
        assertEquals("Hybrid is the cheapest feasible plan over 12 months (TCO USD 10,800). Cheapest model everywhere "
                + "would cost less (USD 9k) but breaks a rule.", vm.verdictProperty().get());
        PlanCard card = vm.cards().get(0);
        assertFalse(card.feasible());
        assertEquals("Infeasible: 1 rule broken", card.badge());
        assertEquals(List.of("Support chat must stay in AE; Claude Sonnet processes in US"), card.reasons());
        assertEquals("", vm.cards().get(1).badge());
    }

    @Test
    void noFeasiblePlanIsSaidInWords() {
        ResultsViewModel vm = results(EvaluationFixtures.evaluation(P, List.of(allApi(List.of(RESIDENCY))), List.of()));
        assertEquals("No plan is feasible: each breaks a residency, quality or latency rule (see the reasons under each "
                + "plan).", vm.verdictProperty().get());
        assertEquals("all-api", vm.chosenPlanProperty().get());
    }

    @Test
    void theHiddenCostIsTwoFiguresStaffWorkAndIdleGpuTimeEachAShareOfTheTco() {
        ResultsViewModel vm = results(EvaluationFixtures.evaluation(P, List.of(allApi(List.of()), hybrid(oneFleet())),
                List.of()));
        PlanCard h = vm.cards().get(1);
        // staff work: 12 x 200 operations + 1,200 setup = 3,600; 3,600 / 10,800 = 33.3%
        assertEquals("33%", h.staffShare());
        // idle: 12 x 100 = 1,200; 1,200 / 10,800 = 11.1%
        assertEquals("11%", h.idleShare());
        assertEquals("GPUs busy 50% of the hours paid for, on average", h.utilization());
        assertEquals("no self-hosted GPUs in this plan", vm.cards().get(0).utilization());
        assertEquals("0%", vm.cards().get(0).staffShare());
    }

    @Test
    void theFleetsAverageUtilizationWeighsEachFleetByItsGpus() {
        Map<String, DeploymentResult> two = Map.of(
                "a", EvaluationFixtures.fleet("a", every(H, 2), every(H, 0.5)),
                "b", EvaluationFixtures.fleet("b", every(H, 6), every(H, 0.25)));
        // (2 x 0.5 + 6 x 0.25) / (2 + 6) = 2.5 / 8 = 0.3125
        assertEquals("GPUs busy 31% of the hours paid for, on average", ResultsViewModel.utilization(hybrid(two)));
    }

    @Test
    void theBreakEvenOfThePairShownIsSaidWithItsScale() {
        PlanBreakEven be = new PlanBreakEven("hybrid", "all-api",
                new BreakEven(4.5, 5.2, List.of(new BreakEven.Crossing(4.5, true))), new Scale(0.5, 2.4));
        ResultsViewModel vm = results(EvaluationFixtures.evaluation(P, List.of(allApi(List.of()), hybrid(oneFleet())),
                List.of(be)));
        assertEquals("hybrid", vm.pairAProperty().get());
        assertEquals("all-api", vm.pairBProperty().get());
        assertEquals("Hybrid pays off against All on the API in month 4.5 (discounted: month 5.2). At steady volumes it "
                + "is no dearer for good only above 2.4 times today's volumes.", vm.breakEvenTextProperty().get());
        // picked the other way round, the pair is still found and said the engine's way
        vm.pairAProperty().set("all-api");
        vm.pairBProperty().set("hybrid");
        assertTrue(vm.breakEvenTextProperty().get().startsWith("Hybrid pays off against All on the API"));
    }

    @Test
    void twoPlansDearerFromTheFirstMonthAreSaidDearerThroughoutNotNoDearerAtTheStart() {
        // both plans are at zero before month 1, so the rule finds month 0 and a crossing at 0 where A turns dearer
        PlanBreakEven be = new PlanBreakEven("hybrid", "all-api",
                new BreakEven(0, 0, List.of(new BreakEven.Crossing(0, false))), new Scale(0, Double.NaN));
        ResultsViewModel vm = results(EvaluationFixtures.evaluation(P, List.of(allApi(List.of()), hybrid(oneFleet())),
                List.of(be)));
        assertEquals("Hybrid is dearer than All on the API throughout. At steady volumes it is no dearer only at "
                + "volumes near zero.", vm.breakEvenTextProperty().get());
    }

    @Test
    void aNewerEditWinsOverAnOlderEvaluationStillRunning() {
        List<Runnable> queued = new ArrayList<>();
        SimpleObjectProperty<Portfolio> portfolio = new SimpleObjectProperty<>(P);
        PortfolioEvaluation first = EvaluationFixtures.evaluation(P, List.of(allApi(List.of())), List.of());
        PortfolioEvaluation second = EvaluationFixtures.evaluation(P, List.of(allApi(List.of()), hybrid(oneFleet())), List.of());
        List<String> evaluated = new ArrayList<>();
        ResultsViewModel vm = new ResultsViewModel(portfolio, p -> {
            evaluated.add(p.name());
            return p.name().equals("renamed") ? second : first;
        }, queued::add, Runnable::run);
        portfolio.set(PortfolioEdits.withName(P, "renamed"));
        // two evaluations queued; the first is stale by the time it runs and skips its work
        new ArrayList<>(queued).forEach(Runnable::run);
        assertEquals(List.of("renamed"), evaluated);
        assertEquals(2, vm.evaluationProperty().get().plans().size());
    }
}
