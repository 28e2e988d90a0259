package com.tcostudio.bench;

import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.uncertainty.MonteCarlo;
import com.tcostudio.core.uncertainty.SimulationResult;
import com.tcostudio.io.json.SimulationJson;
import com.tcostudio.io.scenario.ScenarioReader;

import java.io.InputStream;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Memory of a large Monte Carlo run: 1,000,000 samples of the six-range scenario at 120 months
 * (three setups), then its JSON, with the sum of the heap pools' peaks. Run it in a 1 GB heap:
 * {@code java -Xmx1g -cp target/tco-studio.jar:target/test-classes com.tcostudio.bench.MonteCarloMemoryHarness [samples]}
 */
public final class MonteCarloMemoryHarness {
    private MonteCarloMemoryHarness() {
    }

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Scenario s;
        try (InputStream in = MonteCarloMemoryHarness.class.getResourceAsStream("/golden/rent-share-uncertain.scenario.json")) {
            s = new ScenarioReader(CatalogueLookup.NONE).read(in.readAllBytes(), "six ranges").with(Input.HORIZON_MONTHS, 120);
        }
        long t0 = System.nanoTime();
        SimulationResult r = MonteCarlo.run(s, samples, 1);
        long t1 = System.nanoTime();
        SimulationJson.write(r, new StringWriter());
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%,d samples x %d months: simulation %.1f s, JSON %.1f s, heap pools' peaks %,d MB of %,d MB%n",
                samples, r.months(), (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9, peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
