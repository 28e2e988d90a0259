package com.tcostudio.charts;

import org.jfree.chart.LegendItem;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Stacked bars where some series are hatched: the fill is a plain colour and the hatching is
 * drawn as lines clipped to the bar. A {@code TexturePaint} would be simpler, but FXGraphics2D
 * (under the app's {@code ChartViewer}) paints only colours and gradients, and lines stay
 * vector in a PDF. The legend shows the same hatching.
 */
final class HatchedBarRenderer extends StackedXYBarRenderer {
    private static final long serialVersionUID = 1L;
    /** Distance between hatch lines, and their width, in Java2D units. */
    static final double SPACING = 6;
    private static final float LINE_WIDTH = 1.4f;

    enum Direction { FORWARD, BACKWARD, CROSS }

    /** Hatch lines of one colour in one direction. */
    record Hatch(Color line, Direction direction) implements Serializable {
    }

    private final Map<Integer, Hatch> hatches = new HashMap<>();

    HatchedBarRenderer(double margin) {
        super(margin);
        setBarPainter(new Painter());
        setShadowVisible(false);
    }

    void setSeriesHatch(int series, Hatch hatch) {
        if (hatch == null) {
            hatches.remove(series);
        } else {
            hatches.put(series, hatch);
        }
    }

    Hatch getSeriesHatch(int series) {
        return hatches.get(series);
    }

    @Override
    public LegendItem getLegendItem(int datasetIndex, int series) {
        LegendItem item = super.getLegendItem(datasetIndex, series);
        Hatch hatch = hatches.get(series);
        if (item != null && hatch != null) {
            // the outline of this shape draws the hatch lines over the fill
            item.setShape(legendShape(getLegendBar().getBounds2D(), hatch));
            item.setOutlinePaint(hatch.line());
            item.setOutlineStroke(new BasicStroke(LINE_WIDTH));
        }
        return item;
    }

    /** The legend square with the hatch lines as extra sub-paths (open lines add no area to the fill). */
    private static Shape legendShape(Rectangle2D box, Hatch hatch) {
        Path2D.Double p = new Path2D.Double(box);
        double step = box.getWidth() / 3;
        for (int k = 1; k <= 5; k++) {
            double c = k * step;
            Line2D.Double forward = clipDiagonal(box, c, true);
            Line2D.Double backward = clipDiagonal(box, c, false);
            if (hatch.direction() != Direction.BACKWARD && forward != null) {
                p.append(forward, false);
            }
            if (hatch.direction() != Direction.FORWARD && backward != null) {
                p.append(backward, false);
            }
        }
        return p;
    }

    /** The part inside the box of the 45-degree line at offset c from the box's corner. */
    private static Line2D.Double clipDiagonal(Rectangle2D box, double c, boolean forward) {
        double w = box.getWidth();
        double h = box.getHeight();
        if (c <= 0 || c >= w + h) {
            return null;
        }
        double x0 = Math.max(0, c - h);
        double x1 = Math.min(w, c);
        if (forward) {
            // x + (h - y') = c, drawn from lower left to upper right
            return new Line2D.Double(box.getMinX() + x0, box.getMaxY() - (c - x0),
                    box.getMinX() + x1, box.getMaxY() - (c - x1));
        }
        return new Line2D.Double(box.getMinX() + x0, box.getMinY() + (c - x0),
                box.getMinX() + x1, box.getMinY() + (c - x1));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HatchedBarRenderer && ((HatchedBarRenderer) o).hatches.equals(hatches) && super.equals(o);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), hatches);
    }

    /** Fills as usual, then hatches the series that have a hatch. */
    private static final class Painter implements XYBarPainter, Serializable {
        private static final long serialVersionUID = 1L;
        private final StandardXYBarPainter plain = new StandardXYBarPainter();

        @Override
        public void paintBar(Graphics2D g2, XYBarRenderer renderer, int row, int column, RectangularShape bar,
                             RectangleEdge base) {
            plain.paintBar(g2, renderer, row, column, bar, base);
            Hatch hatch = renderer instanceof HatchedBarRenderer
                    ? ((HatchedBarRenderer) renderer).getSeriesHatch(row) : null;
            if (hatch == null || bar.getWidth() <= 0 || bar.getHeight() <= 0) {
                return;
            }
            Shape savedClip = g2.getClip();
            Stroke savedStroke = g2.getStroke();
            try {
                g2.clip(bar);
                g2.setPaint(hatch.line());
                g2.setStroke(new BasicStroke(LINE_WIDTH));
                Rectangle2D r = bar.getBounds2D();
                if (hatch.direction() != Direction.BACKWARD) {
                    // lines x + y = c on a fixed lattice, so that neighbouring bars line up
                    double from = Math.floor((r.getMinX() + r.getMinY()) / SPACING) * SPACING;
                    for (double c = from; c <= r.getMaxX() + r.getMaxY(); c += SPACING) {
                        g2.draw(new Line2D.Double(c - r.getMaxY(), r.getMaxY(), c - r.getMinY(), r.getMinY()));
                    }
                }
                if (hatch.direction() != Direction.FORWARD) {
                    // lines x - y = c
                    double from = Math.floor((r.getMinX() - r.getMaxY()) / SPACING) * SPACING;
                    for (double c = from; c <= r.getMaxX() - r.getMinY(); c += SPACING) {
                        g2.draw(new Line2D.Double(c + r.getMinY(), r.getMinY(), c + r.getMaxY(), r.getMaxY()));
                    }
                }
            } finally {
                g2.setClip(savedClip);
                g2.setStroke(savedStroke);
            }
        }

        @Override
        public void paintBarShadow(Graphics2D g2, XYBarRenderer renderer, int row, int column, RectangularShape bar,
                                   RectangleEdge base, boolean pegShadow) {
            // no shadows in this style
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Painter;
        }

        @Override
        public int hashCode() {
            return Painter.class.hashCode();
        }
    }
}
