package com.tcostudio.ui.portfolio;

import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.portfolio.Api;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Fields;
import com.tcostudio.core.portfolio.Latency;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.core.portfolio.Workload;
import com.tcostudio.support.TestScenarios;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small portfolio with round numbers: a support chat that must stay in the UAE and a coding
 * assistant; one API (Claude Sonnet, processes in the US) and one rented deployment in the UAE; two
 * plans ("All on the API" and "Hybrid": support chat self-hosted).
 */
final class PortfolioFixtures {
    static final Scenario QUIET = TestScenarios.quiet()
            .set(Input.INPUT_TOKENS_PER_MONTH, 1e9)
            .set(Input.OUTPUT_TOKENS_PER_MONTH, 2e8)
            .set(Input.INPUT_PER_MTOK, 3)
            .set(Input.OUTPUT_PER_MTOK, 15)
            .set(Input.GPU_HOURLY, 2)
            .build();

    private PortfolioFixtures() {
    }

    static Fields fields(Set<Input> inputs) {
        Fields f = Fields.empty();
        for (Input i : inputs) {
            f = f.with(i, QUIET.get(i));
        }
        return f;
    }

    static Workload support() {
        return new Workload("support", "Support chat", fields(Workload.INPUTS), List.of("AE"), 60, new Latency(30, 2));
    }

    static Workload coding() {
        return new Workload("coding", "Coding assistant", fields(Workload.INPUTS), null, Double.NaN, Latency.NONE);
    }

    static Api sonnet() {
        return new Api("sonnet", "Claude Sonnet", fields(Api.INPUTS), null, List.of("US"), 70, null, null);
    }

    static Api mini() {
        return new Api("mini", "GPT mini", fields(Api.INPUTS), null, List.of("US", "EU"), 50, null, null);
    }

    static Deployment gptOss() {
        return new Deployment("gpt-oss", "gpt-oss-120b on rented H100", fields(Deployment.inputs(HostingMode.RENT)),
                HostingMode.RENT, false, false, null, null, List.of(), List.of("AE"), 61, Map.of());
    }

    static Portfolio twoByTwo() {
        return new Portfolio("Two use cases", 12, Currency.USD, fields(Portfolio.FINANCE_INPUTS),
                List.of(support(), coding()), List.of(sonnet()), List.of(gptOss()),
                List.of(new Plan("all-api", "All on the API", List.of(Route.all("support", "sonnet"), Route.all("coding", "sonnet"))),
                        new Plan("hybrid", "Hybrid", List.of(Route.all("support", "gpt-oss"), Route.all("coding", "sonnet")))),
                Map.of());
    }

    static PortfolioViewModel document(Portfolio p) {
        return new PortfolioViewModel(p, f -> {
            throw new java.io.IOException("no files in this test");
        }, (x, f) -> {
        });
    }
}
