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

/**
 * Raster output of a chart, headless. PDFs do not go through here: they draw the same chart as
 * vectors with {@code chart.draw(pdfGraphics2D, rect)}.
 */
public final class ChartRendering {
    private ChartRendering() {
    }

    /**
     * The chart as an image of exactly {@code widthPx} x {@code heightPx} pixels, laid out as a
     * chart of {@code widthPx / dpiScale} x {@code heightPx / dpiScale} points: a scale of 2 gives
     * the same layout as 1 with twice the sharpness (retina screens, 192 dpi print); fonts keep
     * their point sizes relative to the chart.
     */
    public static BufferedImage toImage(JFreeChart chart, int widthPx, int heightPx, double dpiScale) {
        if (widthPx < 1 || heightPx < 1) {
            throw new IllegalArgumentException("image size must be at least 1 x 1 pixel (was " + widthPx + " x " + heightPx + ")");
        }
        if (!(dpiScale > 0) || Double.isInfinite(dpiScale)) {
            throw new IllegalArgumentException("dpiScale must be greater than zero (was " + dpiScale + ")");
        }
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(dpiScale, dpiScale);
            chart.draw(g, new Rectangle2D.Double(0, 0, widthPx / dpiScale, heightPx / dpiScale));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** {@link #toImage} encoded as PNG. */
    public static byte[] toPng(JFreeChart chart, int widthPx, int heightPx, double dpiScale) {
        BufferedImage image = toImage(chart, widthPx, heightPx, dpiScale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Screen pixels per inch in a chart's layout: a PNG at D dpi is drawn at scale D / 96. */
    public static final double LAYOUT_DPI = 96;

    /**
     * The chart as SVG: vector paths and real text, laid out at {@code width} x {@code height}
     * user units (pixels at 96 dpi).
     */
    public static String toSvg(JFreeChart chart, int width, int height) {
        org.jfree.svg.SVGGraphics2D g = new org.jfree.svg.SVGGraphics2D(width, height);
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        return g.getSVGElement();
    }
}
