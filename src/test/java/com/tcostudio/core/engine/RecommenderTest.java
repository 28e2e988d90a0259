package com.tcostudio.core.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.portfolio.Api;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.core.portfolio.Workload;
import com.tcostudio.io.scenario.ScenarioFiles;
import com.tcostudio.support.RandomPortfolios;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

import static com.tcostudio.support.TestPortfolios.apiFields;
import static com.tcostudio.support.TestPortfolios.plan;
import static com.tcostudio.support.TestPortfolios.portfolio;
import static com.tcostudio.support.TestPortfolios.rentFields;
import static com.tcostudio.support.TestPortfolios.workload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** recommend (METHODOLOGY-V2): hand-computed assignments, the tie rule, the heuristic, and the Python reference. */
class RecommenderTest {
    /** Hand arithmetic with decimal fractions: money to a millionth. */
    private static final double EPS = 1e-6;
    /** Relative, as the golden comparison. */
    private static final double REFERENCE_TOLERANCE = 1e-9;

    private static Api regional(String id, double price, double fee, List<String> regions) {
        return new Api(id, "API " + id, apiFields(price, 0).with(com.tcostudio.core.model.Input.PLATFORM_FEE_PER_MONTH, fee),
                null, regions, Double.NaN, null, null);
    }

    private static List<String> routes(RecommendedPlan p) {
        return p.routes().stream().map(r -> r.workload() + ">" + r.to() + (r.hasOverflow() ? "+" + r.overflow() : ""))
                .toList();
    }

    @Test
    void everyAssignmentIsCostedAndTheFeasibleOnesComeCheapestFirst() {
        // One month. chat: 1e6 input tokens, must stay in AE; docs: 2e6 input tokens, anywhere.
        // us: 1 per MTok, US; ae: 3 per MTok and a platform fee of 10, AE; fleet: a sized fleet in AE,
        // one replica (1 GPU at 0.01 an hour = 7.3 a month) holds both workloads (3e6 tokens need
        // 3e6 / (2,628,000 s * 10,000 tokens/s) = 1.1e-4 replicas), so pooling both costs what one costs.
        // Candidates us, ae, fleet: 3^2 = 9 assignments; chat on us breaks residency (3 of them).
        //   fleet, fleet: 7.3                      fleet, us: 7.3 + 2 = 9.3
        //   ae, us: 10 + 3 + 2 = 15                ae, ae: 10 + 3 + 6 = 19
        //   ae, fleet: 13 + 7.3 = 20.3             fleet, ae: 7.3 + 10 + 6 = 23.3
        Workload chat = new Workload("chat", "Chat", com.tcostudio.support.TestPortfolios.workloadFields(1e6, 0, 1),
                List.of("AE"), Double.NaN, com.tcostudio.core.portfolio.Latency.NONE);
        Workload docs = workload("docs", 2e6, 0, 1);
        Deployment fleet = new Deployment("fleet", "Fleet", rentFields(0.01), HostingMode.RENT, false, false, null, null,
                List.of(), List.of("AE"), Double.NaN, Map.of());
        Portfolio p = portfolio(1, List.of(chat, docs), List.of(regional("us", 1, 0, List.of("US")),
                regional("ae", 3, 10, List.of("AE"))), List.of(fleet),
                plan("x", Route.all("chat", "ae"), Route.all("docs", "ae")));
        Recommendation r = Recommender.recommend(p, 10);
        assertTrue(r.exhaustive());
        assertEquals(9, r.assignments());
        assertEquals(6, r.feasible());
        double[] tcos = r.plans().stream().mapToDouble(RecommendedPlan::tco).toArray();
        double[] expected = {7.3, 9.3, 15, 19, 20.3, 23.3};
        assertEquals(expected.length, tcos.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], tcos[i], EPS, "plan " + i);
        }
        assertEquals(List.of("chat>fleet", "docs>fleet"), routes(r.plans().get(0)));
        assertEquals(List.of("chat>fleet", "docs>us"), routes(r.plans().get(1)));
        assertEquals(List.of("chat>ae", "docs>us"), routes(r.plans().get(2)));
        // no discounting in the test finance: NPV = TCO
        assertEquals(7.3, r.plans().get(0).npv(), EPS);
        assertEquals(2, Recommender.recommend(p, 2).plans().size());
    }

    @Test
    void equalCostsGoToTheEarlierAssignment() {
        // two APIs at the same price: the workload on either costs 1; the one first in the file wins
        Workload w = workload("w", 1e6, 0, 1);
        Portfolio ab = portfolio(1, List.of(w), List.of(regional("a", 1, 0, null), regional("b", 1, 0, null)), List.of(),
                plan("x", Route.all("w", "a")));
        assertEquals(List.of("w>a"), routes(Recommender.recommend(ab, 1).plans().get(0)));
        Portfolio ba = portfolio(1, List.of(w), List.of(regional("b", 1, 0, null), regional("a", 1, 0, null)), List.of(),
                plan("x", Route.all("w", "a")));
        assertEquals(List.of("w>b"), routes(Recommender.recommend(ba, 1).plans().get(0)));
    }

    @Test
    void beyondTheLimitALocalSearchFindsTheCheapestAndSaysItIsNotExhaustive() {
        // 17 workloads of 1e6 tokens, APIs cheap (1 per MTok) and dear (2 per MTok): 2^17 = 131,072
        // assignments > 100,000. Best: all on cheap, 17; next: one on dear, 18.
        List<Workload> ws = IntStream.range(0, 17).mapToObj(i -> workload("w" + i, 1e6, 0, 1)).toList();
        List<Route> all = ws.stream().map(w -> Route.all(w.id(), "dear")).toList();
        Portfolio p = new Portfolio("many", 1, com.tcostudio.core.model.Currency.USD,
                com.tcostudio.support.TestPortfolios.finance(), ws,
                List.of(regional("dear", 2, 0, null), regional("cheap", 1, 0, null)), List.of(),
                List.of(new com.tcostudio.core.portfolio.Plan("x", "x", all)), Map.of());
        Recommendation r = Recommender.recommend(p, 2);
        assertFalse(r.exhaustive());
        assertTrue(r.assignments() > 0 && r.assignments() <= Recommender.HEURISTIC_BUDGET);
        assertEquals(17, r.plans().get(0).tco(), EPS);
        assertTrue(r.plans().get(0).routes().stream().allMatch(x -> x.to().equals("cheap")));
        assertEquals(18, r.plans().get(1).tco(), EPS);
    }

    @Test
    void aCancelledSearchStops() {
        Portfolio p = portfolio(1, List.of(workload("w", 1e6, 0, 1)), List.of(regional("a", 1, 0, null)), List.of(),
                plan("x", Route.all("w", "a")));
        Recommender.Monitor cancel = new Recommender.Monitor() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class, () -> Recommender.recommend(p, 1, cancel));
    }

    @Test
    void progressReachesTheTotal() {
        Portfolio p = portfolio(1, List.of(workload("w", 1e6, 0, 1)), List.of(regional("a", 1, 0, null)), List.of(),
                plan("x", Route.all("w", "a")));
        long[] last = {-1, -1};
        Recommender.recommend(p, 1, new Recommender.Monitor() {
            @Override
            public void progress(long done, long total) {
                last[0] = done;
                last[1] = total;
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertEquals(1, last[0]);
        assertEquals(1, last[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"p101", "p111", "p131", "p157", "p158"})
    void theReferenceRecommendsTheSame(String name) throws Exception {
        Portfolio p = new ScenarioFiles(CatalogueLookup.NONE).read(bytes(name + ".json"), name + ".json").portfolio();
        JsonNode expected = new ObjectMapper().readTree(bytes(name + ".recommend.json"));
        Recommendation r = Recommender.recommend(p, 5);
        assertEquals(expected.get("exhaustive").asBoolean(), r.exhaustive());
        assertEquals(expected.get("assignments").asLong(), r.assignments());
        assertEquals(expected.get("feasible").asLong(), r.feasible());
        assertEquals(expected.get("plans").size(), r.plans().size());
        for (int i = 0; i < r.plans().size(); i++) {
            JsonNode e = expected.get("plans").get(i);
            RecommendedPlan got = r.plans().get(i);
            assertEquals(e.get("tco").asDouble(), got.tco(), REFERENCE_TOLERANCE * Math.max(1, Math.abs(got.tco())));
            assertEquals(e.get("npv").asDouble(), got.npv(), REFERENCE_TOLERANCE * Math.max(1, Math.abs(got.npv())));
            List<String> want = new ArrayList<>();
            for (JsonNode route : e.get("routes")) {
                want.add(route.get("workload").asText() + ">" + route.get("to").asText()
                        + (route.has("overflow") ? "+" + route.get("overflow").asText() : ""));
            }
            assertEquals(want, routes(got), name + " plan " + i);
        }
    }

    @Property(tries = 30)
    void eachRecommendedPlanCostsWhatEvaluateGivesAndTheyComeInOrder(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        Portfolio random = RandomPortfolios.portfolio(seed);
        Recommendation r = Recommender.recommend(random, 3);
        double previous = Double.NEGATIVE_INFINITY;
        for (RecommendedPlan rp : r.plans()) {
            Portfolio asPlan = new Portfolio(random.name(), random.horizonMonths(), random.currency(), random.finance(),
                    random.workloads(), random.apis(), random.deployments(),
                    List.of(new com.tcostudio.core.portfolio.Plan("best", "best", rp.routes())), Map.of());
            PlanResult evaluated = PortfolioEngine.DEFAULT.evaluate(asPlan).plans().get(0);
            assertTrue(evaluated.violations().isEmpty(), "a recommended plan is feasible");
            assertEquals(evaluated.tco(), rp.tco(), REFERENCE_TOLERANCE * Math.max(1, Math.abs(rp.tco())));
            assertTrue(rp.tco() >= previous - REFERENCE_TOLERANCE * Math.max(1, Math.abs(rp.tco())), "cheapest first");
            previous = rp.tco();
        }
        assertTrue(r.feasible() <= r.assignments());
    }

    private static byte[] bytes(String file) throws Exception {
        try (InputStream in = RecommenderTest.class.getResourceAsStream("/golden-v2/" + file)) {
            assertTrue(in != null, "missing test resource golden-v2/" + file);
            return in.readAllBytes();
        }
    }
}
