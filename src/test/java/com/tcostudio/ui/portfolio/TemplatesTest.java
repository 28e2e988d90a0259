package com.tcostudio.ui.portfolio;

import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEngine;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.portfolio.Portfolio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every shipped template opens, has two or more use cases and plans, and is evaluated. */
class TemplatesTest {
    static List<Templates.Template> templates() {
        return Templates.ALL;
    }

    @ParameterizedTest
    @MethodSource("templates")
    void opensWithTwoOrMoreUseCasesAndPlans(Templates.Template t) {
        Portfolio p = new PortfolioFiles(CatalogueLookup.NONE).template(t);
        assertTrue(p.workloads().size() >= 2, t.resource());
        assertTrue(p.plans().size() >= 2, t.resource());
        PortfolioEvaluation e = PortfolioEngine.DEFAULT.evaluate(p);
        assertTrue(e.plans().stream().allMatch(r -> Double.isFinite(r.tco()) && r.tco() > 0), t.resource());
        if (Boolean.getBoolean("templates.print")) {
            System.out.println("== " + p.name());
            for (PlanResult r : e.plans()) {
                System.out.printf("  %-70s %,15.0f %s %s%n", r.name(), r.tco(), r.feasible() ? "ok" : "INFEASIBLE",
                        r.violations().stream().map(v -> v.message()).toList());
            }
            e.breakEvens().forEach(b -> System.out.println("  " + b.a() + " vs " + b.b() + ": month " + b.breakEven().month()
                    + ", scale " + b.scale()));
        }
    }
}
