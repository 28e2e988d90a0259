package com.tcostudio.charts;

import static com.tcostudio.charts.ChartReading.labelTexts;
import static com.tcostudio.charts.ChartReading.markerValues;
import static com.tcostudio.charts.ChartReading.subtitleText;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.engine.SetupResult;
import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.uncertainty.MonteCarlo;
import com.tcostudio.core.uncertainty.Sensitivity;
import com.tcostudio.core.uncertainty.SimulationResult;
import com.tcostudio.core.uncertainty.WhatIf;
import com.tcostudio.support.TestScenarios;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The uncertainty charts draw the core's numbers: simulation percentiles, tornado bars, what-if curves. */
class UncertaintyChartsTest {
    /** Values are copied from the core, not computed: equal to the last bit. */
    private static final double EXACT = 0;
    /** Enough for bands with a visible spread; kept small for the test's speed. */
    private static final int SAMPLES = 400;
    private static final long SEED = 3;

    /** In euros, so that a chart that forgot the scenario's currency would say USD. */
    private static Scenario scenario;
    private static Evaluation evaluation;
    private static SimulationResult simulation;

    @BeforeAll
    static void simulate() {
        scenario = TestScenarios.methodologyExampleWithRanges().currency(new Currency("EUR", 0.9)).build();
        evaluation = CostEngine.DEFAULT.evaluate(scenario);
        simulation = MonteCarlo.run(scenario, SAMPLES, SEED);
    }

    @Test
    void bandsHoldTheSimulatedPercentilesBehindTheBaseCaseCurves() {
        XYPlot plot = TcoCharts.cumulativeCostWithBands(evaluation, simulation).getXYPlot();
        XYDataset base = plot.getDataset(0);
        XYDataset medians = plot.getDataset(1);
        IntervalXYDataset bands = (IntervalXYDataset) plot.getDataset(2);
        assertEquals(evaluation.setups().size(), base.getSeriesCount());
        assertEquals(simulation.setups().size(), medians.getSeriesCount());
        assertEquals(simulation.setups().size(), bands.getSeriesCount());
        int j = 0;
        for (SetupResult r : evaluation.setups().values()) {
            assertEquals(r.setup().label(), base.getSeriesKey(j));
            for (int m = 0; m < evaluation.months(); m++) {
                assertEquals(r.cumulative(m), base.getYValue(j, m), EXACT);
            }
            j++;
        }
        for (int s = 0; s < simulation.setups().size(); s++) {
            Setup setup = simulation.setups().get(s);
            assertEquals(setup.label() + TcoCharts.MEDIAN_SUFFIX, medians.getSeriesKey(s));
            assertEquals(evaluation.months(), bands.getItemCount(s));
            for (int m = 0; m < simulation.months(); m++) {
                SimulationResult.Summary q = simulation.cumulative(setup, m);
                assertEquals(m + 1, bands.getXValue(s, m), EXACT);
                assertEquals(q.p50(), medians.getYValue(s, m), EXACT);
                assertEquals(q.p10(), bands.getStartYValue(s, m), EXACT, setup + " P10, month " + (m + 1));
                assertEquals(q.p90(), bands.getEndYValue(s, m), EXACT, setup + " P90, month " + (m + 1));
            }
        }
        // a band that is all one value would mean the ranges were not drawn
        assertTrue(bands.getEndYValue(1, evaluation.months() - 1) > bands.getStartYValue(1, evaluation.months() - 1));
        assertTrue(plot.getRangeAxis().getLabel().contains("EUR"), plot.getRangeAxis().getLabel());
    }

    @Test
    void bandsAreNamedWithTheNumberOfSamplesAndTheSetupsKeepTheirEntries() {
        LegendItemCollection legend = TcoCharts.cumulativeCostWithBands(evaluation, simulation).getXYPlot().getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < legend.getItemCount(); i++) {
            LegendItem item = legend.get(i);
            labels.add(item.getLabel());
        }
        assertEquals(List.of("Closed API", "Self-hosted", "Hybrid", "P10\u2013P90 (400 samples)", "P50"), labels);
        assertEquals("P10\u2013P90 (10,000 samples)", TcoCharts.bandLegend(MonteCarlo.run(scenario, 10_000, SEED)));
    }

    @Test
    void bandsKeepTheBreakEvenMarkersOfTheCumulativeChart() throws Exception {
        Evaluation payingOff = ChartFixtures.golden("own-cash-spillover");
        Scenario withRange = payingOff.scenario().toBuilder()
                .uncertainty(Input.CAPEX_PER_GPU, com.tcostudio.core.model.Distribution.uniform(28_000, 36_000)).build();
        Evaluation e = CostEngine.DEFAULT.evaluate(withRange);
        JFreeChart plain = TcoCharts.cumulativeCost(e);
        JFreeChart banded = TcoCharts.cumulativeCostWithBands(e, MonteCarlo.run(withRange, 50, SEED));
        assertFalse(markerValues(plain).isEmpty());
        assertEquals(markerValues(plain), markerValues(banded));
        assertEquals(labelTexts(plain), labelTexts(banded));
    }

    @Test
    void aSimulationOfAnotherHorizonIsRefused() {
        Scenario shorter = TestScenarios.methodologyExampleWithRanges().set(Input.HORIZON_MONTHS, 24).build();
        SimulationResult other = MonteCarlo.run(shorter, 10, SEED);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TcoCharts.cumulativeCostWithBands(evaluation, other));
        assertTrue(e.getMessage().contains("24 months"), e.getMessage());
    }

    @Test
    void tornadoHasOneRowPerInputLargestSwingOnTopWithBarsFromTheBaseDelta() {
        Sensitivity.Result result = Sensitivity.run(scenario);
        JFreeChart chart = TcoCharts.tornado(result, scenario);
        CategoryPlot plot = chart.getCategoryPlot();
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        IntervalCategoryDataset data = (IntervalCategoryDataset) plot.getDataset();
        assertEquals(List.of(TcoCharts.LOW_SERIES, TcoCharts.HIGH_SERIES), data.getRowKeys());
        assertEquals(4, data.getColumnCount());
        double base = result.baseDelta();
        for (int i = 0; i < result.bars().size(); i++) {
            Sensitivity.Bar bar = result.bars().get(i);
            // the first column is drawn at the top of a horizontal category plot
            assertTrue(data.getColumnKey(i).toString().startsWith(bar.input().label() + "\n"), data.getColumnKey(i)::toString);
            double[] at = {bar.deltaAtLow(), bar.deltaAtHigh()};
            for (int k = 0; k < 2; k++) {
                assertEquals(Math.min(base, at[k]), data.getStartValue(k, i).doubleValue(), EXACT);
                assertEquals(Math.max(base, at[k]), data.getEndValue(k, i).doubleValue(), EXACT);
            }
            if (i > 0) {
                assertTrue(bar.swing(base) <= result.bars().get(i - 1).swing(base));
            }
        }
        assertTrue(data.getColumnKeys().contains("GPU hourly price\n1.8 to 4 EUR per GPU-hour"), data.getColumnKeys()::toString);
        assertTrue(data.getColumnKeys().contains("Monthly growth\n1% to 10% per month"), data.getColumnKeys()::toString);

        Collection<?> markers = plot.getRangeMarkers(Layer.FOREGROUND);
        assertEquals(1, markers.size());
        assertEquals(base, ((ValueMarker) markers.iterator().next()).getValue(), EXACT);
        assertEquals("TCO(self-hosted) \u2212 TCO(closed API), EUR", plot.getRangeAxis().getLabel());
        assertPng(chart);
    }

    @Test
    void tornadoWithoutRangesSaysSo() {
        Scenario none = TestScenarios.methodologyExample().build();
        JFreeChart chart = TcoCharts.tornado(Sensitivity.run(none), none);
        assertEquals(0, chart.getCategoryPlot().getDataset().getColumnCount());
        assertEquals("No input carries a range", chart.getCategoryPlot().getNoDataMessage());
        assertPng(chart);
    }

    /** 12 months: open is one GPU at the hourly price (8,760 h); closed is a 500 platform fee a month. */
    private static Scenario oneGpu() {
        return TestScenarios.quiet().set(Input.MIN_REPLICAS, 1).set(Input.GPU_HOURLY, 1)
                .set(Input.PLATFORM_FEE_PER_MONTH, 500).build();
    }

    @Test
    void whatIfDrawsTheCurveAndMarksAndLabelsTheBreakEven() {
        Scenario s = oneGpu();
        double[][] curve = WhatIf.curve(s, Input.GPU_HOURLY, 0, 2, 9);
        OptionalDouble at = WhatIf.breakEven(s, Input.GPU_HOURLY, 0, 2);
        JFreeChart chart = TcoCharts.whatIf(s, Input.GPU_HOURLY, curve, at);
        XYPlot plot = chart.getXYPlot();
        XYDataset data = plot.getDataset();
        assertEquals(1, data.getSeriesCount());
        assertEquals(curve.length, data.getItemCount(0));
        for (int i = 0; i < curve.length; i++) {
            assertEquals(curve[i][0], data.getXValue(0, i), EXACT);
            assertEquals(curve[i][1], data.getYValue(0, i), EXACT);
        }
        // 8,760 x hourly = 6,000; the scenario's own price (1) is marked too
        assertEquals(List.of(at.getAsDouble(), 1.0), markerValues(chart));
        assertEquals(6000.0 / 8760, at.getAsDouble(), 1e-9);
        assertTrue(labelTexts(chart).contains("open = closed at 0.685 USD per GPU-hour"), labelTexts(chart)::toString);
        assertTrue(labelTexts(chart).contains("base case 1 USD per GPU-hour"), labelTexts(chart)::toString);
        assertEquals("GPU hourly price (USD per GPU-hour)", plot.getDomainAxis().getLabel());
        assertEquals("Difference, USD", plot.getRangeAxis().getLabel());
        assertTrue(subtitleText(chart).contains("Difference = TCO(self-hosted) \u2212 TCO(closed API) over"), subtitleText(chart));
        assertEquals(0, plot.getDomainAxis().getLowerBound(), EXACT);
        assertEquals(2, plot.getDomainAxis().getUpperBound(), EXACT);
        assertFalse(subtitleText(chart).toLowerCase().contains("no break-even"));
        assertPng(chart);
    }

    @Test
    void whatIfWithoutABreakEvenSaysSoAndOnWhichSide() {
        Scenario s = oneGpu();
        double[][] curve = WhatIf.curve(s, Input.GPU_HOURLY, 1, 5, 5);
        OptionalDouble none = WhatIf.breakEven(s, Input.GPU_HOURLY, 1, 5);
        assertTrue(none.isEmpty());
        JFreeChart chart = TcoCharts.whatIf(s, Input.GPU_HOURLY, curve, none);
        assertTrue(labelTexts(chart).stream().noneMatch(l -> l.startsWith("open = closed")), labelTexts(chart)::toString);
        assertTrue(subtitleText(chart).contains("No break-even in this range: self-hosting costs more across it."),
                subtitleText(chart));
        assertPng(chart);
    }

    @Test
    void whatIfOfAShareShowsPercentages() {
        Scenario s = TestScenarios.methodologyExampleWithRanges().build();
        double[][] curve = WhatIf.curve(s, Input.MONTHLY_GROWTH, 0.01, 0.10, 5);
        JFreeChart chart = TcoCharts.whatIf(s, Input.MONTHLY_GROWTH, curve, WhatIf.breakEven(s, Input.MONTHLY_GROWTH, 0.01, 0.10));
        assertEquals("Monthly growth (% per month)", chart.getXYPlot().getDomainAxis().getLabel());
        assertTrue(labelTexts(chart).contains("base case 5% per month"), labelTexts(chart)::toString);
    }

    @Test
    void whatIfRefusesACurveWithoutTwoPoints() {
        Scenario s = oneGpu();
        assertThrows(IllegalArgumentException.class,
                () -> TcoCharts.whatIf(s, Input.GPU_HOURLY, new double[][] {{1, 2}}, OptionalDouble.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> TcoCharts.whatIf(s, Input.GPU_HOURLY, new double[][] {{1, 2}, {3}}, OptionalDouble.empty()));
    }

    // ---------------------------------------------------------------------------------------

    private static void assertPng(JFreeChart chart) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartRendering.toPng(chart, 640, 400, 2.0)));
            assertNotNull(image);
            assertEquals(640, image.getWidth());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

}
