package com.tcostudio.report;

import com.tcostudio.core.engine.PortfolioEngine;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.Currency;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.io.scenario.ScenarioFiles;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The example portfolio of docs/examples (three use cases, a shared fleet, a spillover) and its variants. */
final class PortfolioFixtures {
    static final String FILE = "uae-three-use-cases.json";

    private PortfolioFixtures() {
    }

    static Portfolio example() throws Exception {
        try (InputStream in = PortfolioFixtures.class.getResourceAsStream("/portfolio/" + FILE)) {
            return new ScenarioFiles(CatalogueLookup.NONE).read(in.readAllBytes(), FILE).portfolio();
        }
    }

    /** The example over another horizon and in another currency (the file's figures read in that currency). */
    static Portfolio example(int months, Currency currency) throws Exception {
        Portfolio p = example();
        return new Portfolio(p.name(), months, currency, p.finance(), p.workloads(), p.apis(), p.deployments(), p.plans(),
                p.uncertainty());
    }

    /** The example with a fourth plan that sends the UAE-only support chat to Claude Sonnet (processed in the US). */
    static Portfolio withResidencyBreach() throws Exception {
        Portfolio p = example();
        List<Plan> plans = new ArrayList<>(p.plans());
        plans.add(new Plan("sonnet-all", "Everything on Sonnet", List.of(Route.all("support", "sonnet"),
                Route.all("coding", "sonnet"), Route.all("documents", "uae-api"))));
        return p.withPlans(plans);
    }

    static PortfolioEvaluation evaluate(Portfolio p) {
        return PortfolioEngine.DEFAULT.evaluate(p);
    }
}
