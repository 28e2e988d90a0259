package com.tcostudio.bench;

import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.compare.VendorComparison;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.io.catalogue.CatalogueLoader;
import com.tcostudio.io.scenario.DefaultScenario;
import com.tcostudio.io.scenario.ScenarioReader;

/**
 * Time to rank the whole shipped catalogue for the default scenario over 60 months.
 * {@code java -cp target/tco-studio.jar:target/test-classes com.tcostudio.bench.CompareTiming}
 */
public final class CompareTiming {
    private CompareTiming() {
    }

    public static void main(String[] args) throws Exception {
        Catalogue catalogue = new CatalogueLoader().loadShipped();
        Scenario s = DefaultScenario.read(new ScenarioReader(catalogue)).with(Input.HORIZON_MONTHS, 60);
        for (int run = 1; run <= 8; run++) {
            long t0 = System.nanoTime();
            int n = VendorComparison.rank(s, catalogue).size();
            System.out.printf("ranked %d options over 60 months: %.1f ms%n", n, (System.nanoTime() - t0) / 1e6);
        }
    }
}
