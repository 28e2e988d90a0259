package com.tcostudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue's command-line surface: compare filters, residency codes, --catalogue folders, basis shown. */
class CatalogueCliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TcoCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void anUnknownResidencyCodeIsRefusedWithTheKnownCodes() {
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("compare", "--default", "--residency", "XX"));
        String message = err.toString().trim();
        assertTrue(message.startsWith("--residency XX: no catalogue entry names that region; known codes: "), message);
        assertTrue(message.contains("AE") && message.contains("SA") && message.contains("US"), message);
        assertEquals(1, message.lines().count());
    }

    @Test
    void aMissingCatalogueFolderIsSaid(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder");
        assertEquals(TcoCli.EXIT_BAD_INPUT, run("catalogue", "--catalogue", missing.toString()));
        assertEquals("--catalogue " + missing + ": no such folder; give the folder that holds your catalogue files",
                err.toString().trim());
    }

    @Test
    void compareAtAResidencyAndAMinimumQualityKeepsOnlyRatedOptionsThatStayThere() throws Exception {
        assertEquals(0, run("compare", "--default", "--residency", "AE", "--min-quality", "1350"));
        JsonNode options = new ObjectMapper().readTree(out.toString());
        assertTrue(options.size() > 0);
        for (JsonNode o : options) {
            assertTrue(o.get("quality").asDouble() >= 1350, o.toString());
            boolean inAe = false;
            for (JsonNode r : o.get("residency")) {
                inAe |= r.asText().equals("AE") || r.asText().equals("your infrastructure");
            }
            assertTrue(inAe, o.toString());
            if (o.has("problem") && !o.get("priceOnRequest").asBoolean()) {
                continue;
            }
            if (!o.get("priceOnRequest").asBoolean()) {
                // cost per point is the TCO over the score
                assertEquals(o.get("tco").asDouble() / o.get("quality").asDouble(), o.get("costPerQualityPoint").asDouble(),
                        1e-6 * o.get("tco").asDouble());
            }
        }
        System.out.println("compare --default --residency AE --min-quality 1350:\n" + out);
    }

    @Test
    void excludeEstimatedLeavesNoEstimatedOption() throws Exception {
        assertEquals(0, run("compare", "--default", "--exclude-estimated"));
        for (JsonNode o : new ObjectMapper().readTree(out.toString())) {
            assertFalse(o.get("basis").asText().equals("estimated"), o.toString());
        }
    }

    @Test
    void theCatalogueListingShowsTheBasisAndTheRuleOfDerivedFigures() {
        assertEquals(0, run("catalogue", "--kind", "gpu"));
        String listing = out.toString();
        assertTrue(listing.contains(" basis "), listing);
        assertTrue(listing.contains("[derived: DERIVED: on-demand 6.88 x (1 - 0.35)"), listing);
        assertFalse(listing.contains("research notes"), listing);
    }
}
