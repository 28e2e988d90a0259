package com.tcostudio.ui.portfolio;

import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Route;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteMatrixViewModelTest {
    private final PortfolioViewModel doc = PortfolioFixtures.document(PortfolioFixtures.twoByTwo());
    private final RouteMatrixViewModel vm = new RouteMatrixViewModel(doc);

    private List<Route> routes(String plan) {
        return doc.portfolio().plan(plan).orElseThrow().routes();
    }

    @Test
    void showsUseCasesDownPlansAcrossAndOneRouteInEachCell() {
        assertEquals(List.of(new RouteMatrixViewModel.Column("all-api", "All on the API"),
                new RouteMatrixViewModel.Column("hybrid", "Hybrid")), vm.columns());
        assertEquals(List.of("support", "coding"), vm.rows().stream().map(RouteMatrixViewModel.Row::id).toList());
        assertEquals(List.of(new RouteEntry(0, "gpt-oss", "1", null, false)), vm.cell("hybrid", "support").routes());
        assertEquals(List.of("sonnet", "gpt-oss"), vm.targets().stream().map(TargetChoice::id).toList());
    }

    @Test
    void splittingGivesHalfToAnotherOptionAndTheFirstTakesTheRest() {
        vm.split("all-api", "support");
        // the first route takes the rest (1 - 0.5 = 0.5), the new one goes to the next option
        assertEquals(List.of(new Route("support", "sonnet", Double.NaN, null), Route.all("coding", "sonnet"),
                new Route("support", "gpt-oss", 0.5, null)), routes("all-api"));
        assertEquals(List.of(new RouteEntry(0, "sonnet", "", null, false), new RouteEntry(2, "gpt-oss", "0.5", null, false)),
                vm.cell("all-api", "support").routes());
        vm.setShare("all-api", "support", 1, "0.7");
        assertEquals(0.7, routes("all-api").get(2).share());
        assertEquals("", vm.cell("all-api", "support").errorProperty().get());
    }

    @Test
    void sharesThatDoNotAddUpToOneAreRefusedInWordsAndThePlanKeepsItsRoutes() {
        vm.split("hybrid", "coding");
        vm.setShare("hybrid", "coding", 0, "0.5");
        // both shares now explicit: 0.5 + 0.5 = 1, accepted
        assertEquals(0.5, routes("hybrid").get(1).share());
        List<Route> before = routes("hybrid");
        vm.setShare("hybrid", "coding", 1, "0.4");
        // 0.5 + 0.4 = 0.9: refused
        assertEquals("Shares of Coding assistant in plan \"Hybrid\" add up to 0.9; they must add up to 1 "
                + "(leave one empty to give it the rest)", vm.cell("hybrid", "coding").errorProperty().get());
        assertEquals(before, routes("hybrid"));
        vm.setShare("hybrid", "coding", 1, "1.2");
        assertEquals("Share must be a number from 0 to 1, such as 0.6 (was \"1.2\")", vm.cell("hybrid", "coding").errorProperty().get());
        vm.setShare("hybrid", "coding", 1, "");
        // the second route takes the rest: 1 - 0.5 = 0.5
        assertFalse(routes("hybrid").get(2).hasShare());
        assertEquals("", vm.cell("hybrid", "coding").errorProperty().get());
    }

    @Test
    void removingARouteOfASplitCellLeavesTheOtherTakingTheRest() {
        vm.split("hybrid", "coding");
        vm.removeRoute("hybrid", "coding", 0);
        // the route left had 0.5 of its own; alone, it must carry everything, so it takes the rest
        assertEquals(List.of(Route.all("support", "gpt-oss"), new Route("coding", "gpt-oss", Double.NaN, null)), routes("hybrid"));
        vm.removeRoute("hybrid", "coding", 0);
        assertEquals("A use case needs a route in every plan: pick another target instead",
                vm.cell("hybrid", "coding").errorProperty().get());
    }

    @Test
    void aFixedFleetTargetGetsAnOverflowApi() {
        Portfolio p = doc.portfolio();
        Portfolio withFleet = PortfolioEdits.withDeployments(p, List.of(p.deployments().get(0),
                p.deployments().get(0).asFixed("fleet", "Fixed fleet of 2", 2)));
        doc.edit(() -> withFleet, null);
        vm.setTarget("hybrid", "coding", 0, "fleet");
        assertEquals(new Route("coding", "fleet", 1.0, "sonnet"), routes("hybrid").get(1));
        assertEquals(new RouteEntry(1, "fleet", "1", "sonnet", true), vm.cell("hybrid", "coding").routes().get(0));
        vm.setTarget("hybrid", "coding", 0, "sonnet");
        assertEquals(Route.all("coding", "sonnet"), routes("hybrid").get(1));
    }

    @Test
    void plansAreAddedCopiedRenamedMovedAndRemoved() {
        vm.addPlan();
        assertEquals(new Plan("plan-3", "Plan 3", List.of(Route.all("support", "sonnet"), Route.all("coding", "sonnet"))),
                doc.portfolio().plans().get(2));
        vm.copyPlan("hybrid");
        assertEquals(List.of("all-api", "hybrid", "hybrid-copy", "plan-3"),
                vm.columns().stream().map(RouteMatrixViewModel.Column::id).toList());
        vm.renamePlan("hybrid-copy", "Hybrid, UAE fleet");
        assertEquals("Hybrid, UAE fleet", doc.portfolio().plan("hybrid-copy").orElseThrow().name());
        vm.renamePlan("hybrid-copy", "");
        assertEquals("Plan name must not be empty", vm.messageProperty().get());
        vm.movePlan("plan-3", -3);
        // already first: moving further left does nothing
        vm.movePlan("plan-3", -1);
        assertEquals("plan-3", doc.portfolio().plans().get(0).id());
        vm.movePlan("plan-3", 1);
        assertEquals(List.of("all-api", "plan-3", "hybrid", "hybrid-copy"),
                vm.columns().stream().map(RouteMatrixViewModel.Column::id).toList());
        vm.removePlan("plan-3");
        vm.removePlan("hybrid-copy");
        vm.removePlan("hybrid");
        vm.removePlan("all-api");
        assertEquals("\"All on the API\" is the only plan: a portfolio needs at least one", vm.messageProperty().get());
        assertEquals(1, vm.columns().size());
    }

    @Test
    void removingAnOptionSendsItsRoutesInEveryPlanToAnotherOption() {
        Portfolio p = doc.portfolio();
        doc.edit(() -> PortfolioEdits.withApis(p, List.of(p.apis().get(0), PortfolioFixtures.mini())), null);
        doc.edit(() -> PortfolioEdits.removeTarget(doc.portfolio(), "sonnet"), null);
        assertEquals(List.of(Route.all("support", "mini"), Route.all("coding", "mini")), routes("all-api"));
        assertEquals(List.of(Route.all("support", "gpt-oss"), Route.all("coding", "mini")), routes("hybrid"));
        assertEquals(List.of(new RouteEntry(1, "mini", "1", null, false)), vm.cell("hybrid", "coding").routes());
    }

    @Test
    void rangesOnSharesFollowTheirRoutesWhenAUseCaseGoes() {
        vm.split("hybrid", "coding");
        Distribution range = Distribution.uniform(0.3, 0.7);
        doc.edit(() -> doc.portfolio().withUncertainty(Map.of("plans.hybrid.routes.2.share", range)), null);
        doc.edit(() -> PortfolioEdits.removeWorkload(doc.portfolio(), "support"), null);
        // route 2 (coding to gpt-oss, 0.5) is now route 1
        assertEquals(Map.of("plans.hybrid.routes.1.share", range), doc.portfolio().uncertainty());
        assertTrue(doc.portfolio().realValuedPaths().containsKey("plans.hybrid.routes.1.share"));
    }
}
