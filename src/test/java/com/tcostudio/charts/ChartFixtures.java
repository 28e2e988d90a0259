package com.tcostudio.charts;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.io.scenario.ScenarioFileException;
import com.tcostudio.io.scenario.ScenarioReader;
import com.tcostudio.support.TestScenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Evaluations the chart tests draw. */
final class ChartFixtures {
    /** Golden scenarios with an uncertainty section. */
    static final java.util.List<String> UNCERTAIN = java.util.List.of("rent-share-uncertain");

    /**
     * Own GPUs in euros over 60 months, where self-hosting pays off, with four ranges: the bands
     * must sit under break-even markers, and one range (energy) barely moves the difference.
     */
    static Evaluation ownCashWithRanges() throws ScenarioFileException {
        Scenario s = golden("own-cash-spillover").scenario().toBuilder()
                .uncertainty(com.tcostudio.core.model.Input.CAPEX_PER_GPU,
                        com.tcostudio.core.model.Distribution.pert(26_000, 32_000, 42_000))
                .uncertainty(com.tcostudio.core.model.Input.MONTHLY_GROWTH,
                        com.tcostudio.core.model.Distribution.triangular(0.02, 0.08, 0.12))
                .uncertainty(com.tcostudio.core.model.Input.ENERGY_PER_KWH,
                        com.tcostudio.core.model.Distribution.uniform(0.08, 0.2))
                .uncertainty(com.tcostudio.core.model.Input.OUTPUT_PER_MTOK,
                        com.tcostudio.core.model.Distribution.lognormal(5, 20))
                .build();
        return CostEngine.DEFAULT.evaluate(s);
    }

    private ChartFixtures() {
    }

    /** Rent, hybrid share 0.6, 36 months. */
    static Evaluation methodologyExample() {
        return CostEngine.DEFAULT.evaluate(TestScenarios.methodologyExample().build());
    }

    /** A golden scenario from src/test/resources/golden, by its name without suffix. */
    static Evaluation golden(String name) throws ScenarioFileException {
        try (InputStream in = ChartFixtures.class.getResourceAsStream("/golden/" + name + ".scenario.json")) {
            if (in == null) {
                throw new IllegalArgumentException("no golden scenario " + name);
            }
            return CostEngine.DEFAULT.evaluate(new ScenarioReader(CatalogueLookup.NONE).read(in.readAllBytes(), name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The methodology example without its hybrid part. */
    static Evaluation withoutHybrid() {
        Scenario s = TestScenarios.methodologyExample().hybridPolicy(com.tcostudio.core.model.HybridPolicy.NONE).build();
        return CostEngine.DEFAULT.evaluate(s);
    }

    /**
     * The first default scenario (explicit numbers, before it named catalogue entries): it pays
     * off, turns dearer at an upgrade and pays off again, which the labelling must handle.
     */
    static Evaluation wobble() throws Exception {
        try (java.io.InputStream in = ChartFixtures.class.getResourceAsStream("/charts/wobble.scenario.json")) {
            return com.tcostudio.core.engine.CostEngine.DEFAULT.evaluate(
                    new com.tcostudio.io.scenario.ScenarioReader(com.tcostudio.core.model.CatalogueLookup.NONE)
                            .read(in.readAllBytes(), "wobble.scenario.json"));
        }
    }

    /** The shipped default scenario (pricing-data/default-scenario.json, numbers resolved in the file). */
    static Evaluation defaultScenario() throws ScenarioFileException {
        try {
            Path file = Path.of("pricing-data", "default-scenario.json");
            Scenario s = new ScenarioReader(CatalogueLookup.NONE).read(Files.readAllBytes(file), file.toString());
            return CostEngine.DEFAULT.evaluate(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
