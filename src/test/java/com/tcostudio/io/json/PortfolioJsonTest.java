package com.tcostudio.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tcostudio.core.engine.BreakEven;
import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.DeploymentResult;
import com.tcostudio.core.engine.PlanBreakEven;
import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.engine.Scale;
import com.tcostudio.core.engine.UsedOperatingPoint;
import com.tcostudio.core.engine.Violation;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.io.scenario.PortfolioReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shape of the v2 output, on an evaluation built by hand (two months, two plans): the writer
 * only copies the breakdown, so hand-set numbers must come out as they went in.
 */
class PortfolioJsonTest {
    private static final double TOL = 0;

    private static PortfolioEvaluation evaluation() throws Exception {
        String file = Files.readString(Path.of("src/test/resources/scenarios/valid-v2/portfolio.json"))
                .replace("\"horizonMonths\": 24", "\"horizonMonths\": 2");
        Portfolio portfolio = new PortfolioReader(CatalogueLookup.NONE).read(file.getBytes(StandardCharsets.UTF_8), "two-months");
        List<PlanResult> plans = new ArrayList<>();
        plans.add(plan("all-api", "All on API A", new double[]{100, 110}, Map.of(), List.of(), List.of()));
        Map<String, DeploymentResult> fleets = new LinkedHashMap<>();
        fleets.put("sized", new DeploymentResult("sized", new double[]{2, 2.5}, new double[]{2, 2.5},
                new double[]{0.4, 0.5}, new double[]{30, 25}, new UsedOperatingPoint(30, 35000, 3200)));
        fleets.put("fixed", new DeploymentResult("fixed", new double[]{2, 2}, new double[]{4, 4},
                new double[]{0.7, 0.7}, new double[]{10, 10}, new UsedOperatingPoint(Double.NaN, 20000, 2500)));
        plans.add(plan("mixed", "Mixed", new double[]{90, 80}, fleets,
                List.of(new Violation("chat", "api-b", Violation.RESIDENCY, "Chat must stay in AE; API B processes anywhere")),
                List.of(new Violation("batch", "fixed", Violation.LATENCY_UNCHECKED, "no operating points"))));
        plans.add(plan("owned", "Owned", new double[]{300, 10}, Map.of(), List.of(), List.of()));
        BreakEven be = new BreakEven(1.5, Double.NaN, List.of(new BreakEven.Crossing(1.5, true)));
        List<PlanBreakEven> pairs = List.of(
                new PlanBreakEven("mixed", "all-api", be, new Scale(0.5, Double.NaN)),
                new PlanBreakEven("owned", "all-api", new BreakEven(Double.NaN, Double.NaN, List.of()), new Scale(Double.NaN, Double.NaN)),
                new PlanBreakEven("owned", "mixed", new BreakEven(Double.NaN, Double.NaN, List.of()), new Scale(Double.NaN, Double.NaN)));
        return new PortfolioEvaluation(portfolio, plans, pairs, new double[]{3e9, 3e9}, new double[]{0, 0});
    }

    private static PlanResult plan(String id, String name, double[] total, Map<String, DeploymentResult> fleets,
                                   List<Violation> violations, List<Violation> warnings) {
        Map<Category, double[]> categories = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            categories.put(c, new double[2]);
        }
        categories.put(Category.API_USAGE, total.clone());
        double[] cumulative = {total[0], total[0] + total[1]};
        Map<String, double[]> byWorkload = new LinkedHashMap<>();
        // chat pays 60% and batch 40% of each month (hand-set, they sum to the total)
        byWorkload.put("chat", new double[]{total[0] * 0.6, total[1] * 0.6});
        byWorkload.put("batch", new double[]{total[0] * 0.4, total[1] * 0.4});
        return new PlanResult(id, name, categories, total, cumulative, total.clone(), new double[]{Double.NaN, 1.5},
                cumulative[1], cumulative[1], new double[]{0, 0}, new double[]{0, 0}, fleets, byWorkload, violations, warnings);
    }

    @Test
    void keysComeInTheContractsOrderAndPlansInTheFilesOrder() throws Exception {
        JsonNode json = new ObjectMapper().readTree(PortfolioJson.toJson(evaluation()));
        assertEquals(List.of("schemaVersion", "scenario", "currency", "months", "plans", "breakEven"), names(json));
        assertEquals(2, json.get("schemaVersion").asInt());
        assertEquals(List.of("all-api", "mixed", "owned"), names(json.get("plans")));
        JsonNode mixed = json.get("plans").get("mixed");
        assertEquals(List.of("name", "total", "cumulative", "discounted", "costPerMTok", "tco", "npv", "categories", "gpus",
                "idleCapacity", "deployments", "byWorkload", "feasible", "violations", "warnings"), names(mixed));
        assertEquals(Category.values().length, mixed.get("categories").size());
        assertEquals(List.of("sized", "fixed"), names(mixed.get("deployments")));
        assertEquals(List.of("replicas", "gpus", "utilization", "idleCapacity", "operatingPoint"),
                names(mixed.get("deployments").get("sized")));
        assertEquals(List.of("chat", "batch"), names(mixed.get("byWorkload")));
    }

    @Test
    void numbersComeOutAsTheyWentInWithNullForNaN() throws Exception {
        JsonNode json = new ObjectMapper().readTree(PortfolioJson.toJson(evaluation()));
        JsonNode mixed = json.get("plans").get("mixed");
        assertEquals(80, mixed.get("total").get(1).asDouble(), TOL);
        // cumulative: 90 + 80 = 170
        assertEquals(170, mixed.get("tco").asDouble(), TOL);
        assertTrue(mixed.get("costPerMTok").get(0).isNull());
        assertEquals(2.5, mixed.get("deployments").get("sized").get("replicas").get(1).asDouble(), TOL);
        assertTrue(mixed.get("deployments").get("fixed").get("operatingPoint").get("outputTokensPerSecondPerUser").isNull());
        assertEquals(2500, mixed.get("deployments").get("fixed").get("operatingPoint").get("decodeTokensPerSecond").asDouble(), TOL);
        // chat's 60% of month 1: 0.6 * 90 = 54
        assertEquals(54, mixed.get("byWorkload").get("chat").get(0).asDouble(), 1e-12);
        assertFalse(mixed.get("feasible").asBoolean());
        JsonNode v = mixed.get("violations").get(0);
        assertEquals(List.of("workload", "target", "rule", "message"), names(v));
        assertEquals("residency", v.get("rule").asText());
        assertEquals("latency-unchecked", mixed.get("warnings").get(0).get("rule").asText());
        assertTrue(json.get("plans").get("all-api").get("feasible").asBoolean());
    }

    @Test
    void everyPairOfPlansHasItsBreakEvenAndScale() throws Exception {
        JsonNode list = new ObjectMapper().readTree(PortfolioJson.toJson(evaluation())).get("breakEven");
        assertEquals(3, list.size());
        JsonNode first = list.get(0);
        assertEquals(List.of("a", "b", "month", "discountedMonth", "crossings", "scale"), names(first));
        assertEquals("mixed", first.get("a").asText());
        assertEquals("all-api", first.get("b").asText());
        assertEquals(1.5, first.get("month").asDouble(), TOL);
        assertTrue(first.get("discountedMonth").isNull());
        assertTrue(first.get("crossings").get(0).get("aCheaper").asBoolean());
        assertEquals(0.5, first.get("scale").get("first").asDouble(), TOL);
        assertTrue(first.get("scale").get("sustained").isNull());
        assertTrue(list.get(2).get("month").isNull());
    }

    @Test
    void csvHasOneRowPerPlanAndMonthAndByWorkloadOnePerPlanWorkloadAndMonth() throws Exception {
        PortfolioEvaluation e = evaluation();
        String[] lines = PortfolioCsv.toCsv(e).split("\n");
        assertEquals(1 + 3 * 2, lines.length);
        assertTrue(lines[0].startsWith("plan,month,inputTokens,outputTokens,apiUsage,"), lines[0]);
        assertTrue(lines[0].endsWith(",total,cumulative,discounted,costPerMTok,gpus,idleCapacity,feasible,currency"), lines[0]);
        assertTrue(lines[3].startsWith("mixed,1,3.0E9,0.0,90.0,"), lines[3]);
        assertTrue(lines[3].endsWith(",false,USD"), lines[3]);
        String[] byWorkload = PortfolioCsv.toCsvByWorkload(e).split("\n");
        assertEquals("plan,workload,month,cost,planTotal,currency", byWorkload[0]);
        assertEquals(1 + 3 * 2 * 2, byWorkload.length);
        // all-api, chat, month 2: 0.6 * 110 = 66
        assertEquals("all-api,chat,2,66.0,110.0,USD", byWorkload[2]);
    }

    private static List<String> names(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
