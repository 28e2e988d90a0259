package com.tcostudio.ui.charts;

import com.tcostudio.charts.TcoCharts;
import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.support.TestScenarios;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartExportTest {
    private final JFreeChart chart = TcoCharts.cumulativeCost(
            CostEngine.DEFAULT.evaluate(TestScenarios.methodologyExample().build()));

    @Test
    void pngAtThreeHundredDpiHasThePixelsOfThePrintSize(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("c.png");
        ChartExport.write(chart, png, "png", 300, 960, 540);
        BufferedImage image = ImageIO.read(png.toFile());
        // 960 x 540 screen pixels at 96 dpi = 10 x 5.625 inches = 3000 x 1688 pixels at 300 dpi
        assertEquals(3000, image.getWidth());
        assertEquals(1688, image.getHeight());
    }

    @Test
    void svgIsVectorWithRealText(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("c.svg");
        ChartExport.write(chart, svg, "svg", 0, 960, 540);
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<svg"));
        assertTrue(text.contains(">Cumulative cost<"), "title as SVG text");
        assertFalse(text.contains("<image"), "no embedded raster");
    }
}
