package com.tcostudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code simulate}, {@code sensitivity} and {@code whatif} on portfolios, on the file
 * {@code scenarios/uncertain-v2/two-apis-flip.json}: one workload of 1e9 input tokens a month for
 * 12 months, API A at p per MTok with p uniform on [0, 10] (base 5), API B at 4. Plans:
 * on-a 12,000 p; on-b 48,000; half 6,000 p + 24,000. For p < 4 on-a is the cheapest, above 4 on-b;
 * half is never the cheapest (below 4 it is dearer than on-a, above 4 than on-b).
 */
class CliUncertaintyV2Test {
    private static final String FILE = "/scenarios/uncertain-v2/two-apis-flip.json";
    /** Four standard errors of a share near 0.5 in 10,000 samples: 4 * sqrt(0.25 / 10,000). */
    private static final double SHARE_BOUND = 0.02;
    private static final double MONEY = 1e-6;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TcoCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static Path copy(String resource, Path dir) throws Exception {
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = CliUncertaintyV2Test.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void simulatePrintsPerPlanSummariesAndTheProbabilities(@TempDir Path dir) throws Exception {
        Path file = copy(FILE, dir);
        assertEquals(0, run("simulate", file.toString(), "--seed", "4"), err.toString());
        JsonNode j = json();
        assertEquals(2, j.get("schemaVersion").asInt());
        assertEquals(10_000, j.get("samples").asInt());
        List<String> plans = new ArrayList<>();
        j.get("plans").fieldNames().forEachRemaining(plans::add);
        assertEquals(List.of("on-a", "on-b", "half"), plans);
        // on-a cheapest iff p < 4: 0.4; on-b 0.6; half never
        JsonNode cheapest = j.get("probabilityCheapest");
        assertEquals(0.4, cheapest.get("on-a").asDouble(), SHARE_BOUND);
        assertEquals(0.6, cheapest.get("on-b").asDouble(), SHARE_BOUND);
        assertEquals(0, cheapest.get("half").asDouble());
        // on-b and half are both cheaper than on-a exactly when p > 4
        JsonNode baseline = j.get("probabilityCheaperThanBaseline");
        assertFalse(baseline.has("on-a"));
        assertEquals(0.6, baseline.get("on-b").asDouble(), SHARE_BOUND);
        assertEquals(baseline.get("on-b").asDouble(), baseline.get("half").asDouble());
        // on-b has no range: 48,000 in every sample; its cumulative median 4,000 a month
        assertEquals(48_000, j.get("plans").get("on-b").get("tco").get("p90").asDouble(), MONEY);
        assertEquals(12, j.get("plans").get("on-b").get("cumulative").get("p50").size());
        assertEquals(4_000 * 7, j.get("plans").get("on-b").get("cumulative").get("p50").get(6).asDouble(), MONEY);
        // no one-time costs: both plans start at 0 and the rule counts A no dearer from the start (month 0)
        // whichever then runs dearer, so every sample breaks even at 0
        JsonNode be = j.get("breakEvenMonth").get("on-b");
        assertEquals(0, be.get("p90").asDouble());
        assertEquals(0, be.get("noneShare").asDouble());
        assertEquals(0, j.get("clippedShare").get("apis.a.inputPerMTok").asDouble());
        // the same seed gives the same output
        String first = out.toString();
        out.getBuffer().setLength(0);
        assertEquals(0, run("simulate", file.toString(), "--seed", "4"));
        assertEquals(first, out.toString());
    }

    @Test
    void simulateCsvPrintsOneRowPerPlanAndMonth(@TempDir Path dir) throws Exception {
        Path file = copy(FILE, dir);
        assertEquals(0, run("simulate", file.toString(), "--samples", "300", "--csv"), err.toString());
        String[] lines = out.toString().split("\n");
        assertEquals("month,plan,p10,p50,p90,mean", lines[0]);
        // 3 plans x 12 months
        assertEquals(1 + 36, lines.length);
        // on-b's month 3: 12,000 in every sample
        assertEquals("3,on-b,12000.0,12000.0,12000.0,12000.0", lines[1 + 12 + 2]);
    }

    @Test
    void sensitivityComparesTheSecondPlanWithTheFirstByDefault(@TempDir Path dir) throws Exception {
        Path file = copy(FILE, dir);
        assertEquals(0, run("sensitivity", file.toString()), err.toString());
        JsonNode j = json();
        assertEquals("on-b", j.get("plan").asText());
        assertEquals("on-a", j.get("against").asText());
        // 48,000 - 12,000 p: base p = 5 gives -12,000; p = 0 gives 48,000; p = 10 gives -72,000
        assertEquals(-12_000, j.get("baseDelta").asDouble(), MONEY);
        JsonNode bar = j.get("inputs").get(0);
        assertEquals("apis.a.inputPerMTok", bar.get("path").asText());
        assertEquals(48_000, bar.get("deltaAtLow").asDouble(), MONEY);
        assertEquals(-72_000, bar.get("deltaAtHigh").asDouble(), MONEY);
    }

    @Test
    void sensitivityOfAChosenPairAndItsCsv(@TempDir Path dir) throws Exception {
        Path file = copy(FILE, dir);
        assertEquals(0, run("sensitivity", file.toString(), "--plan", "half", "--against", "on-b"), err.toString());
        JsonNode j = json();
        // 6,000 p + 24,000 - 48,000: base 6,000, at 0 -24,000, at 10 36,000
        assertEquals(6_000, j.get("baseDelta").asDouble(), MONEY);
        assertEquals(-24_000, j.get("inputs").get(0).get("deltaAtLow").asDouble(), MONEY);
        assertEquals(36_000, j.get("inputs").get(0).get("deltaAtHigh").asDouble(), MONEY);
        out.getBuffer().setLength(0);
        assertEquals(0, run("sensitivity", file.toString(), "--plan", "half", "--against", "on-b", "--csv"));
        String[] lines = out.toString().split("\n");
        assertEquals("path,low,high,deltaAtLow,deltaAtHigh,breakEvenAtLow,breakEvenAtHigh,baseDelta", lines[0]);
        // no one-time costs: no dearer from the start (month 0) at either end
        assertEquals("apis.a.inputPerMTok,0.0,10.0,-24000.0,36000.0,0.0,0.0,6000.0", lines[1]);
    }

    @Test
    void whatIfFindsThePriceAtWhichTwoPlansCostTheSame(@TempDir Path dir) throws Exception {
        Path file = copy(FILE, dir);
        assertEquals(0, run("whatif", file.toString(), "--input", "apis.a.inputPerMTok", "--low", "0", "--high", "10",
                "--points", "3"), err.toString());
        JsonNode j = json();
        // on-b against on-a: 48,000 - 12,000 p = 0 at p = 4
        assertEquals(4, j.get("value").asDouble(), 1e-9);
        assertEquals("on-b", j.get("plan").asText());
        assertEquals(3, j.get("curve").size());
        // p = 5: -12,000
        assertEquals(-12_000, j.get("curve").get(1).get("delta").asDouble(), MONEY);
        out.getBuffer().setLength(0);
        // the price of B searched: half against on-a is 6,000 p_B + 30,000 - 60,000, zero at p_B = 5;
        // between 0 and 4 it stays negative: none in range
        assertEquals(0, run("whatif", file.toString(), "--input", "apis.b.inputPerMTok", "--low", "0", "--high", "4",
                "--plan", "half", "--against", "on-a"), err.toString());
        assertTrue(json().get("value").isNull());
    }

    @Test
    void wrongPlansAndPathsAreRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path file = copy(FILE, dir);
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("sensitivity", file.toString(), "--plan", "nope"));
        assertEquals("--plan: \"nope\" names no plan of two-apis-flip.json (its plans: on-a, on-b, half)\n",
                err.toString().replace("\r", ""));
        err.getBuffer().setLength(0);
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("whatif", file.toString(), "--input", "apis.a.inputPerMTok", "--low", "0",
                "--high", "10", "--plan", "on-a", "--against", "on-a"));
        assertTrue(err.toString().startsWith("--against: names the same plan as --plan (\"on-a\")"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("whatif", file.toString(), "--input", "apis.a.gpus", "--low", "0",
                "--high", "10"));
        assertTrue(err.toString().startsWith("--input: apis.a.gpus names no real-valued field of two-apis-flip.json"),
                err.toString());
        err.getBuffer().setLength(0);
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("whatif", file.toString(), "--input", "apis.a.inputPerMTok", "--low", "-1",
                "--high", "10"));
        assertTrue(err.toString().startsWith("--low: apis.a.inputPerMTok "), err.toString());
        assertEquals(1, err.toString().trim().split("\n").length, "one line");
    }

    @Test
    void aRangeOnAShareThatNoRouteFollowsIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode doc = (ObjectNode) m.readTree(CliUncertaintyV2Test.class.getResourceAsStream(FILE));
        // the half plan with both shares given: a range on one would break the sum of 1
        ObjectNode second = (ObjectNode) doc.get("plans").get(2).get("routes").get(1);
        second.put("share", 0.5);
        ((ObjectNode) doc.get("uncertainty")).putObject("plans.half.routes.0.share").put("dist", "uniform")
                .put("low", 0.2).put("high", 0.8);
        Path file = dir.resolve("shares.json");
        Files.writeString(file, m.writeValueAsString(doc));
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("simulate", file.toString(), "--samples", "10"));
        assertEquals("shares.json: uncertainty.plans.half.routes.0.share: a share can vary only when another route of "
                + "workload \"chat\" in plan \"half\" has no share and takes the rest (otherwise the shares stop "
                + "summing to 1)\n", err.toString().replace("\r", ""));
    }

    @Test
    void aVersionOneFileKeepsVersionOneOutputUnlessPlansAreNamed(@TempDir Path dir) throws Exception {
        Path file = copy("/golden/rent-share-uncertain.scenario.json", dir);
        assertEquals(0, run("sensitivity", file.toString()), err.toString());
        assertFalse(json().has("plan"));
        out.getBuffer().setLength(0);
        assertEquals(0, run("sensitivity", file.toString(), "--plan", "open", "--against", "closed"), err.toString());
        JsonNode j = json();
        assertEquals("open", j.get("plan").asText());
        out.getBuffer().setLength(0);
        assertEquals(0, run("simulate", file.toString(), "--samples", "100", "--v2"), err.toString());
        assertTrue(json().get("probabilityCheapest").has("hybrid"));
    }
}
