package com.tcostudio.bench;

import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.uncertainty.MonteCarlo;
import com.tcostudio.io.scenario.ScenarioReader;

import java.io.InputStream;

/**
 * Time of 10,000 Monte Carlo samples of a 60-month scenario with 6 uncertain inputs (both cores).
 * {@code java -cp target/tco-studio.jar:target/test-classes com.tcostudio.bench.MonteCarloTiming}
 */
public final class MonteCarloTiming {
    private MonteCarloTiming() {
    }

    public static void main(String[] args) throws Exception {
        Scenario s;
        try (InputStream in = MonteCarloTiming.class.getResourceAsStream("/golden/rent-share-uncertain.scenario.json")) {
            s = new ScenarioReader(CatalogueLookup.NONE).read(in.readAllBytes(), "six ranges").with(Input.HORIZON_MONTHS, 60);
        }
        for (int run = 1; run <= 8; run++) {
            long t0 = System.nanoTime();
            MonteCarlo.run(s, 10_000, run);
            System.out.printf("10,000 samples, 60 months, 6 ranges: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        }
    }
}
