package com.tcostudio.charts;

import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.uncertainty.MonteCarlo;
import com.tcostudio.core.uncertainty.Sensitivity;
import com.tcostudio.core.uncertainty.WhatIf;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes every chart of a few scenarios as PNG (colour and greyscale) for a person to look at:
 * {@code mvn -o test -Dtest=ChartGalleryTest -Dcharts.gallery=/tmp/charts}. Off in normal builds.
 */
@EnabledIfSystemProperty(named = "charts.gallery", matches = ".+")
class ChartGalleryTest {

    @Test
    void writeGallery() throws Exception {
        Path dir = Path.of(System.getProperty("charts.gallery"));
        Files.createDirectories(dir);
        Map<String, Evaluation> scenarios = new LinkedHashMap<>();
        scenarios.put("methodology", ChartFixtures.methodologyExample());
        scenarios.put("default", ChartFixtures.defaultScenario());
        scenarios.put("own-cash-spillover", ChartFixtures.golden("own-cash-spillover"));
        scenarios.put("rent-120-spillover", ChartFixtures.golden("rent-120-spillover"));
        scenarios.put("own-accrual", ChartFixtures.golden("own-accrual"));
        scenarios.put("edge-no-tokens", ChartFixtures.golden("edge-no-tokens"));
        int w = Integer.getInteger("charts.width", 960);
        int h = Integer.getInteger("charts.height", 600);
        double scale = Double.parseDouble(System.getProperty("charts.scale", "1"));
        String only = System.getProperty("charts.only", "");
        Map<String, Map<String, JFreeChart>> all = new LinkedHashMap<>();
        for (Map.Entry<String, Evaluation> e : scenarios.entrySet()) {
            Evaluation ev = e.getValue();
            Map<String, JFreeChart> charts = new LinkedHashMap<>();
            all.put(e.getKey(), charts);
            charts.put("monthly", TcoCharts.monthlyCost(ev));
            charts.put("cumulative", TcoCharts.cumulativeCost(ev));
            for (Setup s : ev.setups().keySet()) {
                charts.put("breakdown-" + s.key(), TcoCharts.breakdown(ev, s));
            }
            charts.put("volume", TcoCharts.costVersusVolume(ev));
            charts.put("cpm", TcoCharts.costPerMTok(ev));
        }
        for (String name : ChartFixtures.UNCERTAIN) {
            all.put(name, uncertaintyCharts(ChartFixtures.golden(name)));
        }
        all.put("own-cash-ranges", uncertaintyCharts(ChartFixtures.ownCashWithRanges()));
        for (Map.Entry<String, Map<String, JFreeChart>> e : all.entrySet()) {
            for (Map.Entry<String, JFreeChart> c : e.getValue().entrySet()) {
                String base = e.getKey() + "-" + c.getKey();
                if (!base.contains(only)) {
                    continue;
                }
                if (scale != 1) {
                    Files.write(dir.resolve(base + "-x" + scale + ".png"),
                            ChartRendering.toPng(c.getValue(), (int) (w * scale), (int) (h * scale), scale));
                    continue;
                }
                Files.write(dir.resolve(base + ".png"), ChartRendering.toPng(c.getValue(), w, h, 1.0));
                BufferedImage colour = ChartRendering.toImage(c.getValue(), w, h, 1.0);
                BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
                grey.getGraphics().drawImage(colour, 0, 0, null);
                ImageIO.write(grey, "png", dir.resolve(base + "-grey.png").toFile());
            }
        }
    }

    /** The banded cumulative chart, the tornado and a what-if chart per uncertain input. */
    private static Map<String, JFreeChart> uncertaintyCharts(Evaluation ev) {
        Scenario s = ev.scenario();
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put("bands", TcoCharts.cumulativeCostWithBands(ev, MonteCarlo.run(s, MonteCarlo.DEFAULT_SAMPLES, 1)));
        charts.put("tornado", TcoCharts.tornado(Sensitivity.run(s), s));
        for (Map.Entry<Input, Distribution> r : s.uncertainty().entrySet()) {
            Input input = r.getKey();
            double lo = input.rule().clip(r.getValue().low());
            double hi = input.rule().clip(r.getValue().high());
            charts.put("whatif-" + input.fieldName(), TcoCharts.whatIf(s, input, WhatIf.curve(s, input, lo, hi, 41),
                    WhatIf.breakEven(s, input, lo, hi)));
        }
        return charts;
    }
}
