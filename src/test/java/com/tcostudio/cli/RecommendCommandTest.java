package com.tcostudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code recommend FILE [--top N]}: the contract's JSON, routes that paste into the file as a plan. */
class RecommendCommandTest {
    /** The pasted plan is costed by evaluate in another summation order: the contract's 1e-9. */
    private static final double SAME = 1e-9;
    private static final String EXAMPLE = "docs/examples/portfolio-uae-three-use-cases.json";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ObjectMapper json = new ObjectMapper();

    private int run(String... args) {
        return TcoCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void printsTheCheapestFeasibleAssignmentsAndTheyPasteIntoTheFileAsAPlan(@TempDir Path dir) throws Exception {
        assertEquals(0, run("recommend", EXAMPLE, "--top", "2"), err.toString());
        JsonNode r = json.readTree(out.toString());
        assertTrue(r.get("exhaustive").asBoolean());
        assertTrue(r.get("feasible").asLong() <= r.get("assignments").asLong());
        assertTrue(r.get("plans").size() <= 2);
        JsonNode best = r.get("plans").get(0);
        assertTrue(r.get("plans").size() < 2 || best.get("tco").asDouble() <= r.get("plans").get(1).get("tco").asDouble());
        for (JsonNode route : best.get("routes")) {
            assertFalse(route.has("share"), "a whole workload: no share");
        }

        ObjectNode file = (ObjectNode) json.readTree(Files.readAllBytes(Path.of(EXAMPLE)));
        ObjectNode plan = json.createObjectNode().put("id", "recommended").put("name", "Recommended");
        plan.set("routes", best.get("routes"));
        ((ArrayNode) file.get("plans")).add(plan);
        Path pasted = dir.resolve("pasted.json");
        Files.write(pasted, json.writeValueAsBytes(file));
        out.getBuffer().setLength(0);
        assertEquals(0, run("evaluate", pasted.toString()), err.toString());
        JsonNode evaluated = json.readTree(out.toString()).get("plans").get("recommended");
        double tco = best.get("tco").asDouble();
        assertEquals(tco, evaluated.get("tco").asDouble(), SAME * Math.abs(tco));
        assertTrue(evaluated.get("feasible").asBoolean());
    }

    @Test
    void topMustBeAtLeastOne() {
        assertNotEquals(0, run("recommend", EXAMPLE, "--top", "0"));
        String message = err.toString().strip();
        assertTrue(message.contains("--top") && message.contains("at least 1"), message);
        assertFalse(message.contains("\n"), "one line: " + message);
    }
}
