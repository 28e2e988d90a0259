package com.tcostudio.charts;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Pair;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.io.scenario.ScenarioReader;
import com.tcostudio.support.TestScenarios;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TcoChartsTest {
    /** Chart datasets hold the engine's doubles unchanged. */
    private static final double EXACT = 0;

    private static Evaluation golden(String name) throws Exception {
        try (InputStream in = TcoChartsTest.class.getResourceAsStream("/golden/" + name + ".scenario.json")) {
            return CostEngine.DEFAULT.evaluate(new ScenarioReader(CatalogueLookup.NONE).read(in.readAllBytes(), name));
        }
    }

    private static List<JFreeChart> all(Evaluation e) {
        List<JFreeChart> charts = new ArrayList<>(List.of(TcoCharts.monthlyCost(e), TcoCharts.cumulativeCost(e),
                TcoCharts.costVersusVolume(e), TcoCharts.costPerMTok(e)));
        for (Setup s : e.setups().keySet()) {
            charts.add(TcoCharts.breakdown(e, s));
        }
        return charts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"rent-share", "own-cash-spillover", "own-accrual", "rent-120-spillover", "edge-no-tokens"})
    void everyChartBuildsAndRendersAtTheRequestedSize(String name) throws Exception {
        Evaluation e = golden(name);
        Path dir = Path.of("target", "charts", name);
        Files.createDirectories(dir);
        int k = 0;
        for (JFreeChart chart : all(e)) {
            byte[] png = ChartRendering.toPng(chart, 1000, 560, 1.0);
            var image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(1000, image.getWidth());
            assertEquals(560, image.getHeight());
            Files.write(dir.resolve((k++) + ".png"), png);
        }
    }

    @Test
    void cumulativeChartHoldsTheEnginesNumbersAndMarksTheBreakEven() throws Exception {
        Evaluation e = golden("own-cash-spillover");
        XYPlot plot = TcoCharts.cumulativeCost(e).getXYPlot();
        XYDataset data = plot.getDataset();
        double[] open = e.setup(Setup.OPEN).cumulative();
        int series = indexOf(data, Setup.OPEN.label());
        for (int i = 0; i < open.length; i++) {
            assertEquals(open[i], data.getYValue(series, i + 1), EXACT);
        }
        double month = e.breakEven(Pair.OPEN_VS_CLOSED).orElseThrow().month();
        assertTrue(markers(plot).stream().anyMatch(m -> ((ValueMarker) m).getValue() == month
                && m.getLabel().equals("Self-hosted pays off: month " + new java.text.DecimalFormat("0.#").format(month))));
        assertTrue(plot.getRangeAxis().getLabel().contains("EUR"));
    }

    @Test
    void noBreakEvenNoMarker() {
        Evaluation e = CostEngine.DEFAULT.evaluate(TestScenarios.quiet().set(com.tcostudio.core.model.Input.SETUP_ONE_TIME_COST, 1)
                .set(com.tcostudio.core.model.Input.TOOLING_PER_MONTH, 1).build());
        assertTrue(markers(TcoCharts.cumulativeCost(e).getXYPlot()).isEmpty());
    }

    @Test
    void volumeChartMarksBothBreakEvenVolumes() {
        // first and sustained differ here (see CostEngineTest.BreakEvenVolumes)
        Scenario s = TestScenarios.quiet().set(com.tcostudio.core.model.Input.INPUT_TOKENS_PER_MONTH, 1e9)
                .set(com.tcostudio.core.model.Input.INPUT_PER_MTOK, 1.5)
                .set(com.tcostudio.core.model.Input.PREFILL_TOKENS_PER_SECOND, 1e9 / TestScenarios.S)
                .set(com.tcostudio.core.model.Input.GPU_HOURLY, 1000.0 / 730)
                .set(com.tcostudio.core.model.Input.MIN_REPLICAS, 1).build();
        Evaluation e = CostEngine.DEFAULT.evaluate(s);
        List<Double> at = new ArrayList<>();
        markers(TcoCharts.costVersusVolume(e).getXYPlot()).forEach(m -> at.add(((ValueMarker) m).getValue()));
        assertTrue(at.contains(e.breakEvenVolume().first()));
        assertTrue(at.contains(e.breakEvenVolume().sustained()));
    }

    private static Collection<Marker> markers(XYPlot plot) {
        Collection<Marker> m = plot.getDomainMarkers(Layer.FOREGROUND);
        return m == null ? List.of() : m;
    }

    private static int indexOf(XYDataset data, String key) {
        for (int i = 0; i < data.getSeriesCount(); i++) {
            if (data.getSeriesKey(i).equals(key)) {
                return i;
            }
        }
        throw new AssertionError(key);
    }
}
