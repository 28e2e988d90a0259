package com.tcostudio.charts;

import static com.tcostudio.charts.ChartReading.labelTexts;
import static com.tcostudio.charts.ChartReading.markerValues;
import static com.tcostudio.charts.ChartReading.subtitleText;

import com.tcostudio.core.engine.BreakEven;
import com.tcostudio.core.engine.BreakEvenVolume;
import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Pair;
import com.tcostudio.core.engine.RunRates;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.engine.SetupResult;
import com.tcostudio.core.model.Input;
import com.tcostudio.support.TestScenarios;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TcoChartsTest {
    /** Values are copied, not computed: they must be equal to the last bit, up to summing into years. */
    private static final double TOL = 1e-9;

    static Stream<Arguments> scenarios() throws Exception {
        return Stream.of(
                Arguments.of("methodology example (rent, hybrid share)", ChartFixtures.methodologyExample()),
                Arguments.of("own GPUs, cash view, spillover (EUR)", ChartFixtures.golden("own-cash-spillover")),
                Arguments.of("own GPUs, accrual view", ChartFixtures.golden("own-accrual")),
                Arguments.of("ten years, rented", ChartFixtures.golden("rent-120-spillover")),
                Arguments.of("no hybrid", ChartFixtures.withoutHybrid()),
                Arguments.of("no tokens, one month", ChartFixtures.golden("edge-no-tokens")),
                Arguments.of("shipped default", ChartFixtures.defaultScenario()));
    }

    private static List<JFreeChart> allCharts(Evaluation e) {
        List<JFreeChart> charts = new ArrayList<>();
        charts.add(TcoCharts.monthlyCost(e));
        charts.add(TcoCharts.cumulativeCost(e));
        for (Setup s : e.setups().keySet()) {
            charts.add(TcoCharts.breakdown(e, s));
        }
        charts.add(TcoCharts.costVersusVolume(e));
        charts.add(TcoCharts.costPerMTok(e));
        return charts;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyChartBuildsAndRendersToAPngOfTheRequestedSize(String name, Evaluation e) throws Exception {
        for (JFreeChart chart : allCharts(e)) {
            byte[] png = ChartRendering.toPng(chart, 640, 400, 2.0);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertNotNull(image, chart.getTitle().getText());
            assertEquals(640, image.getWidth(), chart.getTitle().getText());
            assertEquals(400, image.getHeight(), chart.getTitle().getText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyValueAxisNamesTheCurrency(String name, Evaluation e) {
        String code = e.scenario().currency().code();
        for (JFreeChart chart : allCharts(e)) {
            String label = chart.getXYPlot().getRangeAxis().getLabel();
            assertTrue(label.contains(code), () -> chart.getTitle().getText() + ": " + label);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void lineChartsHoldTheEnginesArrays(String name, Evaluation e) {
        check(TcoCharts.monthlyCost(e), e, SetupResult::total);
        check(TcoCharts.cumulativeCost(e), e, SetupResult::cumulative);
        check(TcoCharts.costPerMTok(e), e, SetupResult::costPerMTok);
    }

    private static void check(JFreeChart chart, Evaluation e, Function<SetupResult, double[]> expected) {
        XYDataset data = chart.getXYPlot().getDataset();
        assertEquals(e.setups().size(), data.getSeriesCount());
        int s = 0;
        for (SetupResult r : e.setups().values()) {
            assertEquals(r.setup().label(), data.getSeriesKey(s));
            double[] want = expected.apply(r);
            assertEquals(want.length, data.getItemCount(s));
            for (int i = 0; i < want.length; i++) {
                assertEquals(i + 1, data.getXValue(s, i));
                // NaN months (no tokens) stay NaN: the renderer leaves a gap
                assertEquals(want[i], data.getYValue(s, i), 0.0, "series " + s + ", month " + (i + 1));
            }
            s++;
        }
    }

    @Test
    void breakdownByMonthHoldsEachCategoryAndIdleCapacityBesideTheStack() {
        Evaluation e = ChartFixtures.methodologyExample();
        SetupResult open = e.setup(Setup.OPEN);
        XYPlot plot = TcoCharts.breakdown(e, Setup.OPEN).getXYPlot();
        XYDataset bars = plot.getDataset(0);
        List<String> keys = new ArrayList<>();
        for (int s = 0; s < bars.getSeriesCount(); s++) {
            String key = (String) bars.getSeriesKey(s);
            keys.add(key);
            Category c = byLabel(key);
            for (int i = 0; i < e.months(); i++) {
                assertEquals(open.category(c, i), bars.getYValue(s, i), 0.0, key + ", month " + (i + 1));
            }
        }
        assertTrue(keys.containsAll(List.of("GPU compute", "Operations staff", "Setup", "Upgrades")), keys::toString);
        assertFalse(keys.contains(TcoCharts.IDLE_SERIES), "idle capacity is not a slice of the stack");
        XYDataset idle = plot.getDataset(1);
        assertEquals(TcoCharts.IDLE_SERIES, idle.getSeriesKey(0));
        for (int i = 0; i < e.months(); i++) {
            assertEquals(open.idleCapacity(i), idle.getYValue(0, i), 0.0);
        }
    }

    @Test
    void breakdownOfALongHorizonSumsYearsAndKeepsTheResidualBelowZero() throws Exception {
        Evaluation e = ChartFixtures.golden("own-cash-spillover");
        SetupResult open = e.setup(Setup.OPEN);
        XYDataset bars = TcoCharts.breakdown(e, Setup.OPEN).getXYPlot().getDataset(0);
        assertEquals(5, bars.getItemCount(0));
        boolean sawResidual = false;
        for (int s = 0; s < bars.getSeriesCount(); s++) {
            Category c = byLabel((String) bars.getSeriesKey(s));
            double[] monthly = open.category(c);
            for (int y = 0; y < 5; y++) {
                double sum = 0;
                for (int i = y * 12; i < y * 12 + 12; i++) {
                    sum += monthly[i];
                }
                assertEquals(sum, bars.getYValue(s, y), TOL * Math.max(1, Math.abs(sum)));
            }
            if (c == Category.RESIDUAL) {
                sawResidual = true;
                assertTrue(bars.getYValue(s, 4) < 0, "residual is drawn as a negative bar");
            }
        }
        assertTrue(sawResidual);
        double total = 0;
        for (int s = 0; s < bars.getSeriesCount(); s++) {
            for (int y = 0; y < 5; y++) {
                total += bars.getYValue(s, y);
            }
        }
        assertEquals(open.tco(), total, TOL * open.tco(), "the stack adds up to the TCO");
    }

    @Test
    void breakdownOfAMissingHybridIsRefused() {
        Evaluation e = ChartFixtures.withoutHybrid();
        assertThrows(IllegalArgumentException.class, () -> TcoCharts.breakdown(e, Setup.HYBRID));
    }

    @Test
    void cumulativeChartMarksEachBreakEvenAtItsMonthAndWordsTheCrossings() throws Exception {
        Evaluation e = ChartFixtures.golden("own-cash-spillover");
        JFreeChart chart = TcoCharts.cumulativeCost(e);
        List<Double> at = markerValues(chart);
        BreakEven oc = e.breakEven(Pair.OPEN_VS_CLOSED).orElseThrow();
        BreakEven hc = e.breakEven(Pair.HYBRID_VS_CLOSED).orElseThrow();
        assertTrue(oc.month() > 0 && hc.month() > 0);
        assertTrue(at.contains(oc.month()), at::toString);
        assertTrue(at.contains(hc.month()), at::toString);
        List<String> labels = labelTexts(chart);
        assertTrue(labels.contains("Self-hosted pays off vs Closed API: month 17.4"), labels::toString);
        assertTrue(labels.contains("Hybrid pays off vs Closed API: month 19.0"), labels::toString);
        // open vs hybrid: no dearer from the start (month 0), dearer from 22, cheaper again from 23.5
        assertTrue(labels.contains("Self-hosted dearer than Hybrid from month 22.0"), labels::toString);
        assertTrue(labels.contains("Self-hosted cheaper than Hybrid from month 23.5 on"), labels::toString);
        assertFalse(labels.stream().anyMatch(l -> l.contains("month 0.0")), "month 0 alone is not a pay-off");
    }

    @Test
    void noBreakEvenGivesNoMarkerButASubtitle() {
        Evaluation e = ChartFixtures.methodologyExample();
        assertTrue(Double.isNaN(e.breakEven(Pair.OPEN_VS_CLOSED).orElseThrow().month()));
        assertEquals(0.0, e.breakEven(Pair.OPEN_VS_HYBRID).orElseThrow().month());
        JFreeChart chart = TcoCharts.cumulativeCost(e);
        assertTrue(markerValues(chart).isEmpty(), () -> markerValues(chart).toString());
        String subtitles = subtitleText(chart);
        assertTrue(subtitles.contains("No break-even within 36 months: Self-hosted vs Closed API, Hybrid vs Closed API."),
                subtitles);
        assertTrue(subtitles.contains("Self-hosted costs no more than Hybrid throughout."), subtitles);
    }

    @Test
    void aBriefWobbleAfterPayingOffSharesOneLabel() throws Exception {
        Evaluation e = ChartFixtures.wobble();
        BreakEven oc = e.breakEven(Pair.OPEN_VS_CLOSED).orElseThrow();
        assertEquals(3, oc.crossings().size(), "pays off, wobbles at an upgrade, pays off again");
        JFreeChart chart = TcoCharts.cumulativeCost(e);
        List<Double> at = markerValues(chart);
        assertTrue(at.contains(oc.month()));
        assertTrue(at.contains(oc.crossings().get(2).month()));
        List<String> labels = labelTexts(chart);
        assertEquals(1, labels.size(), labels::toString);
        assertTrue(labels.get(0).startsWith("Self-hosted pays off vs Closed API: month 18.0 (for good from 18."), labels::toString);
    }

    @Test
    void volumeChartMarksBothBreakEvenVolumesWhereTheyDiffer() {
        Evaluation e = ChartFixtures.methodologyExample();
        BreakEvenVolume v = e.breakEvenVolume();
        assertTrue(v.first() > 0 && v.sustained() > v.first());
        JFreeChart chart = TcoCharts.costVersusVolume(e);
        assertTrue(chart.getXYPlot().getDomainAxis() instanceof LogAxis);
        List<Double> at = markerValues(chart);
        assertTrue(at.contains(v.first()), at::toString);
        assertTrue(at.contains(v.sustained()), at::toString);
        List<String> labels = labelTexts(chart);
        assertTrue(labels.contains("first break-even 3.8 bn tokens/month"), labels::toString);
        assertTrue(labels.contains("sustained break-even 4.7 bn tokens/month"), labels::toString);
        assertTrue(chart.getXYPlot().getDomainAxis().getLowerBound() <= 1e6);
        assertTrue(chart.getXYPlot().getDomainAxis().getUpperBound() > v.sustained());
    }

    @Test
    void volumeChartMarksOneBreakEvenWhenBothAreTheSame() throws Exception {
        Evaluation e = ChartFixtures.golden("own-accrual");
        BreakEvenVolume v = e.breakEvenVolume();
        assertEquals(v.first(), v.sustained());
        List<String> labels = labelTexts(TcoCharts.costVersusVolume(e));
        assertEquals(1, labels.stream().filter(l -> l.contains("break-even")).count(), labels::toString);
        assertTrue(labels.contains("break-even 10.6 bn tokens/month"), labels::toString);
    }

    @Test
    void volumeChartMarksNoBreakEvenThatDoesNotExist() {
        // the API is free, so self-hosting is dearer at every volume: both volumes are NaN
        Evaluation e = CostEngine.DEFAULT.evaluate(TestScenarios.quiet()
                .set(Input.INPUT_TOKENS_PER_MONTH, 1e9).set(Input.GPU_HOURLY, 2).set(Input.MIN_REPLICAS, 1).build());
        assertTrue(Double.isNaN(e.breakEvenVolume().first()));
        assertTrue(Double.isNaN(e.breakEvenVolume().sustained()));
        JFreeChart chart = TcoCharts.costVersusVolume(e);
        assertTrue(labelTexts(chart).stream().noneMatch(l -> l.contains("break-even")), labelTexts(chart)::toString);
        assertTrue(markerValues(chart).stream().noneMatch(x -> Double.isNaN(x)));
        assertTrue(subtitleText(chart).contains("Self-hosting stays dearer than the API at every volume"));
    }

    @Test
    void volumeChartLinesAreTheEnginesRunRatesWithStepsAtTheReplicaEdges() {
        Evaluation e = ChartFixtures.methodologyExample();
        RunRates rates = e.runRates();
        XYDataset data = TcoCharts.costVersusVolume(e).getXYPlot().getDataset();
        assertEquals(Setup.CLOSED.label(), data.getSeriesKey(0));
        assertEquals(Setup.OPEN.label(), data.getSeriesKey(1));
        assertTrue(data.getXValue(0, 0) <= 1e6);
        for (int i = 0; i < data.getItemCount(0); i++) {
            assertEquals(rates.closed(data.getXValue(0, i)), data.getYValue(0, i), 0.0);
        }
        int jumps = 0;
        for (int i = 0; i + 1 < data.getItemCount(1); i++) {
            double x0 = data.getXValue(1, i);
            double x1 = data.getXValue(1, i + 1);
            double y0 = data.getYValue(1, i);
            if (x1 > x0) {
                // a flat step: its cost is the engine's open run-rate anywhere inside it
                assertEquals(y0, data.getYValue(1, i + 1), 0.0);
                assertEquals(rates.open((x0 + x1) / 2), y0, 0.0);
            } else {
                // a jump: exactly at the end of a step
                long n = rates.servingReplicas((data.getXValue(1, i - 1) + x0) / 2);
                assertEquals(rates.stepEnd(n), x0, 0.0);
                jumps++;
            }
        }
        assertTrue(jumps > 3, "the methodology example adds replicas within the range");
    }

    @Test
    void volumeChartWithoutAMixIsEmptyAndSaysWhy() throws Exception {
        Evaluation e = ChartFixtures.golden("edge-no-tokens");
        assertFalse(e.runRates().mixDefined());
        JFreeChart chart = TcoCharts.costVersusVolume(e);
        assertEquals(0, chart.getXYPlot().getDataset().getSeriesCount());
        assertTrue(subtitleText(chart).contains("month 1 has no tokens"), subtitleText(chart));
        assertTrue(markerValues(chart).isEmpty());
    }

    @Test
    void costPerMillionTokensLeavesGapsForMonthsWithoutTokens() throws Exception {
        Evaluation e = ChartFixtures.golden("edge-no-tokens");
        JFreeChart chart = TcoCharts.costPerMTok(e);
        assertTrue(Double.isNaN(chart.getXYPlot().getDataset().getYValue(0, 0)));
        assertTrue(subtitleText(chart).contains("Gaps"), subtitleText(chart));
    }

    @Test
    void tooltipsGiveTheFullValueCurrencyAndMonth() {
        Evaluation e = ChartFixtures.methodologyExample();
        XYPlot plot = TcoCharts.monthlyCost(e).getXYPlot();
        String tip = plot.getRenderer().getToolTipGenerator(1, 11).generateToolTip(plot.getDataset(), 1, 11);
        String value = ChartStyle.moneyFormat().format(e.setup(Setup.OPEN).total(11));
        assertEquals("Self-hosted, month 12: USD " + value, tip);
        assertTrue(value.matches("\\d{1,3}(,\\d{3})*\\.\\d{2}"), value);

        XYPlot cumulative = TcoCharts.cumulativeCost(e).getXYPlot();
        assertTrue(cumulative.getRenderer().getToolTipGenerator(0, 35)
                .generateToolTip(cumulative.getDataset(), 0, 35).startsWith("Closed API, end of month 36: USD "));
        XYPlot bars = TcoCharts.breakdown(e, Setup.OPEN).getXYPlot();
        assertTrue(bars.getRenderer(0).getToolTipGenerator(0, 0)
                .generateToolTip(bars.getDataset(0), 0, 0).matches("GPU compute, month 1: USD [\\d,]+\\.\\d\\d"));
    }

    @Test
    void hiddenCostsAreHatchedAndComputeIsNot() {
        Evaluation e = ChartFixtures.methodologyExample();
        XYPlot plot = TcoCharts.breakdown(e, Setup.OPEN).getXYPlot();
        HatchedBarRenderer r = (HatchedBarRenderer) plot.getRenderer(0);
        XYDataset bars = plot.getDataset(0);
        for (int s = 0; s < bars.getSeriesCount(); s++) {
            Category c = byLabel((String) bars.getSeriesKey(s));
            assertEquals(c.group() == Category.Group.HIDDEN, r.getSeriesHatch(s) != null, c.label());
        }
    }

    @Test
    void chartsUseProjectorSizedFontsAndALegendAtTheBottom() {
        JFreeChart chart = TcoCharts.monthlyCost(ChartFixtures.methodologyExample());
        assertAll(
                () -> assertEquals(18, chart.getTitle().getFont().getSize()),
                () -> assertTrue(chart.getXYPlot().getRangeAxis().getLabelFont().getSize() >= 13),
                () -> assertTrue(chart.getXYPlot().getRangeAxis().getTickLabelFont().getSize() >= 12),
                () -> assertEquals(org.jfree.chart.ui.RectangleEdge.BOTTOM, chart.getLegend().getPosition()),
                () -> assertFalse(chart.getXYPlot().isDomainGridlinesVisible()));
    }

    // ---------------------------------------------------------------------------------------

    private static Category byLabel(String label) {
        for (Category c : Category.values()) {
            if (c.label().equals(label)) {
                return c;
            }
        }
        throw new AssertionError("no category labelled " + label);
    }

}
