package com.tcostudio.ui.portfolio;

import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.portfolio.Api;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.ui.util.LatestWins;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The contract's {@code recommend} search, for the app until the engine's own recommender is merged
 * (branch engine-v2): every assignment of each use case wholly to one candidate (each API, each
 * sized deployment, each fixed fleet with each API without committed capacity as its overflow),
 * costed by the engine as a one-plan portfolio, the feasible ones kept, cheapest first (ties: the
 * earlier assignment). Stops when the job goes stale; beyond {@link #LIMIT} assignments it refuses
 * rather than search part of them.
 */
final class StopgapSearch implements RecommendViewModel.Search {
    static final long LIMIT = 100_000;
    /** How many plans it keeps, as {@code recommend}'s default {@code --top}. */
    static final int TOP = 5;

    private final Function<Portfolio, PortfolioEvaluation> engine;

    StopgapSearch(Function<Portfolio, PortfolioEvaluation> engine) {
        this.engine = engine;
    }

    @Override
    public Recommendation run(Portfolio p, LatestWins.Job job) {
        List<Route> candidates = new ArrayList<>();
        for (Api a : p.apis()) {
            candidates.add(new Route("-", a.id(), 1.0, null));
        }
        for (Deployment d : p.deployments()) {
            if (!d.isFixed()) {
                candidates.add(new Route("-", d.id(), 1.0, null));
            }
        }
        for (Deployment d : p.deployments()) {
            if (d.isFixed()) {
                for (Api a : p.apis()) {
                    if (a.committed() == null) {
                        candidates.add(new Route("-", d.id(), 1.0, a.id()));
                    }
                }
            }
        }
        int n = p.workloads().size();
        int k = candidates.size();
        double total = Math.pow(k, n);
        if (k == 0 || total > LIMIT) {
            throw new IllegalStateException(k == 0 ? "the portfolio has no options to try"
                    : "there are " + Math.round(total) + " assignments, more than the " + LIMIT + " tried in the app");
        }
        int[] pick = new int[n];
        List<Recommendation.Candidate> found = new ArrayList<>();
        long tried = 0;
        long feasible = 0;
        do {
            job.stopIfStale();
            List<Route> routes = new ArrayList<>();
            for (int w = 0; w < n; w++) {
                Route c = candidates.get(pick[w]);
                routes.add(new Route(p.workloads().get(w).id(), c.to(), 1.0, c.overflow()));
            }
            // ranges go first: those on the file's plans name routes the candidate does not have
            PlanResult r = engine.apply(p.withUncertainty(java.util.Map.of())
                    .withPlans(List.of(new Plan("candidate", "Candidate", routes)))).plans().get(0);
            tried++;
            if (r.feasible()) {
                feasible++;
                found.add(new Recommendation.Candidate(r.tco(), r.npv(), routes));
                // stable sort keeps the earlier assignment first on ties
                found.sort(Comparator.comparingDouble(Recommendation.Candidate::tco));
                if (found.size() > TOP) {
                    found.remove(found.size() - 1);
                }
            }
            if (tried % 64 == 0) {
                job.progress(tried / total);
            }
        } while (next(pick, k));
        return new Recommendation(true, tried, feasible, found);
    }

    /** The next assignment, the last use case's choice turning fastest; false after the last. */
    private static boolean next(int[] pick, int k) {
        for (int w = pick.length - 1; w >= 0; w--) {
            if (++pick[w] < k) {
                return true;
            }
            pick[w] = 0;
        }
        return false;
    }
}
