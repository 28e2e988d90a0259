package com.tcostudio.charts;

import org.jfree.chart.JFreeChart;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Charts as images: PNG at a chosen scale (2.0 for a 192-dpi image of a 96-dpi layout). */
public final class ChartRendering {
    private ChartRendering() {
    }

    public static BufferedImage toImage(JFreeChart chart, int width, int height, double scale) {
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    public static byte[] toPng(JFreeChart chart, int width, int height, double scale) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(toImage(chart, width, height, scale), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
