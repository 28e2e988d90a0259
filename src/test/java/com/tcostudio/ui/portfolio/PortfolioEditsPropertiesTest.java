package com.tcostudio.ui.portfolio;

import com.tcostudio.core.portfolio.Ids;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.core.portfolio.Workload;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever a user does on the use-case, option and plan screens, in any order, the portfolio stays
 * one in which every plan serves every use case wholly through options that exist.
 */
class PortfolioEditsPropertiesTest {
    /** Shares of one use case in a plan add up to 1 within this (the portfolio's own rule). */
    private static final double SHARE_SUM = Portfolio.SHARE_SUM_TOLERANCE;

    @Provide
    Arbitrary<List<Integer>> actions() {
        return Arbitraries.integers().between(0, 10_000).list().ofMaxSize(40);
    }

    @Property(tries = 100)
    void everyPlanServesEveryUseCaseWhollyThroughOptionsThatExist(@ForAll("actions") List<Integer> actions) {
        PortfolioViewModel doc = PortfolioFixtures.document(PortfolioFixtures.twoByTwo());
        UseCasesViewModel useCases = new UseCasesViewModel(doc);
        OptionsViewModel options = new OptionsViewModel(doc, (slot, id) -> java.util.Optional.empty());
        RouteMatrixViewModel matrix = new RouteMatrixViewModel(doc);
        for (int a : actions) {
            Portfolio p = doc.portfolio();
            String w = p.workloads().get(a % p.workloads().size()).id();
            String plan = p.plans().get(a % p.plans().size()).id();
            List<String> targets = matrix.targets().stream().map(TargetChoice::id).toList();
            String t = targets.get(a % targets.size());
            switch (a % 11) {
                case 0 -> useCases.add();
                case 1 -> useCases.duplicate(w);
                case 2 -> useCases.remove(w);
                case 3 -> options.addApi();
                case 4 -> options.addDeployment();
                case 5 -> options.remove(t);
                case 6 -> matrix.split(plan, w);
                case 7 -> matrix.setShare(plan, w, 0, String.valueOf((a % 7) / 6.0));
                case 8 -> matrix.removeRoute(plan, w, 0);
                case 9 -> matrix.setTarget(plan, w, 0, t);
                default -> matrix.copyPlan(plan);
            }
            check(doc.portfolio());
        }
    }

    private static void check(Portfolio p) {
        Set<String> targets = PortfolioEdits.targetIds(p);
        for (Plan plan : p.plans()) {
            for (Workload w : p.workloads()) {
                double sum = 0;
                int rest = 0;
                for (Route r : plan.routes()) {
                    if (r.workload().equals(w.id())) {
                        if (r.hasShare()) {
                            sum += r.share();
                        } else {
                            rest++;
                        }
                    }
                }
                assertTrue(rest <= 1);
                if (rest == 0) {
                    assertEquals(1, sum, SHARE_SUM);
                }
            }
            for (Route r : plan.routes()) {
                assertTrue(p.workload(r.workload()).isPresent());
                assertTrue(targets.contains(r.to()));
            }
        }
    }

    @Property
    void aFreshIdIsValidAndNotTaken(@ForAll @Size(max = 60) String name, @ForAll @Size(max = 5) List<@Size(max = 12) String> taken) {
        Set<String> t = new HashSet<>(taken);
        String id = PortfolioEdits.freshId(name, t);
        assertTrue(Ids.isValid(id), id);
        assertTrue(!t.contains(id));
    }
}
