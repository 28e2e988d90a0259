package com.tcostudio.charts;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The labels of a plot's vertical markers, laid out when the chart is drawn: each label sits at
 * the top of the plot beside its line, in the first row where it overlaps no other label, on
 * the side that crosses fewer other marker lines. JFreeChart's own marker labels are placed one by one and
 * overlap when two break-evens are close; here the actual text widths at the actual size decide,
 * so the layout holds on screen, when zoomed, and in a narrow PDF column. Drawn after the
 * markers, on a white box that keeps the text readable over lines.
 */
final class MarkerLabels extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private static final double GAP = 5;
    private static final double PAD_X = 4;
    private static final double PAD_Y = 2;
    private static final Color BOX = new Color(255, 255, 255, 230);

    /** One label: the marker's x value, its text, and whether it is a main (bold) label. */
    record Label(double x, String text, boolean strong) implements Serializable {
    }

    private final List<Label> labels;
    /** Every marker line of the plot, labelled or not, to steer labels clear of other lines. */
    private final List<Double> lineValues;

    MarkerLabels(List<Label> labels, List<Double> lineValues) {
        List<Label> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.comparingDouble(Label::x));
        this.labels = List.copyOf(sorted);
        this.lineValues = List.copyOf(lineValues);
    }

    List<Label> labels() {
        return labels;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge edge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        List<Double> lines = new ArrayList<>();
        for (double x : lineValues) {
            if (domainAxis.getRange().contains(x)) {
                lines.add(domainAxis.valueToJava2D(x, dataArea, edge));
            }
        }
        List<List<double[]>> rows = new ArrayList<>();
        for (Label label : labels) {
            if (!domainAxis.getRange().contains(label.x())) {
                continue;
            }
            double px = domainAxis.valueToJava2D(label.x(), dataArea, edge);
            Font font = label.strong() ? ChartStyle.MARKER_FONT : ChartStyle.MARKER_LIGHT_FONT;
            FontMetrics fm = g2.getFontMetrics(font);
            double w = fm.stringWidth(label.text()) + 2 * PAD_X;
            double h = fm.getAscent() + fm.getDescent() + 2 * PAD_Y;
            // beside the line, right or left, in the first row where either is free; of two free
            // sides the one that crosses fewer other marker lines, so the label reads as this line's
            double right = px + GAP;
            double leftSide = Math.max(dataArea.getMinX(), px - GAP - w);
            boolean rightFits = right + w <= dataArea.getMaxX();
            int row = 0;
            double left;
            while (true) {
                List<double[]> taken = row < rows.size() ? rows.get(row) : List.of();
                boolean rightFree = rightFits && !overlaps(taken, right, right + w);
                boolean leftFree = !overlaps(taken, leftSide, leftSide + w);
                if (rightFree && leftFree) {
                    left = crossings(lines, right, right + w) <= crossings(lines, leftSide, leftSide + w) ? right : leftSide;
                    break;
                } else if (rightFree || leftFree) {
                    left = rightFree ? right : leftSide;
                    break;
                }
                row++;
            }
            while (row >= rows.size()) {
                rows.add(new ArrayList<>());
            }
            rows.get(row).add(new double[] {left, left + w});
            double top = dataArea.getMinY() + 4 + row * (h + 2);
            g2.setPaint(BOX);
            g2.fill(new Rectangle2D.Double(left, top, w, h));
            g2.setFont(font);
            g2.setPaint(label.strong() ? ChartStyle.TEXT : ChartStyle.MUTED_TEXT);
            g2.drawString(label.text(), (float) (left + PAD_X), (float) (top + PAD_Y + fm.getAscent()));
        }
    }

    private static int crossings(List<Double> lines, double from, double to) {
        int n = 0;
        for (double x : lines) {
            if (x > from && x < to) {
                n++;
            }
        }
        return n;
    }

    private static boolean overlaps(List<double[]> row, double from, double to) {
        for (double[] taken : row) {
            if (from < taken[1] + GAP && to > taken[0] - GAP) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MarkerLabels && ((MarkerLabels) o).labels.equals(labels)
                && ((MarkerLabels) o).lineValues.equals(lineValues) && super.equals(o);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), labels, lineValues);
    }
}
