package com.tcostudio.ui.portfolio;

import com.tcostudio.core.engine.Recommendation;
import com.tcostudio.core.engine.RecommendedPlan;

import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.ui.util.LatestWins;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecommendViewModelTest {
    private static final List<Route> BEST = List.of(Route.all("support", "gpt-oss"), Route.all("coding", "sonnet"));
    private final PortfolioViewModel doc = PortfolioFixtures.document(PortfolioFixtures.twoByTwo());
    private final RouteMatrixViewModel matrix = new RouteMatrixViewModel(doc);
    private final List<Runnable> background = new ArrayList<>();
    private final List<String> searched = new ArrayList<>();
    private final List<Boolean> sawStale = new ArrayList<>();

    /** A search that reports half-way progress, notes whether it was stale, and finds BEST. */
    private Recommendation search(Portfolio p, LatestWins.Job job) {
        searched.add(p.name());
        job.progress(0.5);
        sawStale.add(job.stale());
        return new Recommendation(true, 4, 2, List.of(new RecommendedPlan(9_000, 8_500, BEST)));
    }

    private final RecommendViewModel vm = new RecommendViewModel(doc, matrix, this::search, background::add, Runnable::run);

    private void runBackground() {
        List<Runnable> now = new ArrayList<>(background);
        background.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void runsOffTheFxThreadShowsProgressAndAdoptsTheCheapestAsANewPlan() {
        vm.run();
        assertEquals(RecommendViewModel.Status.RUNNING, vm.statusProperty().get());
        assertTrue(searched.isEmpty());
        runBackground();
        assertEquals(RecommendViewModel.Status.DONE, vm.statusProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        assertEquals("Tried 4 assignments (all of them), 2 feasible. Cheapest: TCO USD 9,000.", vm.messageProperty().get());
        assertTrue(vm.adopt());
        assertEquals(3, doc.portfolio().plans().size());
        assertEquals(RecommendViewModel.ADOPTED_NAME, doc.portfolio().plans().get(2).name());
        assertEquals(BEST, doc.portfolio().plans().get(2).routes());
    }

    @Test
    void cancelDropsTheRunningSearch() {
        vm.run();
        vm.cancel();
        assertEquals(RecommendViewModel.Status.CANCELLED, vm.statusProperty().get());
        runBackground();
        // the stale job skipped its work: nothing searched, nothing to adopt
        assertTrue(searched.isEmpty());
        assertNull(vm.resultProperty().get());
        assertFalse(vm.adopt());
        assertEquals(2, doc.portfolio().plans().size());
    }

    @Test
    void anEditWhileItRunsSupersedesTheSearchWithOneOnTheEditedPortfolio() {
        vm.run();
        doc.edit(() -> PortfolioEdits.withName(doc.portfolio(), "edited"), null);
        runBackground();
        assertEquals(List.of("edited"), searched);
        assertEquals(List.of(false), sawStale);
        assertEquals(RecommendViewModel.Status.DONE, vm.statusProperty().get());
    }

    @Test
    void anEditAfterItFinishedWithdrawsTheResult() {
        vm.run();
        runBackground();
        doc.edit(() -> PortfolioEdits.withName(doc.portfolio(), "edited"), null);
        assertNull(vm.resultProperty().get());
        assertEquals("The portfolio changed: run Recommend again for a plan that fits it.", vm.messageProperty().get());
    }
}
